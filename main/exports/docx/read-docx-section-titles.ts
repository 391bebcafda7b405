/**
 * Which report section a Word heading names. Reviewers do not use the app's titles word for word,
 * so headings are matched loosely: case, punctuation, a leading "The" and any numbering ("3.",
 * "2.1", "Section 4:", "A)") are ignored, and each section has the names reviewers commonly give it
 * in local child safeguarding practice reviews. A heading matches only as a whole: "Learning points
 * and recommendations" names no one section, so it stays a heading.
 */
import { REPORT_SECTION_TITLES, REPORT_SECTIONS, type ReportSectionKey } from '../../../shared/reports/report-document.ts';

/** The names reviewers give each section besides the app's own title; exported for the test that no name maps to two sections. */
export const SECTION_HEADING_VARIANTS: Readonly<Record<ReportSectionKey, readonly string[]>> = {
  'executive-summary': ['executive summary', 'exec summary', 'summary', 'executive summary of the review', 'summary of the review', 'review summary'],
  questions: [
    'questions this review answers',
    'questions the review answers',
    'questions',
    'review questions',
    'key questions',
    'questions for the review',
    'terms of reference',
    'scope',
    'scope of the review',
    'scope and terms of reference',
    'terms of reference and scope',
    'lines of enquiry',
    'key lines of enquiry',
  ],
  overview: [
    'overview of what happened',
    'overview',
    'what happened',
    'summary of what happened',
    'background',
    'background to the review',
    'background to the case',
    'case background',
    'case summary',
    'summary of the case',
    'brief summary of the case',
    'summary of events',
    'narrative',
  ],
  'key-decisions': [
    'why key decisions were taken',
    'why decisions were taken',
    'why key decisions were made',
    'why decisions were made',
    'key decisions',
    'key decisions and why they were taken',
    'analysis of key decisions',
    'key practice episodes',
    'analysis of key practice episodes',
    'analysis',
    'analysis of practice',
  ],
  'working-together': [
    'how agencies worked together',
    'how well agencies worked together',
    'multi agency working',
    'multiagency working',
    'multi agency practice',
    'multiagency practice',
    'inter agency working',
    'interagency working',
    'partnership working',
    'working together',
  ],
  'general-shortcomings': [
    'whether the shortcomings are general',
    'whether shortcomings are general',
    'whether practice shortcomings are general',
    'are the shortcomings general',
    'general shortcomings',
    'shortcomings',
    'wider shortcomings',
    'systemic issues',
    'systemic findings',
    'wider practice issues',
  ],
  'what-must-change': ['what must change', 'what needs to change', 'what should change', 'what will change', 'changes needed', 'what needs to happen', 'improvements needed'],
  'how-agencies-learn': [
    'how agencies will learn',
    'how agencies will learn from this review',
    'how agencies will learn from the review',
    'how the learning will be shared',
    'how learning will be shared',
    'sharing the learning',
    'sharing learning',
    'disseminating the learning',
    'dissemination',
    'embedding the learning',
    'embedding learning',
    'how learning will be embedded',
  ],
  'learning-points': [
    'learning points',
    'learning',
    'key learning',
    'key learning points',
    'learning from this review',
    'learning from the review',
    'learning themes',
    'lessons learned',
    'lessons learnt',
    'findings',
    'findings and learning',
  ],
  recommendations: [
    'recommendations',
    'recommendation',
    'recommendations for the partnership',
    'recommendations for the safeguarding partnership',
    'recommendations for the local safeguarding partnership',
    'recommendations to the partnership',
    'recommendations for action',
    'recommendations and actions',
  ],
};

/** "3.", "2.1", "4)", "iv.", "A)", "Section 4:", "Part 2 –": numbering a heading may start with. */
const LEADING_NUMBERING = /^(?:(?:section|part|chapter)\s+)?(?:\d+(?:\.\d+)*\.?|[ivxlc]+[.)]|[a-z][.)]|\d+\))(?:\s*[:\-–—])?\s+/;

/** A heading as compared: lower case, no numbering, punctuation as spaces, no leading "the". */
export function normaliseHeading(text: string): string {
  let normal = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/&/g, ' and ')
    .trim();
  normal = normal.replace(LEADING_NUMBERING, '');
  normal = normal
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
  return normal;
}

const SECTION_BY_HEADING: ReadonlyMap<string, ReportSectionKey> = new Map(
  REPORT_SECTIONS.flatMap((key) => [REPORT_SECTION_TITLES[key], ...SECTION_HEADING_VARIANTS[key]].map((title) => [normaliseHeading(title), key] as const)),
);

/** The section a heading names, or undefined when it names none. */
export function sectionForHeading(text: string): ReportSectionKey | undefined {
  return SECTION_BY_HEADING.get(normaliseHeading(text));
}
