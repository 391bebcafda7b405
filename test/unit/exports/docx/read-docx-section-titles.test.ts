/**
 * How a Word heading is matched to a report section: loosely (case, punctuation, numbering and a
 * leading "The" ignored, common names accepted) but only as a whole heading.
 */
import { describe, expect, it } from 'vitest';
import { normaliseHeading, SECTION_HEADING_VARIANTS, sectionForHeading } from '../../../../main/exports/docx/read-docx-section-titles.ts';
import { REPORT_SECTION_TITLES, REPORT_SECTIONS } from '../../../../shared/reports/report-document.ts';

describe('matching headings to report sections', () => {
  it('matches each section’s own title', () => {
    for (const key of REPORT_SECTIONS) expect(sectionForHeading(REPORT_SECTION_TITLES[key])).toBe(key);
  });

  it('never lets one name stand for two sections', () => {
    const seen = new Map<string, string>();
    for (const key of REPORT_SECTIONS) {
      for (const name of [REPORT_SECTION_TITLES[key], ...SECTION_HEADING_VARIANTS[key]]) {
        const normal = normaliseHeading(name);
        expect(seen.get(normal) ?? key, `“${name}” is listed under ${seen.get(normal)} and ${key}`).toBe(key);
        seen.set(normal, key);
      }
    }
  });

  it.each([
    ['EXECUTIVE SUMMARY', 'executive-summary'],
    ['1. Summary', 'executive-summary'],
    ['Terms of Reference', 'questions'],
    ['2.1 The questions this review answers:', 'questions'],
    ['Section 3: Overview', 'overview'],
    ['Background', 'overview'],
    ['iv. Why decisions were taken', 'key-decisions'],
    ['Multi-agency working', 'working-together'],
    ['How agencies worked together?', 'working-together'],
    ['Whether the shortcomings are general', 'general-shortcomings'],
    ['What needs to change', 'what-must-change'],
    ['How agencies will learn from this review', 'how-agencies-learn'],
    ['Learning', 'learning-points'],
    ['Lessons learnt', 'learning-points'],
    ['A) Learning points', 'learning-points'],
    ['Recommendations', 'recommendations'],
    ['Part 9 – Recommendations for the safeguarding partnership', 'recommendations'],
  ])('takes “%s” as %s', (heading, key) => {
    expect(sectionForHeading(heading)).toBe(key);
  });

  it.each(['Learning points and recommendations', 'Introduction', 'Methodology', 'Summary of agency involvement 2023', 'Appendix 1: Recommendations'])('names no section with “%s”', (heading) => {
    expect(sectionForHeading(heading)).toBeUndefined();
  });
});
