/**
 * What the annual figures read from the store for one period: a handful of queries, each over
 * one table family, none per case. Each record is put in the period by its own date (see
 * shared/figures/figures.ts and docs/figures.md); both ends of the period are included.
 */
import type { FiguresPeriod } from '../../shared/figures/figures.ts';
import { todayInLondon, type StoredClock } from '../../shared/reviews/clock-status.ts';
import type { ClockName } from '../../shared/reviews/clocks.ts';
import type { NamedPerson } from '../../shared/reviews/fields.ts';
import type { RapidReviewOutcome, ScreeningDecision } from '../../shared/reviews/records.ts';
import type { QualityRating } from '../../shared/evidence/agency-summary.ts';
import type { PlanStatus } from '../../shared/actions/action-plan.ts';
import type { FamilySensitivity, LearningEventKind } from '../../shared/learning/learning.ts';
import type { Db } from '../store/open-database.ts';

/** A referral received in the period, with what it asked for, who sent it and what screening decided. */
export interface ReferralFact {
  readonly caseId: number;
  readonly kindRequested: string;
  readonly referrerAgency: string;
  readonly decision: ScreeningDecision | null;
}

export function loadReferrals(db: Db, period: FiguresPeriod): ReferralFact[] {
  // The case's referral date is the referral record's own (cases.ts keeps them together) and is indexed.
  return db
    .prepare(
      `SELECT c.id AS caseId,
              coalesce(json_extract(r.data, '$.kindRequested'), c.kind) AS kindRequested,
              coalesce(json_extract(r.data, '$.referrerAgency'), '') AS referrerAgency,
              json_extract(s.data, '$.decision') AS decision
       FROM cases c
       LEFT JOIN case_records r ON r.case_id = c.id AND r.type = 'referral'
       LEFT JOIN case_records s ON s.case_id = c.id AND s.type = 'screening'
       WHERE c.referral_date BETWEEN ? AND ?
       ORDER BY c.referral_date, c.id`,
    )
    .all(period.from, period.to) as ReferralFact[];
}

export interface ThemeFact {
  readonly id: number;
  readonly name: string;
  readonly retired: boolean;
}

export function loadThemes(db: Db): ThemeFact[] {
  return (db.prepare('SELECT id, name, retired FROM learning_themes ORDER BY name COLLATE NOCASE, id').all() as Array<{ id: number; name: string; retired: number }>).map((row) => ({
    id: row.id,
    name: row.name,
    retired: row.retired === 1,
  }));
}

/** Each theme tagged on a case whose referral was received in the period. */
export function loadThemeTags(db: Db, period: FiguresPeriod): Array<{ themeId: number; caseId: number }> {
  return db
    .prepare('SELECT ct.theme_id AS themeId, ct.case_id AS caseId FROM case_themes ct JOIN cases c ON c.id = ct.case_id WHERE c.referral_date BETWEEN ? AND ?')
    .all(period.from, period.to) as Array<{ themeId: number; caseId: number }>;
}

/** A screening decision with what else a review needs: whether its case is closed and the National Panel's reply. */
export interface ScreeningFact {
  readonly caseId: number;
  readonly decision: ScreeningDecision;
  readonly decidedOn: string;
  readonly closedOn: string | null;
  readonly panelResponse: 'agrees' | 'disagrees' | null;
}

export function loadScreenings(db: Db, period: FiguresPeriod): ScreeningFact[] {
  return db
    .prepare(
      `SELECT s.case_id AS caseId, json_extract(s.data, '$.decision') AS decision, json_extract(s.data, '$.decidedOn') AS decidedOn,
              c.closed_on AS closedOn, json_extract(p.data, '$.response') AS panelResponse
       FROM case_records s
       JOIN cases c ON c.id = s.case_id
       LEFT JOIN case_records p ON p.case_id = s.case_id AND p.type = 'panel-response'
       WHERE s.type = 'screening' AND json_extract(s.data, '$.decidedOn') BETWEEN ? AND ?`,
    )
    .all(period.from, period.to) as ScreeningFact[];
}

/** A rapid review meeting that recorded an outcome, with who attended (for the quorum) and its case's closure. */
export interface OutcomeMeetingFact {
  readonly id: number;
  readonly caseId: number;
  readonly heldOn: string;
  readonly outcome: RapidReviewOutcome;
  readonly chair: NamedPerson;
  readonly attendees: readonly NamedPerson[];
  readonly closedOn: string | null;
}

