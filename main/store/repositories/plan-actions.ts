/**
 * The SMART actions under a case's recommendations: what, the owning agency (filed by its
 * organisation, so its name is always the list's own), the responsible person, when it is due,
 * what will change, and its progress. `uid` is the id an action keeps when it travels to its
 * agency in a bundle and comes back.
 */
import type { PlanStatus } from '../../../shared/actions/action-plan.ts';
import type { Db } from '../open-database.ts';

export interface ActionDetails {
  readonly recommendationId: number;
  readonly what: string;
  readonly organisationId: number;
  readonly responsiblePerson: string;
  readonly dueOn: string;
  readonly intendedOutcome: string;
}

export interface ActionProgress {
  readonly status: PlanStatus;
  readonly completedOn: string | null;
  readonly evidence: string;
  readonly evidenceAcceptedOn: string | null;
}

export interface StoredAction extends ActionDetails, ActionProgress {
  readonly id: number;
  readonly uid: string;
  readonly caseId: number;
  readonly agency: string;
  readonly updatedAt: string;
}

const ACTION_COLUMNS = `a.id, a.uid, a.case_id AS caseId, a.recommendation_id AS recommendationId, a.what, a.organisation_id AS organisationId, o.name AS agency,
  a.responsible_person AS responsiblePerson, a.due_on AS dueOn, a.intended_outcome AS intendedOutcome, a.status, a.completed_on AS completedOn,
  a.evidence, a.evidence_accepted_on AS evidenceAcceptedOn, a.updated_at AS updatedAt`;
const SELECT_ACTION = `SELECT ${ACTION_COLUMNS} FROM plan_actions a JOIN organisations o ON o.id = a.organisation_id`;

/** The case's actions in the order they were added. */
export function listActions(db: Db, caseId: number): StoredAction[] {
  return db.prepare(`${SELECT_ACTION} WHERE a.case_id = ? ORDER BY a.id`).all(caseId) as StoredAction[];
}

export function findAction(db: Db, caseId: number, id: number): StoredAction | undefined {
  return db.prepare(`${SELECT_ACTION} WHERE a.case_id = ? AND a.id = ?`).get(caseId, id) as StoredAction | undefined;
}

export function findActionByUid(db: Db, caseId: number, uid: string): StoredAction | undefined {
  return db.prepare(`${SELECT_ACTION} WHERE a.case_id = ? AND a.uid = ?`).get(caseId, uid.toLowerCase()) as StoredAction | undefined;
}

export function countActionsOf(db: Db, recommendationId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM plan_actions WHERE recommendation_id = ?').get(recommendationId) as { n: number }).n;
}

