/**
 * The partnership's retention period for closed cases, in whole years after closure, kept as a
 * setting in the store. None until the partnership sets one (shared/retention/retention-rules.ts
 * says why); a stored value that no longer parses counts as none, so a damaged setting can never
 * make cases fall due.
 */
import { CLOSED_CASE_YEARS } from '../../shared/retention/retention-rules.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import type { Audit } from '../store/open-store.ts';

export const CLOSED_CASE_YEARS_KEY = 'retention_closed_case_years';

export function closedCaseYears(db: Db): number | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(CLOSED_CASE_YEARS_KEY) as { value: string } | undefined;
  if (row === undefined || !/^\d+$/.test(row.value)) return null;
  const years = Number(row.value);
  return years >= CLOSED_CASE_YEARS.minimum && years <= CLOSED_CASE_YEARS.maximum ? years : null;
}

/** Call inside a store change: writes (or clears) the period and audits it. */
export function writeClosedCaseYears(db: Db, audit: Audit, actorId: string, years: number | null): void {
  const before = closedCaseYears(db);
  if (years === null) db.prepare('DELETE FROM settings WHERE key = ?').run(CLOSED_CASE_YEARS_KEY);
  else db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(CLOSED_CASE_YEARS_KEY, String(years));
  audit({ actorId, action: 'settings.changed', recordType: 'setting', recordId: CLOSED_CASE_YEARS_KEY, details: { from: before, to: years } });
}

/** Sets the period (null: none, closed cases are kept until one is set). */
export function setClosedCasePeriod(session: Session, years: number | null): void {
  session.authorise('store.retention', 'set how long closed cases are kept');
  session.store.change((db, audit) => writeClosedCaseYears(db, audit, session.userId, years));
}
