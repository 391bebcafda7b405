/**
 * The 7-minute briefing as its form holds it: a title, seven sections of heading and text, and the
 * other reviews it covers typed as references separated by commas. An empty briefing starts from
 * the headings most partnerships use, so the reviewer writes rather than designs.
 */
import { BRIEFING_SECTION_COUNT, type BriefingContent } from '../../shared/reports/report-document.ts';

export const DEFAULT_BRIEFING_HEADINGS: readonly string[] = [
  'What happened',
  'Why it matters',
  'What we found',
  'What we learned',
  'What good practice looks like',
  'What to do now',
  'Where to find out more',
];

export interface BriefingAnswers {
  readonly title: string;
  readonly sections: readonly { readonly heading: string; readonly text: string }[];
  /** "PRM-2026-004, PRM-2025-017". */
  readonly covers: string;
}

export function briefingAnswersFrom(briefing: BriefingContent | null, covers: readonly string[]): BriefingAnswers {
  const sections = Array.from({ length: BRIEFING_SECTION_COUNT }, (_, index) => {
    const saved = briefing?.sections[index];
    const heading = saved === undefined || saved.heading.trim() === '' ? (DEFAULT_BRIEFING_HEADINGS[index] ?? '') : saved.heading;
    return { heading, text: saved?.text ?? '' };
  });
  return { title: briefing?.title ?? '', sections, covers: covers.join(', ') };
}

/** The references typed, without blanks or repeats. */
export function coversFrom(typed: string): string[] {
  return [...new Set(typed.split(/[,;\n]/).map((reference) => reference.trim()).filter((reference) => reference !== ''))];
}
