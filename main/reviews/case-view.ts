/** NOT BUILT YET: placeholder so the project compiles while this module is written. */
import type { CaseView } from '../../shared/ipc/case-calls.ts';
import type { Session } from '../security/session.ts';

export function readCase(_session: Session, _reference: string): CaseView {
  throw new Error('not built yet');
}
