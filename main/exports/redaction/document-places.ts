/**
 * Every text of a printable document with its redaction place, and the document rebuilt with each
 * text changed. A place is "<document>/<section key>/<n>": n is the block's number within its
 * section counting from 1, and 0 is the section's own heading. The document's title and subtitle
 * are "<document>/title/0" and "<document>/subtitle/0" (no section is keyed "title" or "subtitle").
 * Every text of a block (a list's items, a table's cells) shares the block's place.
 */
import type { RedactedDocument } from '../../../shared/reports/redaction.ts';
import type { Block, PrintableDocument, PrintableSection } from '../../../shared/reports/report-document.ts';

export interface TextPlace {
  /** "report/overview/3". */
  readonly place: string;
  /** For the reviewer: "Overview of what happened — paragraph 2". */
  readonly where: string;
}

const BLOCK_NOUNS: Readonly<Record<Block['type'], string>> = { heading: 'heading', paragraph: 'paragraph', list: 'list', table: 'table' };

function mapBlock(block: Block, change: (text: string) => string): Block {
  switch (block.type) {
    case 'heading':
      return { ...block, text: change(block.text) };
    case 'paragraph':
      return { ...block, text: change(block.text) };
    case 'list':
      return { ...block, items: block.items.map((item) => change(item)) };
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map((cell) => change(cell))) };
  }
}

function mapSection(document: RedactedDocument, section: PrintableSection, change: (text: string, at: TextPlace) => string): PrintableSection {
  const title = section.heading.trim() || section.key;
  const heading = change(section.heading, { place: `${document}/${section.key}/0`, where: title });
  const counts = new Map<Block['type'], number>();
  const blocks = section.blocks.map((block, index) => {
    const count = (counts.get(block.type) ?? 0) + 1;
    counts.set(block.type, count);
    const at: TextPlace = { place: `${document}/${section.key}/${index + 1}`, where: `${title} — ${BLOCK_NOUNS[block.type]} ${count}` };
    return mapBlock(block, (text) => change(text, at));
  });
  return { key: section.key, heading, blocks };
}

/** The document with `change` applied to every text in reading order: title, subtitle, then each section's heading and blocks. */
export function mapDocumentTexts(document: RedactedDocument, printable: PrintableDocument, change: (text: string, at: TextPlace) => string): PrintableDocument {
  const title = change(printable.title, { place: `${document}/title/0`, where: 'Title' });
  const subtitle = change(printable.subtitle, { place: `${document}/subtitle/0`, where: 'Subtitle' });
  const sections = printable.sections.map((section) => mapSection(document, section, change));
  return { title, subtitle, sections, layout: printable.layout };
}

/** Every text of the document with its place, in reading order. */
export function documentTexts(document: RedactedDocument, printable: PrintableDocument): { readonly text: string; readonly at: TextPlace }[] {
  const texts: { text: string; at: TextPlace }[] = [];
  mapDocumentTexts(document, printable, (text, at) => {
    texts.push({ text, at });
    return text;
  });
  return texts;
}
