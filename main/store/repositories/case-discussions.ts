/** The case discussion's record, one per case, as one JSON document (shared/reports/discussion.ts). */
import type { Db } from '../open-database.ts';

export interface StoredDiscussion {
  readonly content: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export function findDiscussion(db: Db, caseId: number): StoredDiscussion | undefined {
  return db
    .prepare(`SELECT d.content, coalesce(u.name, 'a former user') AS updatedBy, d.updated_at AS updatedAt FROM case_discussions d LEFT JOIN users u ON u.id = d.updated_by WHERE d.case_id = ?`)
    .get(caseId) as StoredDiscussion | undefined;
}

export function upsertDiscussion(db: Db, caseId: number, row: { content: string; updatedBy: string; updatedAt: string }): void {
  db.prepare(
    `INSERT INTO case_discussions (case_id, content, updated_by, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET content = excluded.content, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(caseId, row.content, row.updatedBy, row.updatedAt);
}
