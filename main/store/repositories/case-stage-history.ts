/** The stages a case has been through, in order: a converted rapid review keeps its earlier stages here. */
import type { CaseKind, CaseStage } from '../../../shared/case-kinds.ts';
import type { Db } from '../open-database.ts';

export interface StageHistoryEntry {
  readonly kind: CaseKind;
  readonly stage: CaseStage;
  readonly enteredOn: string;
  readonly enteredAt: string;
  /** Null for history the app wrote itself (a migration). */
  readonly enteredBy: string | null;
}

export function listStageHistory(db: Db, caseId: number): StageHistoryEntry[] {
  return db
    .prepare('SELECT kind, stage, entered_on AS enteredOn, entered_at AS enteredAt, entered_by AS enteredBy FROM case_stage_history WHERE case_id = ? ORDER BY id')
    .all(caseId) as StageHistoryEntry[];
}

export function appendStageHistory(db: Db, caseId: number, entry: StageHistoryEntry): void {
  db.prepare('INSERT INTO case_stage_history (case_id, kind, stage, entered_on, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?)').run(
    caseId,
    entry.kind,
    entry.stage,
    entry.enteredOn,
    entry.enteredAt,
    entry.enteredBy,
  );
}
