/**
 * A Word table as rows of cell text. A cell's paragraphs are joined by new lines; a table nested
 * in a cell is flattened into that cell's text (a row per line, cells separated by " | "), since
 * the report's tables do not nest. Merged cells keep the columns aligned: a cell spanning columns
 * is followed by empty cells, and a cell continuing a vertical merge is empty.
 *
 * The header row rule: the first row is the table's header row when Word marks it "Repeat as
 * header row" (w:tblHeader), or when all of its text is bold, set on the text itself or by the
 * paragraph's or character's style. Table styles' first-row formatting is not looked at.
 */
import { paragraphStyleId, type DocxFormatting } from './read-docx-paragraph-role.ts';
import { paragraphText, type DroppedContent } from './read-docx-text.ts';
import { childElements, childValue, descendants, firstChild, isToggleOn, type XmlElement } from './read-docx-xml.ts';

/** The report's tables have at most this many columns (shared/reports/report-document.ts). */
export const MAX_TABLE_COLUMNS = 20;

export interface TableText {
  readonly rows: string[][];
  readonly headerRow: boolean;
  /** Whether cells past the 20th column were joined into the 20th. */
  readonly joinedColumns: boolean;
}

interface TableContext {
  readonly formatting: DocxFormatting;
  readonly dropped: DroppedContent;
}

/** Children of an element, looking through content controls and custom XML that wrap rows or cells. */
function unwrapped(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of childElements(element)) {
    if (child.name === name) found.push(child);
    else if (child.name === 'w:sdt') {
      const content = firstChild(child, 'w:sdtContent');
      if (content !== undefined) found.push(...unwrapped(content, name));
    } else if (child.name === 'w:customXml') found.push(...unwrapped(child, name));
  }
  return found;
}

function count(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed >= 0 ? Math.min(parsed, MAX_TABLE_COLUMNS * 10) : fallback;
}

function flattenedTable(table: XmlElement, context: TableContext): string {
  return rowsOf(table, context)
    .map((row) => row.filter((cell) => cell !== '').join(' | '))
    .filter((line) => line !== '')
    .join('\n');
}

/** A cell's content, block by block: paragraphs, nested tables, content controls. */
function contentText(container: XmlElement, context: TableContext): string[] {
  const parts: string[] = [];
  for (const child of childElements(container)) {
    if (child.name === 'w:p') parts.push(paragraphText(child, { dropped: context.dropped }));
    else if (child.name === 'w:tbl') parts.push(flattenedTable(child, context));
    else if (child.name === 'w:sdt' || child.name === 'w:customXml') {
      const content = child.name === 'w:sdt' ? firstChild(child, 'w:sdtContent') : child;
      if (content !== undefined) parts.push(...contentText(content, context));
    }
  }
  return parts.filter((part) => part !== '');
}

function rowsOf(table: XmlElement, context: TableContext): string[][] {
  return unwrapped(table, 'w:tr').map((row) => {
    const trPr = firstChild(row, 'w:trPr');
    const cells: string[] = Array.from({ length: count(childValue(trPr, 'w:gridBefore'), 0) }, () => '');
    for (const cell of unwrapped(row, 'w:tc')) {
      const tcPr = firstChild(cell, 'w:tcPr');
      const verticalMerge = firstChild(tcPr, 'w:vMerge');
      const continuesMerge = verticalMerge !== undefined && verticalMerge.attributes['w:val'] !== 'restart';
      cells.push(continuesMerge ? '' : contentText(cell, context).join('\n'));
      const span = count(childValue(tcPr, 'w:gridSpan'), 1);
      for (let extra = 1; extra < span; extra += 1) cells.push('');
    }
    for (let after = count(childValue(trPr, 'w:gridAfter'), 0); after > 0; after -= 1) cells.push('');
    return cells;
  });
}

function isRunBold(run: XmlElement, paragraphStyle: string | undefined, formatting: DocxFormatting): boolean {
  const rPr = firstChild(run, 'w:rPr');
  const direct = firstChild(rPr, 'w:b');
  if (direct !== undefined) return isToggleOn(direct);
  const characterStyle = childValue(rPr, 'w:rStyle');
  if (characterStyle !== undefined && formatting.styles.isBold(characterStyle)) return true;
  return formatting.styles.isBold(paragraphStyle);
}

/** Whether every run of text in the row is bold (and there is some text). */
function isRowBold(row: XmlElement, formatting: DocxFormatting): boolean {
  let sawText = false;
  for (const paragraph of [...descendants(row)].filter((element) => element.name === 'w:p')) {
    const style = paragraphStyleId(paragraph, formatting.styles);
    for (const run of [...descendants(paragraph)].filter((element) => element.name === 'w:r')) {
      const hasText = childElements(run).some((child) => child.name === 'w:t' && child.text.trim() !== '');
      if (!hasText) continue;
      sawText = true;
      if (!isRunBold(run, style, formatting)) return false;
    }
  }
  return sawText;
}

function isHeaderRow(row: XmlElement | undefined, formatting: DocxFormatting): boolean {
  if (row === undefined) return false;
  const marked = firstChild(firstChild(row, 'w:trPr'), 'w:tblHeader');
  return (marked !== undefined && isToggleOn(marked)) || isRowBold(row, formatting);
}

/** Rows padded to one width; cells past the 20th joined into the 20th so no text is lost. */
function fitColumns(rows: string[][]): { rows: string[][]; joinedColumns: boolean } {
  const width = Math.min(MAX_TABLE_COLUMNS, Math.max(0, ...rows.map((row) => row.length)));
  let joinedColumns = false;
  const fitted = rows.map((row) => {
    if (row.length <= width) return [...row, ...Array.from({ length: width - row.length }, () => '')];
    const extra = row.slice(width - 1).filter((cell) => cell !== '');
    if (extra.length > 1) joinedColumns = true;
    return [...row.slice(0, width - 1), extra.join(' | ')];
  });
  return { rows: fitted, joinedColumns };
}

export function readTable(table: XmlElement, formatting: DocxFormatting, dropped: DroppedContent): TableText {
  const context: TableContext = { formatting, dropped };
  const { rows, joinedColumns } = fitColumns(rowsOf(table, context));
  return { rows, headerRow: isHeaderRow(unwrapped(table, 'w:tr')[0], formatting), joinedColumns };
}
