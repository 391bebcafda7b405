/**
 * Who may see and change a case's action plan: reading it needs the right to read the case,
 * every change the right to change it. Checked here, in main, for every call, since the
 * contract's own check is only "signed in": the case is not known until its reference is looked up.
 */
import { caseToChange, caseToRead, type CaseInHand } from '../evidence/evidence-access.ts';
import type { Session } from '../security/session.ts';

export function planToRead(session: Session, reference: string): CaseInHand {
  return caseToRead(session, reference, 'see this case’s action plan');
}

export function planToChange(session: Session, reference: string, action = 'change this case’s action plan'): CaseInHand {
  return caseToChange(session, reference, action);
}
