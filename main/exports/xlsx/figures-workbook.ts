/** PLACEHOLDER (helper E1 fills): the annual figures as a workbook: Summary first, then one sheet per figure. */
import type { FiguresView } from '../../../shared/figures/figures.ts';

export async function figuresWorkbook(_view: FiguresView): Promise<Buffer> {
  throw new Error('not built yet');
}