/** A new action, not started, with no evidence yet. */
export function insertAction(db: Db, caseId: number, uid: string, details: ActionDetails, by: string, at: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO plan_actions (uid, case_id, recommendation_id, what, organisation_id, responsible_person, due_on, intended_outcome, status, created_by, created_at, updated_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'not-started', ?, ?, ?, ?)`,
      )
      .run(uid.toLowerCase(), caseId, details.recommendationId, details.what, details.organisationId, details.responsiblePerson, details.dueOn, details.intendedOutcome, by, at, by, at)
      .lastInsertRowid,
  );
}

/** What the action is and who owns it; its progress and evidence are left as they are. */
export function updateActionDetails(db: Db, caseId: number, id: number, details: ActionDetails, by: string, at: string): boolean {
  return (
    db
      .prepare(
        `UPDATE plan_actions SET recommendation_id = ?, what = ?, organisation_id = ?, responsible_person = ?, due_on = ?, intended_outcome = ?, updated_by = ?, updated_at = ?
         WHERE case_id = ? AND id = ?`,
      )
      .run(details.recommendationId, details.what, details.organisationId, details.responsiblePerson, details.dueOn, details.intendedOutcome, by, at, caseId, id).changes > 0
  );
}

export function updateActionProgress(db: Db, caseId: number, id: number, progress: ActionProgress, by: string, at: string): boolean {
  return (
    db
      .prepare('UPDATE plan_actions SET status = ?, completed_on = ?, evidence = ?, evidence_accepted_on = ?, updated_by = ?, updated_at = ? WHERE case_id = ? AND id = ?')
      .run(progress.status, progress.completedOn, progress.evidence, progress.evidenceAcceptedOn, by, at, caseId, id).changes > 0
  );
}

/** Marks an action as changed (evidence linked to it) without changing what it says. */
export function touchAction(db: Db, id: number, by: string, at: string): void {
  db.prepare('UPDATE plan_actions SET updated_by = ?, updated_at = ? WHERE id = ?').run(by, at, id);
}

// The actions agencies owe across every review are read in one query however many cases there
// are: the agency view and the dashboard's overdue list read thousands of actions at once.

/** Which actions a person may see: every case, or these cases (each for every agency, or one). */
export type OwedScope = { readonly everyCase: true } | { readonly everyCase: false; readonly cases: readonly { readonly caseId: number; readonly organisationId: number | null }[] };

export interface OwedFilter {
  readonly scope: OwedScope;
  /** null: every agency. */
  readonly organisationId: number | null;
  readonly overdueOnly: boolean;
  readonly today: string;
}

export interface OwedActionRow extends StoredAction {
  readonly reference: string;
  readonly caseKind: string;
  readonly recommendation: string;
  /** JSON: [[documentId, name, size, addedAt], …] */
  readonly evidenceFiles: string;
  readonly overdue: number;
}

export interface OwedCounts {
  readonly open: number;
  readonly overdue: number;
  readonly complete: number;
}

const OPEN = `a.status NOT IN ('complete', 'no-longer-needed')`;
const OVERDUE = `(${OPEN} AND a.due_on < @today)`;

/** Every action in scope for the agency chosen (the caller adds the rest of the WHERE clause). */
const SCOPED = `
  WITH scope(case_id, organisation_id) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(@cases))
  SELECT %COLUMNS% FROM plan_actions a %JOINS%
  WHERE (@everyCase = 1 OR EXISTS (SELECT 1 FROM scope s WHERE s.case_id = a.case_id AND (s.organisation_id IS NULL OR s.organisation_id = a.organisation_id)))
    AND (@organisationId IS NULL OR a.organisation_id = @organisationId)`;

function scoped(columns: string, joins = ''): string {
  return SCOPED.replace('%COLUMNS%', columns).replace('%JOINS%', joins);
}

function parameters(filter: OwedFilter): Record<string, unknown> {
  const cases = filter.scope.everyCase ? [] : filter.scope.cases.map((each) => [each.caseId, each.organisationId]);
  return { everyCase: filter.scope.everyCase ? 1 : 0, cases: JSON.stringify(cases), organisationId: filter.organisationId, today: filter.today };
}

/** Overdue first, then by due date (and case, then the order they were added, so the list is stable). */
export function listOwedActionRows(db: Db, filter: OwedFilter): OwedActionRow[] {
  const columns = `${ACTION_COLUMNS}, c.reference, c.kind AS caseKind, r.text AS recommendation,
    (SELECT json_group_array(json_array(d.id, d.name, d.size, d.added_at)) FROM plan_action_evidence e JOIN case_documents d ON d.id = e.document_id WHERE e.action_id = a.id) AS evidenceFiles,
    ${OVERDUE} AS overdue`;
  const joins = 'JOIN organisations o ON o.id = a.organisation_id JOIN cases c ON c.id = a.case_id JOIN plan_recommendations r ON r.id = a.recommendation_id';
  const sql = `${scoped(columns, joins)} AND (@overdueOnly = 0 OR ${OVERDUE}) ORDER BY overdue DESC, a.due_on, c.reference, a.id`;
  return db.prepare(sql).all({ ...parameters(filter), overdueOnly: filter.overdueOnly ? 1 : 0 }) as OwedActionRow[];
}

/** Counted over everything in scope for the agency chosen, whether or not only the overdue are listed. */
export function countOwedActions(db: Db, filter: OwedFilter): OwedCounts {
  const columns = `coalesce(sum(${OPEN}), 0) AS open, coalesce(sum(${OVERDUE}), 0) AS overdue, coalesce(sum(a.status = 'complete'), 0) AS complete`;
  return db.prepare(scoped(columns)).get(parameters(filter)) as OwedCounts;
}
