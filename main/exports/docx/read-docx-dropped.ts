/**
 * What the reader leaves out of a draft on purpose, and the warning for each: comments (which
 * often carry names, so they are never imported), pictures, text boxes, footnotes and endnotes,
 * page headers and footers, the subtitle, Word's table of contents, embedded documents and
 * over-long content.
 */
import { BLOCK_TEXT_MAX } from '../../../shared/reports/report-document.ts';
import type { BodyContent } from './read-docx-body.ts';
import { paragraphText } from './read-docx-text.ts';
import { descendants, type XmlElement } from './read-docx-xml.ts';

const COMMENT_MARKS: ReadonlySet<string> = new Set(['w:commentRangeStart', 'w:commentRangeEnd', 'w:commentReference']);

/**
 * How many comments the draft has: those in the comments part, and any the body marks whose
 * comment is missing from it, each counted once by its id.
 */
export function countComments(documentRoot: XmlElement, commentParts: readonly XmlElement[]): number {
  const ids = new Set<string>();
  for (const part of commentParts) {
    for (const element of descendants(part)) if (element.name === 'w:comment') ids.add(element.attributes['w:id'] ?? `unnumbered-${ids.size}`);
  }
  for (const element of descendants(documentRoot)) if (COMMENT_MARKS.has(element.name)) ids.add(element.attributes['w:id'] ?? '');
  ids.delete('');
  return ids.size;
}

/** Whether any header or footer shows text (a page number field alone shows none here). */
export function hasText(parts: readonly XmlElement[]): boolean {
  return parts.some((part) => [...descendants(part)].some((element) => element.name === 'w:p' && /\p{L}/u.test(paragraphText(element))));
}

const counted = (count: number, one: string, many: string): string => (count === 1 ? `1 ${one} was` : `${count.toLocaleString('en-GB')} ${many} were`);

export function droppedWarnings(body: BodyContent, comments: number, headersOrFootersWithText: boolean): string[] {
  const warnings: string[] = [];
  const { dropped } = body;
  if (comments > 0) warnings.push(`${counted(comments, 'comment', 'comments')} dropped: comments often carry names, so they are never imported.`);
  if (dropped.images > 0) warnings.push(`${counted(dropped.images, 'image', 'images')} not imported.`);
  if (dropped.textBoxes > 0) warnings.push(`${counted(dropped.textBoxes, 'text box', 'text boxes')} not imported: copy any text that belongs in the report into the body.`);
  for (const [count, one, many] of [
    [dropped.footnotes, 'footnote', 'footnotes'],
    [dropped.endnotes, 'endnote', 'endnotes'],
  ] as const) {
    if (count > 0) warnings.push(`${counted(count, one, many)} not imported: put what ${count === 1 ? 'it says' : 'they say'} into the text if it belongs in the report.`);
  }
  if (headersOrFootersWithText) warnings.push('The page headers and footers were not imported: the app prints its own.');
  if (body.subtitles > 0) warnings.push('The subtitle was not imported: the app prints its own under the title.');
  if (body.tableOfContents) warnings.push('The table of contents was not imported: the app makes its own.');
  if (body.embeddedDocuments > 0) warnings.push(`${counted(body.embeddedDocuments, 'embedded document', 'embedded documents')} not imported: copy their text into the draft itself.`);
  if (body.splitParagraphs > 0) {
    warnings.push(`${counted(body.splitParagraphs, 'paragraph', 'paragraphs')} longer than ${BLOCK_TEXT_MAX.toLocaleString('en-GB')} characters, so ${body.splitParagraphs === 1 ? 'it was' : 'each was'} split into shorter paragraphs.`);
  }
  if (body.joinedTables > 0) warnings.push(`${counted(body.joinedTables, 'table', 'tables')} wider than 20 columns, so the last columns were joined into the 20th.`);
  return warnings;
}
