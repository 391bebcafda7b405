/**
 * The records of one type on a case, with their data read through the type's schema: main sends
 * data as a plain object (RecordView.data), and the forms and summaries want it typed.
 */
import type { CaseView } from '../../../shared/ipc/case-calls.ts';
import { RECORD_SCHEMAS, type RecordData, type RecordType, type RecordView } from '../../../shared/reviews/records.ts';

export interface TypedRecord<T extends RecordType> {
  readonly record: RecordView;
  readonly data: RecordData<T>;
}

export function recordsOfType<T extends RecordType>(view: CaseView, type: T): TypedRecord<T>[] {
  const schema = RECORD_SCHEMAS[type];
  const found: TypedRecord<T>[] = [];
  for (const record of view.records) {
    if (record.type !== type) continue;
    const parsed = schema.safeParse(record.data);
    // A record main wrote under an older schema still shows; the section lists only what it can read.
    if (parsed.success) found.push({ record, data: parsed.data as RecordData<T> });
  }
  return found;
}

/** The one record of a singleton type (screening, publication …), if it has been entered. */
export function singleRecord<T extends RecordType>(view: CaseView, type: T): TypedRecord<T> | null {
  return recordsOfType(view, type)[0] ?? null;
}
