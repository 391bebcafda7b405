/** PLACEHOLDER (helper E1 fills): the annual figures as the annual report's PDF. */
import type { FiguresView } from '../../../shared/figures/figures.ts';

export async function figuresPdf(_view: FiguresView): Promise<Uint8Array> {
  throw new Error('not built yet');
}
