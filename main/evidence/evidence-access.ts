/**
 * Who may do what with a case's agency evidence. Reading it (the screens, letters, templates,
 * exports and previews) needs the right to read the case; every change needs the right to
 * change it. Checked here, in main, for every call, since the contract's own check is only
 * "signed in": the case is not known until its reference is looked up.
 */
import type { Session } from '../security/session.ts';
import { caseSummaryById, requireCaseId } from '../store/repositories/cases.ts';

export interface CaseInHand {
  readonly caseId: number;
  /** The case's reference as the store spells it, for file names and messages. */
  readonly reference: string;
}

function caseInHand(session: Session, reference: string, permission: 'cases.read' | 'cases.edit', action: string): CaseInHand {
  const db = session.store.db;
  const caseId = requireCaseId(db, reference);
  session.authorise(permission, action, { caseId });
  return { caseId, reference: caseSummaryById(db, caseId).reference };
}

/** The case, for someone allowed to read it; refused (and the refusal audited) otherwise. */
export function caseToRead(session: Session, reference: string, action: string): CaseInHand {
  return caseInHand(session, reference, 'cases.read', action);
}

/** The case, for someone allowed to change it; refused (and the refusal audited) otherwise. */
export function caseToChange(session: Session, reference: string, action: string): CaseInHand {
  return caseInHand(session, reference, 'cases.edit', action);
}
