/**
 * The body of a Word document (w:body) as a flat run of draft blocks, in document order: the
 * title, headings at Word's own level (1–9), and the report's paragraphs, lists and tables.
 * Which report section each belongs to is decided afterwards, from the headings.
 *
 * Lists: consecutive list paragraphs make one list block. A paragraph of body text (even an empty
 * one, which in Word visibly separates two lists) ends the list; a top-level item whose kind
 * (ordered or bulleted) differs from the list's starts a new list; nested items join the list they
 * are nested in, since the report's lists are one level deep. Empty paragraphs carry nothing and are
 * not kept. Word's own table of contents is never imported: the report is laid out by the app.
 */
import { BLOCK_TEXT_MAX, type Block } from '../../../shared/reports/report-document.ts';
import { paragraphRole, type DocxFormatting } from './read-docx-paragraph-role.ts';
import { refuseDraft } from './read-docx-refusal.ts';
import { readTable } from './read-docx-table.ts';
import { noDroppedContent, paragraphText, type DroppedContent } from './read-docx-text.ts';
import { childElements, firstChild, type XmlElement } from './read-docx-xml.ts';

export type DraftBlock =
  | { readonly kind: 'title'; readonly text: string }
  /** level is Word's heading level, 1–9. */
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | { readonly kind: 'block'; readonly block: Block };

export interface BodyContent {
  readonly blocks: DraftBlock[];
  readonly dropped: DroppedContent;
  tableOfContents: boolean;
  /** Paragraphs in Word's Subtitle style, which are not imported. */
  subtitles: number;
  /** w:altChunk: another file (HTML, RTF, a second document) embedded whole; its content is not read. */
  embeddedDocuments: number;
  /** Paragraphs longer than one block holds, split into several paragraphs. */
  splitParagraphs: number;
  /** Tables wider than 20 columns, their last columns joined. */
  joinedTables: number;
}

/** The most items or rows one block may hold (shared/reports/report-document.ts). */
const MAX_LIST_ITEMS = 500;
const MAX_TABLE_ROWS = 2000;

/** Cuts text into pieces that each fit one block, at a space where there is one. */
export function splitToFit(text: string, max = BLOCK_TEXT_MAX): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = Math.max(rest.lastIndexOf(' ', max), rest.lastIndexOf('\n', max));
    if (cut < max / 2) cut = max;
    // Never cut between the two halves of a character outside the Basic Multilingual Plane.
    if (/[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut -= 1;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

function isTableOfContents(sdt: XmlElement): boolean {
  const gallery = firstChild(firstChild(firstChild(sdt, 'w:sdtPr'), 'w:docPartObj'), 'w:docPartGallery');
  return gallery?.attributes['w:val'] === 'Table of Contents';
}

class BodyReader {
  readonly content: BodyContent = { blocks: [], dropped: noDroppedContent(), tableOfContents: false, subtitles: 0, embeddedDocuments: 0, splitParagraphs: 0, joinedTables: 0 };
  private list: { ordered: boolean; items: string[] } | null = null;

  constructor(private readonly formatting: DocxFormatting) {}

  private push(block: Block): void {
    this.content.blocks.push({ kind: 'block', block });
  }

  closeList(): void {
    if (this.list === null) return;
    for (const items of chunks(this.list.items, MAX_LIST_ITEMS)) this.push({ type: 'list', ordered: this.list.ordered, items });
    this.list = null;
  }

  private listItem(text: string, ordered: boolean, level: number): void {
    if (this.list === null || (level === 0 && this.list.ordered !== ordered)) {
      this.closeList();
      this.list = { ordered, items: [] };
    }
    this.list.items.push(...splitToFit(text));
  }

  private paragraph(paragraph: XmlElement): void {
    const role = paragraphRole(paragraph, this.formatting);
    if (role.kind === 'table-of-contents') {
      this.content.tableOfContents = true;
      return;
    }
    const text = paragraphText(paragraph, { dropped: this.content.dropped });
    if (role.kind === 'list-item') {
      if (text !== '') this.listItem(text, role.ordered, role.level);
      return;
    }
    this.closeList();
    if (text === '') return;
    const oneLine = text.replace(/\s*\n\s*/g, ' ');
    if (role.kind === 'subtitle') this.content.subtitles += 1;
    else if (role.kind === 'title') this.content.blocks.push({ kind: 'title', text: oneLine });
    else if (role.kind === 'heading' && oneLine.length <= BLOCK_TEXT_MAX) this.content.blocks.push({ kind: 'heading', level: role.level, text: oneLine });
    else {
      const pieces = splitToFit(text);
      if (pieces.length > 1) this.content.splitParagraphs += 1;
      for (const piece of pieces) this.push({ type: 'paragraph', text: piece });
    }
  }

  private table(element: XmlElement): void {
    this.closeList();
    const table = readTable(element, this.formatting, this.content.dropped);
    if (!table.rows.some((row) => row.some((cell) => cell !== ''))) return;
    if (table.rows.some((row) => row.some((cell) => cell.length > BLOCK_TEXT_MAX))) {
      const start = table.rows.flat().find((cell) => cell !== '')!.slice(0, 40);
      refuseDraft(`A table cell in the draft holds more than ${BLOCK_TEXT_MAX.toLocaleString('en-GB')} characters (the table starting “${start}…”). Split the cell’s text into shorter cells or into paragraphs, then import the draft again.`);
    }
    if (table.joinedColumns) this.content.joinedTables += 1;
    const [header, ...body] = table.rows;
    if (!table.headerRow || body.length < MAX_TABLE_ROWS) {
      for (const rows of chunks(table.rows, MAX_TABLE_ROWS)) this.push({ type: 'table', headerRow: table.headerRow, rows });
      return;
    }
    // A very long table is split into several, each repeating the header row as Word does across pages.
    for (const rows of chunks(body, MAX_TABLE_ROWS - 1)) this.push({ type: 'table', headerRow: true, rows: [header!, ...rows] });
  }

  read(container: XmlElement): void {
    for (const child of childElements(container)) {
      switch (child.name) {
        case 'w:p':
          this.paragraph(child);
          break;
        case 'w:tbl':
          this.table(child);
          break;
        case 'w:sdt': {
          if (isTableOfContents(child)) {
            this.content.tableOfContents = true;
            break;
          }
          const sdtContent = firstChild(child, 'w:sdtContent');
          if (sdtContent !== undefined) this.read(sdtContent);
          break;
        }
        case 'w:customXml':
          this.read(child);
          break;
        case 'mc:AlternateContent': {
          const chosen = firstChild(child, 'mc:Choice') ?? firstChild(child, 'mc:Fallback');
          if (chosen !== undefined) this.read(chosen);
          break;
        }
        case 'w:altChunk':
          this.closeList();
          this.content.embeddedDocuments += 1;
          break;
        default:
        // Section properties, bookmarks and comment marks carry no content.
      }
    }
  }
}

/** The document's body as draft blocks; the root is word/document.xml's w:document. */
export function readBody(documentRoot: XmlElement, formatting: DocxFormatting): BodyContent {
  const body = firstChild(documentRoot, 'w:body');
  const reader = new BodyReader(formatting);
  if (body !== undefined) reader.read(body);
  reader.closeList();
  return reader.content;
}
