/**
 * Each agency's summary on a case: the form's answers as one JSON document (checked against
 * agencySummaryForm before it is written), where it came from, and the Business Unit's quality
 * rating of it.
 */
import type { AgencySummaryForm, QualityRating } from '../../../shared/evidence/agency-summary.ts';
import type { Db } from '../open-database.ts';

export type SummarySource = 'entered' | 'imported';

export interface StoredSummary {
  readonly id: number;
  readonly caseId: number;
  readonly organisationId: number;
  readonly agency: string;
  readonly form: AgencySummaryForm;
  readonly source: SummarySource;
  readonly documentId: number | null;
  readonly savedBy: string;
  readonly savedAt: string;
  readonly rating: { readonly rating: QualityRating; readonly note: string; readonly ratedBy: string; readonly ratedAt: string } | null;
}

interface SummaryRow {
  id: number;
  caseId: number;
  organisationId: number;
  agency: string;
  data: string;
  source: SummarySource;
  documentId: number | null;
  savedBy: string;
  savedAt: string;
  rating: QualityRating | null;
  ratingNote: string;
  ratedBy: string | null;
  ratedAt: string | null;
}

const SELECT_SUMMARY = `
  SELECT s.id, s.case_id AS caseId, s.organisation_id AS organisationId, o.name AS agency, s.data, s.source, s.document_id AS documentId,
         coalesce(saver.name, 'a former user') AS savedBy, s.saved_at AS savedAt, s.rating, s.rating_note AS ratingNote,
         coalesce(rater.name, 'a former user') AS ratedBy, s.rated_at AS ratedAt
  FROM agency_summaries s JOIN organisations o ON o.id = s.organisation_id
  LEFT JOIN users saver ON saver.id = s.saved_by LEFT JOIN users rater ON rater.id = s.rated_by`;

function fromRow(row: SummaryRow): StoredSummary {
  return {
    id: row.id,
    caseId: row.caseId,
    organisationId: row.organisationId,
    agency: row.agency,
    form: JSON.parse(row.data) as AgencySummaryForm,
    source: row.source,
    documentId: row.documentId,
    savedBy: row.savedBy,
    savedAt: row.savedAt,
    rating: row.rating === null || row.ratedAt === null ? null : { rating: row.rating, note: row.ratingNote, ratedBy: row.ratedBy ?? 'a former user', ratedAt: row.ratedAt },
  };
}

/** A case's summaries in agency name order. */
export function listSummaries(db: Db, caseId: number): StoredSummary[] {
  return (db.prepare(`${SELECT_SUMMARY} WHERE s.case_id = ? ORDER BY o.name`).all(caseId) as SummaryRow[]).map(fromRow);
}

export function findSummary(db: Db, caseId: number, organisationId: number): StoredSummary | undefined {
  const row = db.prepare(`${SELECT_SUMMARY} WHERE s.case_id = ? AND s.organisation_id = ?`).get(caseId, organisationId) as SummaryRow | undefined;
  return row && fromRow(row);
}

/**
 * Writes an agency's summary, replacing any earlier one. A rating stays with the summary: a
 * correction does not undo the Business Unit's judgement, which it can rate again.
 */
export function upsertSummary(
  db: Db,
  caseId: number,
  organisationId: number,
  summary: { form: AgencySummaryForm; source: SummarySource; documentId: number | null; savedBy: string; savedAt: string },
): number {
  const row = db
    .prepare(
      `INSERT INTO agency_summaries (case_id, organisation_id, data, source, document_id, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (case_id, organisation_id) DO UPDATE SET data = excluded.data, source = excluded.source, document_id = excluded.document_id,
         saved_by = excluded.saved_by, saved_at = excluded.saved_at
       RETURNING id`,
    )
    .get(caseId, organisationId, JSON.stringify(summary.form), summary.source, summary.documentId, summary.savedBy, summary.savedAt) as { id: number };
  return row.id;
}

export function rateSummary(db: Db, id: number, rating: { rating: QualityRating; note: string; ratedBy: string; ratedAt: string }): void {
  db.prepare('UPDATE agency_summaries SET rating = ?, rating_note = ?, rated_by = ?, rated_at = ? WHERE id = ?').run(rating.rating, rating.note, rating.ratedBy, rating.ratedAt, id);
}
