import { AppError } from '../../../shared/errors.ts';
import type { CaseKind, CaseStage } from '../../../shared/case-kinds.ts';
import type { Db } from '../open-database.ts';

export interface CaseSummary {
  readonly id: number;
  readonly reference: string;
  readonly kind: CaseKind;
  readonly stage: CaseStage;
  readonly incidentDate: string | null;
  readonly referralDate: string;
  readonly agencies: string[];
  readonly closedOn: string | null;
}

export interface NewCase {
  readonly reference: string;
  readonly kind: CaseKind;
  readonly stage: CaseStage;
  readonly incidentDate: string | null;
  readonly referralDate: string;
  readonly agencyIds: readonly number[];
  readonly closedOn?: string | null;
  /** Defaults to the referral date: a new case enters its first stage when the referral arrives. */
  readonly stageEnteredOn?: string;
}

export function insertCase(db: Db, record: NewCase, createdAt: string): number {
  if (caseIdByReference(db, record.reference) !== undefined) throw new AppError('CONFLICT', `There is already a case with reference ${record.reference}.`);
  const id = Number(
    db
      .prepare('INSERT INTO cases (reference, kind, stage, incident_date, referral_date, created_at, closed_on, stage_entered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(record.reference, record.kind, record.stage, record.incidentDate, record.referralDate, createdAt, record.closedOn ?? null, record.stageEnteredOn ?? record.referralDate).lastInsertRowid,
  );
  replaceCaseAgencies(db, id, record.agencyIds);
  return id;
}

export function replaceCaseAgencies(db: Db, caseId: number, agencyIds: readonly number[]): void {
  db.prepare('DELETE FROM case_agencies WHERE case_id = ?').run(caseId);
  const link = db.prepare('INSERT OR IGNORE INTO case_agencies (case_id, organisation_id) VALUES (?, ?)');
  for (const agencyId of agencyIds) link.run(caseId, agencyId);
}

/** The referral's dates are also the case's own: a corrected referral corrects the case. */
export function updateCaseReferralDates(db: Db, caseId: number, dates: { incidentDate: string | null; referralDate: string }): void {
  db.prepare('UPDATE cases SET incident_date = ?, referral_date = ? WHERE id = ?').run(dates.incidentDate, dates.referralDate, caseId);
}

export function updateCaseStage(db: Db, caseId: number, move: { kind: CaseKind; stage: CaseStage; enteredOn: string; closedOn: string | null }): void {
  db.prepare('UPDATE cases SET kind = ?, stage = ?, stage_entered_on = ?, closed_on = ? WHERE id = ?').run(move.kind, move.stage, move.enteredOn, move.closedOn, caseId);
}

export function caseIdByReference(db: Db, reference: string): number | undefined {
  const row = db.prepare('SELECT id FROM cases WHERE reference = ? COLLATE NOCASE').get(reference.trim()) as { id: number } | undefined;
  return row?.id;
}

export function requireCaseId(db: Db, reference: string): number {
  const id = caseIdByReference(db, reference);
  if (id === undefined) throw new AppError('NOT_FOUND', `There is no case with reference ${reference.trim()}. Check the reference and try again.`);
  return id;
}

const SELECT_SUMMARY = `
  SELECT c.id, c.reference, c.kind, c.stage, c.incident_date AS incidentDate, c.referral_date AS referralDate, c.closed_on AS closedOn,
         (SELECT json_group_array(o.name) FROM case_agencies ca JOIN organisations o ON o.id = ca.organisation_id WHERE ca.case_id = c.id) AS agencies
  FROM cases c`;

type SummaryRow = Omit<CaseSummary, 'agencies'> & { agencies: string };

function fromRow(row: SummaryRow): CaseSummary {
  return { ...row, agencies: (JSON.parse(row.agencies) as string[]).sort((a, b) => a.localeCompare(b, 'en-GB')) };
}

export function listCases(db: Db): CaseSummary[] {
  return (db.prepare(`${SELECT_SUMMARY} ORDER BY c.referral_date DESC, c.reference`).all() as SummaryRow[]).map(fromRow);
}

export function caseSummaryById(db: Db, caseId: number): CaseSummary {
  const row = db.prepare(`${SELECT_SUMMARY} WHERE c.id = ?`).get(caseId) as SummaryRow | undefined;
  if (row === undefined) throw new AppError('NOT_FOUND', `There is no case with id ${caseId}.`);
  return fromRow(row);
}

/** The partnership's reference format, PRM-YYYY-NNN, numbered within the year of the referral. */
export function nextCaseReference(db: Db, year: number): string {
  const prefix = `PRM-${year}-`;
  const row = db.prepare(`SELECT max(CAST(substr(reference, ?) AS INTEGER)) AS n FROM cases WHERE reference LIKE ? || '%'`).get(prefix.length + 1, prefix) as { n: number | null };
  return `${prefix}${String((row.n ?? 0) + 1).padStart(3, '0')}`;
}
