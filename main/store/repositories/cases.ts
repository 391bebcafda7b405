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
}

export interface NewCase {
  readonly reference: string;
  readonly kind: CaseKind;
  readonly stage: CaseStage;
  readonly incidentDate: string | null;
  readonly referralDate: string;
  readonly agencyIds: readonly number[];
}

export function insertCase(db: Db, record: NewCase, createdAt: string): number {
  if (caseIdByReference(db, record.reference) !== undefined) throw new AppError('CONFLICT', `There is already a case with reference ${record.reference}.`);
  const id = Number(
    db
      .prepare('INSERT INTO cases (reference, kind, stage, incident_date, referral_date, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(record.reference, record.kind, record.stage, record.incidentDate, record.referralDate, createdAt).lastInsertRowid,
  );
  const link = db.prepare('INSERT INTO case_agencies (case_id, organisation_id) VALUES (?, ?)');
  for (const agencyId of record.agencyIds) link.run(id, agencyId);
  return id;
}

export function caseIdByReference(db: Db, reference: string): number | undefined {
  const row = db.prepare('SELECT id FROM cases WHERE reference = ? COLLATE NOCASE').get(reference.trim()) as { id: number } | undefined;
  return row?.id;
}

export function requireCaseId(db: Db, reference: string): number {
  const id = caseIdByReference(db, reference);
  if (id === undefined) throw new AppError('NOT_FOUND', `There is no case with reference ${reference}.`);
  return id;
}

export function listCases(db: Db): CaseSummary[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.reference, c.kind, c.stage, c.incident_date AS incidentDate, c.referral_date AS referralDate,
              (SELECT json_group_array(o.name) FROM case_agencies ca JOIN organisations o ON o.id = ca.organisation_id WHERE ca.case_id = c.id) AS agencies
       FROM cases c ORDER BY c.referral_date DESC, c.reference`,
    )
    .all() as (Omit<CaseSummary, 'agencies'> & { agencies: string })[];
  return rows.map((row) => ({ ...row, agencies: JSON.parse(row.agencies) as string[] }));
}

export function nextCaseReference(db: Db, year: number): string {
  const prefix = `PRM-${year}-`;
  const row = db.prepare(`SELECT max(CAST(substr(reference, ?) AS INTEGER)) AS n FROM cases WHERE reference LIKE ? || '%'`).get(prefix.length + 1, prefix) as { n: number | null };
  return `${prefix}${String((row.n ?? 0) + 1).padStart(3, '0')}`;
}
