/**
 * Who may see and change learning. A case's learning (its themes, repeat incidents, family
 * feedback) is part of the case: reading it needs the right to read the case, changing it the
 * right to change it. The partnership's lists (themes, events) need learning.manage to change.
 * Checked here, in main, because the contract's own check for case calls is only "signed in".
 */
import { grants } from '../../shared/roles.ts';
import { caseToChange, caseToRead, type CaseInHand } from '../evidence/evidence-access.ts';
import type { Session } from '../security/session.ts';

export type { CaseInHand };

export function caseLearningToRead(session: Session, reference: string): CaseInHand {
  return caseToRead(session, reference, 'see this case’s learning');
}

export function caseLearningToChange(session: Session, reference: string, action: string): CaseInHand {
  return caseToChange(session, reference, action);
}

/** Refuses, and records the refusal, unless this person may manage the partnership's learning. */
export function authoriseLearningManagement(session: Session, action: string): void {
  session.authorise('learning.manage', action);
}

/**
 * Which cases this person may read, decided from their assignments read once: a list across
 * many cases would otherwise read the user and their assignments again for each case.
 */
export function readableCases(session: Session): (caseId: number) => boolean {
  if (session.user.status !== 'active') return () => false;
  const assignments = session.assignments();
  if (grants(assignments, 'cases.read')) return () => true;
  return (caseId) => grants(assignments, 'cases.read', { caseId });
}
