/** PLACEHOLDER (helper D): who may read and who may write a case's report. */
import type { CaseInHand } from '../evidence/evidence-access.ts';
import type { Session } from '../security/session.ts';

/** cases.read for the case; refused and audited otherwise. */
export function reportToRead(_session: Session, _reference: string, _action: string): CaseInHand {
  throw new Error('not built yet');
}

/** reports.write for the case (Business Unit, the case's lead reviewer); refused and audited otherwise. */
export function reportToWrite(_session: Session, _reference: string, _action: string): CaseInHand {
  throw new Error('not built yet');
}
