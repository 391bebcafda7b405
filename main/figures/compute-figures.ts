/** PLACEHOLDER (helper C fills): the annual figures for a period, from the store. */
import type { FiguresPeriod, FiguresView } from '../../shared/figures/figures.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';

/** Every figure for the period, as of `today` (an open clock past its due date on `today` is missed). */
export function computeFigures(_db: Db, _period: FiguresPeriod, _today: string): FiguresView {
  throw new Error('not built yet');
}

/** The figures as the signed-in person asks for them (figures.read is checked by the contract). */
export function readFigures(_session: Session, _period: FiguresPeriod): FiguresView {
  throw new Error('not built yet');
}
