/**
 * A case's drafts as this store holds them: every saved version of the report but the last
 * (which stays as the final report), and the redacted drafts kept among the case's documents
 * because they went to an agency as a bundle (main/reports/send-draft.ts keeps each one under the
 * name exportFileName gives it, so the distribution register names exactly which documents are
 * draft copies). A draft exported as a file was never kept here: only its recipient can delete it.
 */
import type { Db } from '../store/open-database.ts';
import { exportFileName } from '../reports/export-file-name.ts';

export interface DraftsInStore {
  readonly draftVersions: number[];
  readonly keptVersion: number | null;
  readonly documentIds: number[];
  readonly documentBytes: number;
}

/**
 * The distribution register's bundles name the documents sent; a document another record still
 * relies on (an agency's summary, a chronology return, an action's evidence) is not a draft copy.
 */
function draftDocuments(db: Db, caseId: number, reference: string): { id: number; size: number }[] {
  const sent = db.prepare(`SELECT DISTINCT version, agency FROM report_distributions WHERE case_id = ? AND via = 'bundle'`).all(caseId) as { version: number; agency: string }[];
  const names = [...new Set(sent.map((row) => exportFileName(reference, 'draft', 'pdf', { version: row.version, agency: row.agency })))];
  if (names.length === 0) return [];
  return db
    .prepare(
      `SELECT d.id, d.size FROM case_documents d
       WHERE d.case_id = ? AND d.media_type = 'application/pdf' AND d.name IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM agency_summaries s WHERE s.document_id = d.id)
         AND NOT EXISTS (SELECT 1 FROM chronology_returns r WHERE r.document_id = d.id)
         AND NOT EXISTS (SELECT 1 FROM plan_action_evidence e WHERE e.document_id = d.id)
       ORDER BY d.id`,
    )
    .all(caseId, JSON.stringify(names)) as { id: number; size: number }[];
}

export function draftsInStore(db: Db, caseId: number, reference: string): DraftsInStore {
  const versions = (db.prepare('SELECT version FROM report_versions WHERE case_id = ? ORDER BY version').all(caseId) as { version: number }[]).map((row) => row.version);
  const documents = draftDocuments(db, caseId, reference);
  return {
    draftVersions: versions.slice(0, -1),
    keptVersion: versions.at(-1) ?? null,
    documentIds: documents.map((document) => document.id),
    documentBytes: documents.reduce((total, document) => total + document.size, 0),
  };
}
