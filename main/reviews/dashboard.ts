/**
 * The dashboard: every open case (or every case) with its agencies, its children's published
 * names, and the open clock due soonest with its red / amber / green status. One query for
 * every row, so 5,000 cases cost one statement rather than 5,000.
 */
import type { CaseKind, CaseStage } from '../../shared/case-kinds.ts';
import type { DashboardRow } from '../../shared/ipc/case-calls.ts';
import { clockStatus, todayInLondon, type ClockException, type StoredClock } from '../../shared/reviews/clock-status.ts';
import type { ClockName } from '../../shared/reviews/clocks.ts';
import type { IsoDate, WorkingDayCalendar } from '../../shared/working-days.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { readClockPolicy } from '../store/repositories/policy-settings.ts';
import { storeCalendar } from './calendar.ts';

interface Row {
  id: number;
  reference: string;
  kind: CaseKind;
  stage: CaseStage;
  incidentDate: string | null;
  referralDate: string;
  closedOn: string | null;
  agencies: string;
  children: string;
  clock: ClockName | null;
  subject: string | null;
  startsOn: string | null;
  dueOn: string | null;
  amount: number | null;
  exception: string | null;
}

// The publication clock is not work to chase: it says how long a report must stay up.
const DASHBOARD_SQL = `
  WITH next_clock AS (
    SELECT case_id, clock, subject, starts_on, due_on, amount,
           row_number() OVER (PARTITION BY case_id ORDER BY due_on, clock, subject) AS rank
    FROM case_clocks
    WHERE completed_on IS NULL AND clock <> 'publication-kept'
  )
  SELECT c.id, c.reference, c.kind, c.stage, c.incident_date AS incidentDate, c.referral_date AS referralDate, c.closed_on AS closedOn,
         (SELECT json_group_array(o.name) FROM (SELECT o.name FROM case_agencies ca JOIN organisations o ON o.id = ca.organisation_id
            WHERE ca.case_id = c.id ORDER BY o.name) AS o) AS agencies,
         (SELECT json_group_array(p.publish_as) FROM (SELECT publish_as FROM case_people
            WHERE case_id = c.id AND role = 'child' ORDER BY id) AS p) AS children,
         n.clock, n.subject, n.starts_on AS startsOn, n.due_on AS dueOn, n.amount,
         (SELECT json_object('reason', json_extract(r.data, '$.reason'), 'panelToldOn', json_extract(r.data, '$.panelToldOn'))
            FROM case_records r
            WHERE r.case_id = c.id AND r.type = 'clock-exception' AND json_extract(r.data, '$.clock') = n.clock
              AND coalesce(json_extract(r.data, '$.subject'), '') = n.subject
            ORDER BY r.id DESC LIMIT 1) AS exception
  FROM cases c
  LEFT JOIN next_clock n ON n.case_id = c.id AND n.rank = 1
  WHERE ? = 1 OR c.closed_on IS NULL`;

function toDashboardRow(row: Row, today: IsoDate, calendar: WorkingDayCalendar, amberWorkingDays: number): DashboardRow {
  let nextClock: DashboardRow['nextClock'] = null;
  if (row.clock !== null && row.dueOn !== null && row.startsOn !== null && row.amount !== null) {
    const stored: StoredClock = { clock: row.clock, subject: row.subject ?? '', startsOn: row.startsOn, dueOn: row.dueOn, amount: row.amount, completedOn: null };
    const exception = row.exception === null ? null : (JSON.parse(row.exception) as ClockException);
    nextClock = clockStatus(stored, today, calendar, amberWorkingDays, exception);
  }
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    stage: row.stage,
    incidentDate: row.incidentDate,
    referralDate: row.referralDate,
    agencies: JSON.parse(row.agencies) as string[],
    closedOn: row.closedOn,
    nextClock,
    children: JSON.parse(row.children) as string[],
  };
}

/** Overdue first, then the soonest due, then cases with nothing due, the latest referral first. */
function compareRows(a: DashboardRow, b: DashboardRow): number {
  if (a.nextClock === null || b.nextClock === null) {
    if (a.nextClock !== b.nextClock) return a.nextClock === null ? 1 : -1;
    return b.referralDate.localeCompare(a.referralDate) || a.reference.localeCompare(b.reference);
  }
  const overdue = (row: DashboardRow) => (row.nextClock!.rag === 'red' ? 0 : 1);
  return overdue(a) - overdue(b) || a.nextClock.dueOn.localeCompare(b.nextClock.dueOn) || a.reference.localeCompare(b.reference);
}

export function dashboardRows(db: Db, includeClosed: boolean, today: IsoDate): DashboardRow[] {
  const { amberWorkingDays } = readClockPolicy(db);
  const rows = db.prepare(DASHBOARD_SQL).all(includeClosed ? 1 : 0) as Row[];
  const calendar = storeCalendar(db);
  return rows.map((row) => toDashboardRow(row, today, calendar, amberWorkingDays)).sort(compareRows);
}

/**
 * Partnership roles see every case. Someone whose roles are for particular cases (a lead
 * reviewer, an agency's nominated representative) sees only those cases, so they can reach
 * their work; someone with neither is refused, and the refusal recorded.
 */
export function dashboard(session: Session, options: { includeClosed: boolean }): { today: string; cases: DashboardRow[] } {
  const today = todayInLondon();
  if (session.can('cases.list')) return { today, cases: dashboardRows(session.store.db, options.includeClosed, today) };
  const own = new Set(
    session
      .assignments()
      .filter((assignment) => assignment.caseId !== null && assignment.caseReference !== null && session.can('cases.read', { caseId: assignment.caseId }))
      .map((assignment) => assignment.caseReference),
  );
  if (own.size === 0) session.authorise('cases.list', 'see the dashboard of cases');
  return { today, cases: dashboardRows(session.store.db, options.includeClosed, today).filter((row) => own.has(row.reference)) };
}
