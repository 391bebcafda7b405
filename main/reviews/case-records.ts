/** NOT BUILT YET: placeholder so the project compiles while this module is written. */
import type { CaseView } from '../../shared/ipc/case-calls.ts';
import type { RecordSave } from '../../shared/reviews/records.ts';
import type { Session } from '../security/session.ts';

export function saveRecord(_session: Session, _reference: string, _id: number | null, _record: RecordSave): CaseView {
  throw new Error('not built yet');
}

export function removeRecord(_session: Session, _reference: string, _id: number): CaseView {
  throw new Error('not built yet');
}
