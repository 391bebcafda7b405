/**
 * The publication rule, worked out on the day from each case's "publication kept" clock (its due
 * date fixed by the policy in force when the report was published): a report on the website for
 * the minimum time may come off it. That is a reminder and, once done, a record — never a
 * deletion: the report is kept and available on request, and the 7-minute briefing stays up.
 */
import type { PublicationDue, TakenOffWebsite } from '../../shared/retention/retention-view.ts';
import type { Db } from '../store/open-database.ts';

const CLOCK = 'publication-kept';

export function publicationsDue(db: Db, today: string): PublicationDue[] {
  return db
    .prepare(
      `SELECT c.reference, k.starts_on AS publishedOn, k.due_on AS mayComeDownOn,
              EXISTS (SELECT 1 FROM report_briefings b WHERE b.case_id = c.id) AS hasBriefing
       FROM case_clocks k JOIN cases c ON c.id = k.case_id
       WHERE k.clock = '${CLOCK}' AND k.completed_on IS NULL AND k.due_on <= ?
       ORDER BY k.due_on, c.reference`,
    )
    .all(today)
    .map((row) => {
      const { hasBriefing, ...rest } = row as Omit<PublicationDue, 'hasBriefing'> & { hasBriefing: number };
      return { ...rest, hasBriefing: hasBriefing === 1 };
    });
}

/** Reports already taken off the website: kept, available on request. Newest first. */
export function reportsTakenOff(db: Db): TakenOffWebsite[] {
  return db
    .prepare(
      `SELECT c.reference, k.starts_on AS publishedOn, k.completed_on AS takenOffOn
       FROM case_clocks k JOIN cases c ON c.id = k.case_id
       WHERE k.clock = '${CLOCK}' AND k.completed_on IS NOT NULL
       ORDER BY k.completed_on DESC, c.reference`,
    )
    .all() as TakenOffWebsite[];
}

/** The clock of one case, for the record of its taking down. */
export function publicationClock(db: Db, caseId: number): { publishedOn: string; mayComeDownOn: string; takenOffOn: string | null } | undefined {
  return db
    .prepare(`SELECT starts_on AS publishedOn, due_on AS mayComeDownOn, completed_on AS takenOffOn FROM case_clocks WHERE case_id = ? AND clock = '${CLOCK}' AND subject = ''`)
    .get(caseId) as { publishedOn: string; mayComeDownOn: string; takenOffOn: string | null } | undefined;
}
