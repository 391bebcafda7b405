/**
 * The report as it is being edited: the saved content, with each block given an id of its own
 * (so moving a block moves its boxes and focus with it) and each list kept as the text of its
 * textarea, one item a line (so an empty line being typed is not taken away). It turns back into
 * the shared ReportContent only when it is saved.
 */
import { REPORT_SECTION_TITLES, REPORT_SECTIONS, type Block, type ReportContent, type ReportSectionKey } from '../../shared/reports/report-document.ts';
import type { FieldError } from '../components/field-errors.ts';

export type BlockType = Block['type'];
export type HeadingLevel = 1 | 2 | 3;

export type DraftBlock =
  | { readonly id: number; readonly type: 'heading'; readonly level: HeadingLevel; readonly text: string }
  | { readonly id: number; readonly type: 'paragraph'; readonly text: string }
  | { readonly id: number; readonly type: 'list'; readonly ordered: boolean; readonly itemsText: string }
  | { readonly id: number; readonly type: 'table'; readonly headerRow: boolean; readonly rows: readonly (readonly string[])[] };

export interface ReportDraft {
  readonly title: string;
  /** Every section, in REPORT_SECTIONS order. */
  readonly sections: readonly { readonly key: ReportSectionKey; readonly blocks: readonly DraftBlock[] }[];
}

/** A table has at most 20 columns (shared/reports/report-document.ts). */
export const MOST_TABLE_COLUMNS = 20;

let lastId = 0;
function nextId(): number {
  lastId += 1;
  return lastId;
}

export function draftBlockFrom(block: Block): DraftBlock {
  switch (block.type) {
    case 'heading':
      return { id: nextId(), type: 'heading', level: block.level, text: block.text };
    case 'paragraph':
      return { id: nextId(), type: 'paragraph', text: block.text };
    case 'list':
      return { id: nextId(), type: 'list', ordered: block.ordered, itemsText: block.items.join('\n') };
    case 'table':
      return { id: nextId(), type: 'table', headerRow: block.headerRow, rows: block.rows.map((row) => [...row]) };
  }
}

export function draftFrom(content: ReportContent): ReportDraft {
  return {
    title: content.title,
    sections: REPORT_SECTIONS.map((key) => ({ key, blocks: (content.sections.find((section) => section.key === key)?.blocks ?? []).map(draftBlockFrom) })),
  };
}

/** One list item a line; blank lines are spacing, not items. */
export function itemsFrom(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function blockFrom(block: DraftBlock): Block {
  switch (block.type) {
    case 'heading':
      return { type: 'heading', level: block.level, text: block.text.trim() };
    case 'paragraph':
      return { type: 'paragraph', text: block.text.trim() };
    case 'list':
      return { type: 'list', ordered: block.ordered, items: itemsFrom(block.itemsText) };
    case 'table':
      return { type: 'table', headerRow: block.headerRow, rows: block.rows.map((row) => row.map((cell) => cell.trim())) };
  }
}

/** What is sent to be saved. Blocks are never dropped, so a problem's path still points at the box on screen. */
export function contentFrom(draft: ReportDraft): ReportContent {
  return { title: draft.title.trim(), sections: draft.sections.map((section) => ({ key: section.key, blocks: section.blocks.map(blockFrom) })) };
}

/**
 * The content as the editor would send it, as text to compare with: the saved content goes
 * through the editor's own tidying too, so a draft imported with stray spaces is not "changed".
 */
export function comparableDraft(draft: ReportDraft): string {
  return JSON.stringify(contentFrom(draft));
}

export function comparableContent(saved: ReportContent): string {
  return comparableDraft(draftFrom(saved));
}

export function newBlock(type: BlockType): DraftBlock {
  switch (type) {
    case 'heading':
      return { id: nextId(), type, level: 2, text: '' };
    case 'paragraph':
      return { id: nextId(), type, text: '' };
    case 'list':
      return { id: nextId(), type, ordered: false, itemsText: '' };
    case 'table':
      return {
        id: nextId(),
        type,
        headerRow: true,
        rows: [
          ['', ''],
          ['', ''],
        ],
      };
  }
}

export const BLOCK_TYPE_NAMES: Readonly<Record<BlockType, string>> = { heading: 'heading', paragraph: 'paragraph', list: 'list', table: 'table' };

/**
 * A block's name for the buttons and boxes that act on it: "paragraph 2" is the section's second
 * paragraph, whatever headings or lists come between, as a person counting them would say.
 */
export function blockName(blocks: readonly DraftBlock[], index: number): string {
  const block = blocks[index];
  if (block === undefined) return '';
  const ordinal = blocks.slice(0, index + 1).filter((each) => each.type === block.type).length;
  return `${BLOCK_TYPE_NAMES[block.type]} ${ordinal}`;
}

export function moveBlock<T>(blocks: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= blocks.length) return [...blocks];
  const moved = [...blocks];
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return moved;
}

