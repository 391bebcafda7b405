/**
 * A report's sections as pieces: each section's heading, then its blocks (headings, paragraphs,
 * lists, tables) in the report's type sizes. The executive summary is measured through here
 * too, so the page count the editor warns about is the page count the PDF has.
 */
import type { Block, PrintableSection } from '../../../shared/reports/report-document.ts';
import { BODY_SIZE } from './flow-text.ts';
import type { ColumnContext, Piece, TypeScale } from './report-pieces.ts';
import { tablePieces } from './report-table-layout.ts';
import { headingPieces, listPieces, paragraphPieces } from './report-text-layout.ts';

export const REPORT_SCALE: TypeScale = { body: BODY_SIZE, table: 9, headings: { 1: 14, 2: 12, 3: 11 }, blockGap: 6 };

/** A section's own heading, above any heading inside it. */
export const SECTION_HEADING_SIZE = 18;
const SECTION_SPACE_ABOVE = 22;

export function blockPieces(context: ColumnContext, block: Block): Piece[] {
  switch (block.type) {
    case 'heading':
      return headingPieces(context, block.text, context.scale.headings[block.level]);
    case 'paragraph':
      return paragraphPieces(context, block.text);
    case 'list':
      return listPieces(context, block.items, block.ordered);
    case 'table':
      return tablePieces(context, block.rows, block.headerRow);
  }
}

/** Extra space under a table, whose bottom rule otherwise sits close on the next line. */
const AFTER_TABLE = 5;

export function blocksPieces(context: ColumnContext, blocks: readonly Block[]): Piece[] {
  return blocks.flatMap((block, index) => {
    const pieces = blockPieces(context, block);
    if (index === 0 || blocks[index - 1]!.type !== 'table' || pieces.length === 0) return pieces;
    return [{ ...pieces[0]!, spaceAbove: pieces[0]!.spaceAbove + AFTER_TABLE }, ...pieces.slice(1)];
  });
}

export interface SectionOptions {
  /** Start the section on a new page. */
  readonly breakBefore?: boolean;
  /** What the contents and bookmarks find the section's page by. */
  readonly anchor?: string;
}

/** The section's heading, then its blocks. */
export function sectionPieces(context: ColumnContext, section: Pick<PrintableSection, 'heading' | 'blocks'>, options: SectionOptions = {}): Piece[] {
  const [first, ...rest] = headingPieces(context, section.heading, SECTION_HEADING_SIZE, { spaceAbove: SECTION_SPACE_ABOVE });
  const heading = [{ ...first!, ...(options.anchor === undefined ? {} : { anchor: options.anchor }), ...(options.breakBefore ? { breakBefore: true } : {}) }, ...rest];
  return [...heading, ...blocksPieces(context, section.blocks)];
}
