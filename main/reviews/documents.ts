/** NOT BUILT YET: placeholder so the project compiles while this module is written. */
import type { CaseView } from '../../shared/ipc/case-calls.ts';
import type { Session } from '../security/session.ts';

export function addDocument(_session: Session, _reference: string, _file: { name: string; mediaType: string; note: string; content: Buffer }): CaseView {
  throw new Error('not built yet');
}

export function readDocument(_session: Session, _reference: string, _id: number): { name: string; mediaType: string; content: Buffer } {
  throw new Error('not built yet');
}