/** The id of a block's box on screen, named by the block's path in what is saved, so a problem's link lands on it. */
export function blockIdBase(sectionIndex: number, blockIndex: number): string {
  return `content-sections-${sectionIndex}-blocks-${blockIndex}`;
}

export function blockFieldId(sectionIndex: number, blockIndex: number, field: string): string {
  return `${blockIdBase(sectionIndex, blockIndex)}-${field}`;
}

/**
 * A problem with one list item is shown on the list's one box; a problem with a table's row (too
 * many columns) on the row's first cell.
 */
export function editorFieldFor(field: string): string {
  const item = /^(content-sections-\d+-blocks-\d+-items)-\d+$/.exec(field);
  if (item !== null) return item[1]!;
  if (/^content-sections-\d+-blocks-\d+-rows-\d+$/.test(field)) return `${field}-0`;
  return field;
}

/**
 * The error summary's words for a problem in a block: "List 1 in Recommendations: A list needs at
 * least one item", since the shared schema's message cannot say which of many lists it means.
 */
export function locatedErrors(errors: readonly FieldError[], draft: ReportDraft): FieldError[] {
  return errors.map((error) => {
    const place = error.field === undefined ? null : /^content-sections-(\d+)-blocks-(\d+)-/.exec(error.field);
    if (place === null) return error;
    const section = draft.sections[Number(place[1])];
    const name = section === undefined ? '' : blockName(section.blocks, Number(place[2]));
    if (section === undefined || name === '') return error;
    return { ...error, message: `${name.charAt(0).toUpperCase()}${name.slice(1)} in ${REPORT_SECTION_TITLES[section.key]}: ${error.message}` };
  });
}

// Tables are kept rectangular: every row has as many cells as the first.

export function columnCount(rows: readonly (readonly string[])[]): number {
  return rows.reduce((most, row) => Math.max(most, row.length), 0);
}

export function withRowAdded(rows: readonly (readonly string[])[]): string[][] {
  return [...rows.map((row) => [...row]), Array.from({ length: Math.max(1, columnCount(rows)) }, () => '')];
}

export function withRowRemoved(rows: readonly (readonly string[])[], index: number): string[][] {
  return rows.filter((_, at) => at !== index).map((row) => [...row]);
}

export function withColumnAdded(rows: readonly (readonly string[])[]): string[][] {
  const columns = columnCount(rows);
  return rows.map((row) => [...row, ...Array.from({ length: columns + 1 - row.length }, () => '')]);
}

export function withColumnRemoved(rows: readonly (readonly string[])[], index: number): string[][] {
  return rows.map((row) => row.filter((_, at) => at !== index));
}

export function withCell(rows: readonly (readonly string[])[], rowIndex: number, columnIndex: number, text: string): string[][] {
  return rows.map((row, at) => (at === rowIndex ? row.map((cell, column) => (column === columnIndex ? text : cell)) : [...row]));
}
