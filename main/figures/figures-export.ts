/** PLACEHOLDER (helper E fills): the figures as a workbook or the annual report's PDF. */
import type { FiguresPeriod } from '../../shared/figures/figures.ts';
import type { Session } from '../security/session.ts';
import type { FileOut } from '../actions/assurance-report.ts';

export async function exportFigures(_session: Session, _period: FiguresPeriod, _format: 'pdf' | 'xlsx'): Promise<FileOut> {
  throw new Error('not built yet');
}
