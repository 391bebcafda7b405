/**
 * Everything stored about one case, read in one go (for the guards, the clocks, the case view
 * and export-case), and the same written in one go (for import-case and the demo data).
 */
import type { CaseKind, CaseStage } from '../../shared/case-kinds.ts';
import type { StoredClock } from '../../shared/reviews/clock-status.ts';
import type { RecordData, RecordType } from '../../shared/reviews/records.ts';
import type { Db } from '../store/open-database.ts';
import { upsertClock, listClocks } from '../store/repositories/case-clocks.ts';
import { insertRecord, listRecords, replaceRecordData, type StoredRecord } from '../store/repositories/case-records.ts';
import { appendStageHistory, listStageHistory, type StageHistoryEntry } from '../store/repositories/case-stage-history.ts';
import { caseSummaryById, insertCase, type CaseSummary } from '../store/repositories/cases.ts';
import { listOrganisations, organisationByName } from '../store/repositories/organisations.ts';

export interface CaseState {
  readonly summary: CaseSummary;
  readonly records: readonly StoredRecord[];
  readonly history: readonly StageHistoryEntry[];
  readonly clocks: readonly StoredClock[];
}

export type TypedRecord<T extends RecordType> = StoredRecord & { readonly type: T; readonly data: RecordData<T> };

export function loadCaseState(db: Db, caseId: number): CaseState {
  return { summary: caseSummaryById(db, caseId), records: listRecords(db, caseId), history: listStageHistory(db, caseId), clocks: listClocks(db, caseId) };
}

/** The records of one type, typed by their schema (main validated each one when it was saved). */
export function recordsOf<T extends RecordType>(records: readonly StoredRecord[], type: T): TypedRecord<T>[] {
  return records.filter((record): record is TypedRecord<T> => record.type === type);
}

export function singleton<T extends RecordType>(records: readonly StoredRecord[], type: T): TypedRecord<T> | undefined {
  return recordsOf(records, type)[0];
}

/** A whole case to write: what import-case reads from a file and the demo data makes up. */
export interface CaseStateInput {
  readonly reference: string;
  readonly kind: CaseKind;
  readonly stage: CaseStage;
  readonly incidentDate: string | null;
  readonly referralDate: string;
  readonly closedOn: string | null;
  readonly stageEnteredOn: string;
  readonly createdAt: string;
  /** Organisation names, matched case-insensitively to the partnership's organisations. */
  readonly agencies: readonly string[];
  readonly history: readonly StageHistoryEntry[];
  /**
   * Each record's `id` is its id where it came from: endorsements name their meeting by it, and
   * the papers clocks their meeting, so both are renumbered to the ids given here.
   */
  readonly records: ReadonlyArray<{
    readonly id?: number;
    readonly type: RecordType;
    readonly data: Record<string, unknown>;
    readonly enteredBy: string;
    readonly enteredAt: string;
    readonly updatedBy?: string | null;
    readonly updatedAt?: string | null;
  }>;
  /** Stored clocks as they were (due dates kept); leave out to have the caller sync them from the records. */
  readonly clocks?: readonly StoredClock[];
}

/**
 * Writes a whole case. Call inside a store change (the caller audits); returns the new case id
 * and how the records' given ids map to their new ones.
 */
export function insertCaseState(db: Db, input: CaseStateInput): { caseId: number; recordIds: Map<number, number> } {
  const organisations = new Map(listOrganisations(db).map((organisation) => [organisation.name.toLowerCase(), organisation.id]));
  // organisationByName's refusal lists the names to choose from.
  const agencyIds = input.agencies.map((name) => organisations.get(name.trim().toLowerCase()) ?? organisationByName(db, name).id);
  const caseId = insertCase(
    db,
    {
      reference: input.reference,
      kind: input.kind,
      stage: input.stage,
      incidentDate: input.incidentDate,
      referralDate: input.referralDate,
      agencyIds,
      closedOn: input.closedOn,
      stageEnteredOn: input.stageEnteredOn,
    },
    input.createdAt,
  );
  for (const entry of input.history) appendStageHistory(db, caseId, entry);
  const recordIds = new Map<number, number>();
  const endorsements: Array<{ id: number; data: Record<string, unknown> }> = [];
  for (const record of input.records) {
    const id = insertRecord(db, { caseId, type: record.type, data: record.data, enteredBy: record.enteredBy, enteredAt: record.enteredAt, updatedBy: record.updatedBy ?? null, updatedAt: record.updatedAt ?? null });
    if (record.id !== undefined) recordIds.set(record.id, id);
    if (record.type === 'endorsement') endorsements.push({ id, data: record.data });
  }
  // Once every meeting has its new id, each endorsement is pointed at its meeting's.
  for (const endorsement of endorsements) {
    const meetingId = endorsement.data.meetingId;
    if (typeof meetingId === 'number' && recordIds.has(meetingId)) replaceRecordData(db, endorsement.id, { ...endorsement.data, meetingId: recordIds.get(meetingId) });
  }
  for (const clock of input.clocks ?? []) {
    const meeting = /^meeting:(\d+)$/.exec(clock.subject);
    const subject = meeting === null ? clock.subject : `meeting:${recordIds.get(Number(meeting[1])) ?? meeting[1]}`;
    upsertClock(db, caseId, { ...clock, subject });
  }
  return { caseId, recordIds };
}
