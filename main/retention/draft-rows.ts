/**
 * Deleting a case's drafts from the store: its draft report versions (the last version stays)
 * and the draft copies kept among its documents, with their chunks. Call inside the store change.
 */
import type { Db } from '../store/open-database.ts';
import type { DraftsInStore } from './drafts-in-store.ts';

/** The rows removed by table, leaving out tables that held none. */
export function deleteDraftRows(db: Db, caseId: number, drafts: DraftsInStore): Record<string, number> {
  const versions = JSON.stringify(drafts.draftVersions);
  const documents = JSON.stringify(drafts.documentIds);
  const removed: Record<string, number> = {
    report_versions: db.prepare('DELETE FROM report_versions WHERE case_id = ? AND version IN (SELECT value FROM json_each(?))').run(caseId, versions).changes,
    case_document_chunks: db.prepare('DELETE FROM case_document_chunks WHERE document_id IN (SELECT value FROM json_each(?))').run(documents).changes,
    case_documents: db.prepare('DELETE FROM case_documents WHERE case_id = ? AND id IN (SELECT value FROM json_each(?))').run(caseId, documents).changes,
  };
  return Object.fromEntries(Object.entries(removed).filter(([, count]) => count > 0));
}
