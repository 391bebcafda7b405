/** A case's 7-minute briefing (JSON of `briefingContent`) and the references of other reviews it covers. */
import type { Db } from '../open-database.ts';

export interface StoredBriefing {
  readonly content: string;
  /** JSON array of case references, as the store spells them. */
  readonly covers: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export function findBriefing(db: Db, caseId: number): StoredBriefing | undefined {
  return db
    .prepare(`SELECT b.content, b.covers, coalesce(u.name, 'a former user') AS updatedBy, b.updated_at AS updatedAt FROM report_briefings b LEFT JOIN users u ON u.id = b.updated_by WHERE b.case_id = ?`)
    .get(caseId) as StoredBriefing | undefined;
}

export function upsertBriefing(db: Db, caseId: number, row: { content: string; covers: string; updatedBy: string; updatedAt: string }): void {
  db.prepare(
    `INSERT INTO report_briefings (case_id, content, covers, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET content = excluded.content, covers = excluded.covers, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(caseId, row.content, row.covers, row.updatedBy, row.updatedAt);
}
