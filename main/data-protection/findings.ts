/** What a data-protection search found: each place a record, a field or a document names the subject. */
import type { DataProtectionPlace } from '../../shared/ipc/data-protection-calls.ts';
import type { Db } from '../store/open-database.ts';

/** A file kept in the store, for the export's zip: a case document or a file a task brought in. */
export interface FileRef {
  readonly kind: 'document' | 'task-file';
  readonly id: number;
  readonly name: string;
}

export interface Finding {
  readonly place: DataProtectionPlace;
  /** The case it belongs to, if any. */
  readonly caseId: number | null;
  /** Where exactly, in words: "Request for information to Housing, sent 2025-11-05 — recipient". */
  readonly where: string;
  /** What matched, as written there, and which of their names it is. */
  readonly matched: string;
  /** The text, or the words around each mention in a long one. */
  readonly text: string;
  /** The file that names them, when the finding is a file's text or its name. */
  readonly file?: FileRef;
}

export interface CaseInfo {
  readonly id: number;
  readonly reference: string;
  readonly kind: string;
  readonly stage: string;
  readonly open: boolean;
}

/** A file whose text could not be searched, on a case where they appear. */
export interface NotRead {
  readonly caseId: number | null;
  readonly what: string;
  readonly why: string;
}

export interface SecuredSet {
  readonly caseId: number;
  readonly agency: string;
  readonly representative: string;
  readonly state: string;
  readonly files: number;
}

export function readCases(db: Db): Map<number, CaseInfo> {
  const rows = db.prepare('SELECT id, reference, kind, stage, closed_on FROM cases ORDER BY id').all() as { id: number; reference: string; kind: string; stage: string; closed_on: string | null }[];
  return new Map(rows.map((row) => [row.id, { id: row.id, reference: row.reference, kind: row.kind, stage: row.stage, open: row.closed_on === null }]));
}

/**
 * Called between pages of a long search: lets the app answer other calls, and throws if the
 * session locked meanwhile (its connection is then closed), so the search stops there.
 */
export type Pace = () => Promise<void>;
