/**
 * The draft's blocks placed into the report's sections. A heading that names a report section
 * starts that section and is not kept (the report prints its own section titles); two headings
 * naming one section add to it. Other headings stay as headings inside the current section.
 *
 * Section level: the level of the first heading that names a section is taken as the level the
 * draft's sections are written at. A deeper heading never starts a section, so a "Background"
 * sub-heading inside "Why key decisions were taken" stays where it is. Headings kept inside a
 * section are levelled relative to it (a Heading 2 under Heading 1 sections becomes level 1),
 * within the report's three levels.
 *
 * Whatever comes before the first section heading goes under the overview, with a warning.
 */
import { REPORT_SECTION_TITLES, REPORT_SECTIONS, type Block, type ReportContent, type ReportSectionKey } from '../../../shared/reports/report-document.ts';
import type { DraftBlock } from './read-docx-body.ts';
import { quoted, namedList } from './read-docx-quote.ts';
import { refuseDraft } from './read-docx-refusal.ts';
import { sectionForHeading } from './read-docx-section-titles.ts';

/** The most blocks one section holds, and the longest title (shared/reports/report-document.ts). */
const MAX_SECTION_BLOCKS = 5000;
const MAX_TITLE_LENGTH = 300;
const PREAMBLE_SECTION: ReportSectionKey = 'overview';

function clampLevel(level: number): 1 | 2 | 3 {
  return level <= 1 ? 1 : level >= 3 ? 3 : 2;
}

/** What the text before the first section heading starts with, to name it in the warning. */
function describeStart(blocks: readonly Block[]): string {
  const first = blocks[0]!;
  if (first.type === 'heading' || first.type === 'paragraph') return quoted(first.text);
  if (first.type === 'list') return `a list starting ${quoted(first.items[0] ?? '')}`;
  return 'a table';
}

export function placeInSections(draft: readonly DraftBlock[]): { content: ReportContent; warnings: string[] } {
  const firstSectionHeading = draft.find((block) => block.kind === 'heading' && sectionForHeading(block.text) !== undefined);
  const sectionLevel = firstSectionHeading?.kind === 'heading' ? firstSectionHeading.level : undefined;
  const sections = new Map<ReportSectionKey, Block[]>(REPORT_SECTIONS.map((key) => [key, []]));
  const preamble: Block[] = [];
  const unmatched: string[] = [];
  const warnings: string[] = [];
  let title = '';
  let current: ReportSectionKey | undefined;

  const keepHeading = (level: number, text: string) => {
    if (current !== undefined && sectionLevel !== undefined && level <= sectionLevel) unmatched.push(text);
    (current === undefined ? preamble : sections.get(current)!).push({ type: 'heading', level: clampLevel(level - (sectionLevel ?? 0)), text });
  };

  for (const item of draft) {
    if (item.kind === 'title') {
      if (title === '' && item.text.length <= MAX_TITLE_LENGTH) title = item.text;
      else {
        if (item.text.length > MAX_TITLE_LENGTH) warnings.push(`The draft’s title is longer than ${MAX_TITLE_LENGTH} characters, so it was kept as a heading: enter a shorter title for the report.`);
        keepHeading(1, item.text);
      }
    } else if (item.kind === 'heading') {
      const key = sectionForHeading(item.text);
      if (key !== undefined && sectionLevel !== undefined && item.level <= sectionLevel) current = key;
      else keepHeading(item.level, item.text);
    } else (current === undefined ? preamble : sections.get(current)!).push(item.block);
  }

  const overviewTitle = quoted(REPORT_SECTION_TITLES[PREAMBLE_SECTION], Infinity);
  if (preamble.length > 0 && sectionLevel === undefined) {
    warnings.push(
      `No heading in the draft names a report section, so all of it was put under ${overviewTitle}. Give the draft Word headings named after the report’s sections (such as “Executive summary” or “Recommendations”) to place its text in them.`,
    );
  } else if (preamble.length > 0) {
    warnings.push(`The text before the first section heading (starting ${describeStart(preamble)}) was put under ${overviewTitle}: move it if it belongs elsewhere.`);
  }
  if (unmatched.length > 0) {
    warnings.push(`${namedList(unmatched.map((text) => quoted(text)))} ${unmatched.length === 1 ? 'does' : 'do'} not name a report section, so ${unmatched.length === 1 ? 'it was' : 'each was'} kept as a heading inside the section before it.`);
  }
  sections.get(PREAMBLE_SECTION)!.unshift(...preamble);

  for (const [key, blocks] of sections) {
    if (blocks.length > MAX_SECTION_BLOCKS) {
      refuseDraft(`The draft’s ${quoted(REPORT_SECTION_TITLES[key], Infinity)} section has ${blocks.length.toLocaleString('en-GB')} paragraphs, lists and tables, more than the ${MAX_SECTION_BLOCKS.toLocaleString('en-GB')} one section can hold. Split it into sections, then import the draft again.`);
    }
  }
  return { content: { title, sections: REPORT_SECTIONS.map((key) => ({ key, blocks: sections.get(key)! })) }, warnings };
}
