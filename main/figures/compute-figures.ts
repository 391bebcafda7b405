/**
 * The partnership's annual figures for a period (policy section 21), from the store: what is
 * loaded (figure-data.ts), which reviews were decided (reviews-decided.ts), each clock's
 * timeliness (timeliness.ts), and the tables of each section of the annual report. The names
 * of the figures and the rule behind each are listed in docs/figures.md.
 */
import { figuresPeriod, type FiguresPeriod, type FiguresView } from '../../shared/figures/figures.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { parsedOrRefused } from '../evidence/parsed-input.ts';
import { storeCalendar } from '../reviews/calendar.ts';
import { partnerLookup } from '../reviews/quorum.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { differenceMadeTables } from './difference-made-tables.ts';
import {
  countRepeatIncidents,
  loadActions,
  loadClocks,
  loadFamilyFeedback,
  loadLearningEvents,
  loadOutcomeMeetings,
  loadReferrals,
  loadScreenings,
  loadSummaries,
  loadThemes,
  loadThemeTags,
} from './figure-data.ts';
import { howMuchTables } from './how-much-tables.ts';
import { howWellTables } from './how-well-tables.ts';
import { decidedReviews } from './reviews-decided.ts';
import { clockTimeliness } from './timeliness.ts';

/** Every figure for the period, as of `today` (an open clock past its due date on `today` is missed). */
export function computeFigures(db: Db, period: FiguresPeriod, today: string): FiguresView {
  // One read transaction: every figure comes from the same state of the store.
  return db.transaction(() => {
    const reviews = decidedReviews(period, loadScreenings(db, period), loadOutcomeMeetings(db), partnerLookup(db));
    const actions = loadActions(db, period);
    const tables = [
      ...howMuchTables(loadReferrals(db, period), loadThemes(db), loadThemeTags(db, period), reviews),
      ...howWellTables(clockTimeliness(loadClocks(db, period), today, storeCalendar(db)), loadSummaries(db, period), actions, today),
      ...differenceMadeTables(actions, loadLearningEvents(db, period), countRepeatIncidents(db, period), loadFamilyFeedback(db, period)),
    ];
    return { from: period.from, to: period.to, today, tables };
  })();
}

/** The figures as the signed-in person asks for them (figures.read is checked by the contract). */
export function readFigures(session: Session, period: FiguresPeriod): FiguresView {
  session.authorise('figures.read', 'see the annual figures');
  const checked = parsedOrRefused(figuresPeriod, period, '', 'the period');
  return computeFigures(session.store.db, checked, todayInLondon());
}