/**
 * Every rapid review meeting with an outcome, whatever its date: a rapid review decided in the
 * period takes its outcome from a meeting that may fall after it, and an LCSPR decided in the
 * period comes from a case whose screening may fall before it.
 */
export function loadOutcomeMeetings(db: Db): OutcomeMeetingFact[] {
  const rows = db
    .prepare(
      `SELECT m.id, m.case_id AS caseId, json_extract(m.data, '$.heldOn') AS heldOn, json_extract(m.data, '$.outcome') AS outcome,
              json_extract(m.data, '$.chair') AS chair, json_extract(m.data, '$.attendees') AS attendees, c.closed_on AS closedOn
       FROM case_records m JOIN cases c ON c.id = m.case_id
       WHERE m.type = 'meeting' AND json_extract(m.data, '$.meetingKind') = 'rapid-review' AND json_extract(m.data, '$.outcome') IS NOT NULL`,
    )
    .all() as Array<Omit<OutcomeMeetingFact, 'chair' | 'attendees'> & { chair: string; attendees: string | null }>;
  return rows.map((row) => ({ ...row, chair: JSON.parse(row.chair) as NamedPerson, attendees: row.attendees === null ? [] : (JSON.parse(row.attendees) as NamedPerson[]) }));
}

/** Every stored clock whose due date (the date part, for the papers clock's date and time) is in the period. */
export function loadClocks(db: Db, period: FiguresPeriod): StoredClock[] {
  return (
    db
      .prepare(
        `SELECT clock, subject, starts_on AS startsOn, due_on AS dueOn, amount, completed_on AS completedOn
         FROM case_clocks WHERE substr(due_on, 1, 10) BETWEEN ? AND ?`,
      )
      .all(period.from, period.to) as Array<StoredClock & { clock: ClockName }>
  );
}

export interface SummaryFact {
  readonly rating: QualityRating | null;
}

/**
 * Agency summaries dated in the period: by the date the agency completed the summary, as written
 * on it, or where that was left blank the date it was saved here (in England).
 */
export function loadSummaries(db: Db, period: FiguresPeriod): SummaryFact[] {
  const rows = db
    .prepare(`SELECT json_extract(data, '$.completedOn') AS completedOn, saved_at AS savedAt, rating FROM agency_summaries`)
    .all() as Array<{ completedOn: string | null; savedAt: string; rating: QualityRating | null }>;
  return rows
    .filter((row) => {
      const date = row.completedOn ?? todayInLondon(new Date(row.savedAt));
      return date >= period.from && date <= period.to;
    })
    .map((row) => ({ rating: row.rating }));
}

export interface ActionFact {
  readonly caseId: number;
  readonly dueOn: string;
  readonly status: PlanStatus;
  readonly completedOn: string | null;
  readonly evidenceAcceptedOn: string | null;
}

export function loadActions(db: Db, period: FiguresPeriod): ActionFact[] {
  return db
    .prepare(
      `SELECT case_id AS caseId, due_on AS dueOn, status, completed_on AS completedOn, evidence_accepted_on AS evidenceAcceptedOn
       FROM plan_actions WHERE due_on BETWEEN ? AND ?`,
    )
    .all(period.from, period.to) as ActionFact[];
}

export interface LearningEventFact {
  readonly kind: LearningEventKind;
  readonly attendance: number;
  readonly feedbackResponses: number;
  readonly understandBetter: number;
}

export function loadLearningEvents(db: Db, period: FiguresPeriod): LearningEventFact[] {
  return db
    .prepare(
      `SELECT kind, attendance, feedback_responses AS feedbackResponses, understand_better AS understandBetter
       FROM learning_events WHERE held_on BETWEEN ? AND ?`,
    )
    .all(period.from, period.to) as LearningEventFact[];
}

/** Cases whose referral was received in the period and that are flagged as repeating an earlier case. */
export function countRepeatIncidents(db: Db, period: FiguresPeriod): number {
  const row = db
    .prepare('SELECT count(DISTINCT r.case_id) AS n FROM repeat_incidents r JOIN cases c ON c.id = r.case_id WHERE c.referral_date BETWEEN ? AND ?')
    .get(period.from, period.to) as { n: number };
  return row.n;
}

export function loadFamilyFeedback(db: Db, period: FiguresPeriod): Array<{ sensitive: FamilySensitivity }> {
  return db.prepare('SELECT sensitive FROM family_feedback WHERE received_on BETWEEN ? AND ?').all(period.from, period.to) as Array<{ sensitive: FamilySensitivity }>;
}
