/**
 * A section's blocks as Word paragraphs and tables. The section's own heading is Heading 1, so a
 * block heading of level 1–3 is Heading 2–4: the .docx reader maps them back one level down.
 */
import { HeadingLevel, Paragraph, type Table } from 'docx';
import type { Block } from '../../../shared/reports/report-document.ts';
import { BULLET_LIST, NUMBERED_LIST, type ListInstances } from './docx-numbering.ts';
import { docxTable } from './docx-table.ts';
import { textRuns } from './docx-text-runs.ts';

const BLOCK_HEADING = { 1: HeadingLevel.HEADING_2, 2: HeadingLevel.HEADING_3, 3: HeadingLevel.HEADING_4 } as const;

export interface BlockContext {
  readonly lists: ListInstances;
  readonly textWidth: number;
}

export function docxBlock(block: Block, context: BlockContext): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: BLOCK_HEADING[block.level], children: textRuns(block.text) })];
    case 'paragraph':
      return [new Paragraph({ children: textRuns(block.text) })];
    case 'list': {
      const numbering = block.ordered ? { reference: NUMBERED_LIST, level: 0, instance: context.lists.numbered() } : { reference: BULLET_LIST, level: 0 };
      return block.items.map((item) => new Paragraph({ style: 'ListParagraph', numbering, children: textRuns(item) }));
    }
    case 'table':
      return [docxTable(block, context.textWidth)];
  }
}

/** A section's blocks in order, with an empty paragraph between two tables, which Word would otherwise join into one. */
export function docxBlocks(blocks: readonly Block[], context: BlockContext): (Paragraph | Table)[] {
  return blocks.flatMap((block, index) => {
    const spacer = block.type === 'table' && blocks[index - 1]?.type === 'table' ? [new Paragraph({ children: [] })] : [];
    return [...spacer, ...docxBlock(block, context)];
  });
}
