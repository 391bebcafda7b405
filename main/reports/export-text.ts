/**
 * Text as the printable documents hold it, both ways: free text typed into a record made into
 * paragraph blocks, and blocks flattened back to plain lines for the exports screen's preview.
 */
import type { Block } from '../../shared/reports/report-document.ts';

/**
 * A blank line starts a new paragraph; a single line break inside one is a space. Keeping the
 * lines of one paragraph together matters for redaction: a name broken across a line
 * ("Olivia\nHartley") must stay in one block for the register to find it whole.
 */
export function paragraphsOf(text: string): Block[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => ({ type: 'paragraph', text: paragraph }));
}

/** One block as lines of plain text: a list item per line, a table row per line with its cells separated. */
export function plainLines(block: Block): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items.map((item, index) => (block.ordered ? `${index + 1}. ${item}` : `• ${item}`));
    case 'table':
      return block.rows.map((row) => row.join(' | '));
  }
}
