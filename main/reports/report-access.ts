/**
 * Who may read and who may write a case's report. Reading (the Report section, previews) needs
 * the right to read the case; writing, deciding redactions and exporting need reports.write on
 * it: the Business Unit, or the lead reviewer assigned to that case. Checked here for every call,
 * since the contract's own check is only "signed in": the case is not known until its reference
 * is looked up.
 */
import type { Permission } from '../../shared/roles.ts';
import type { CaseInHand } from '../evidence/evidence-access.ts';
import type { Session } from '../security/session.ts';
import { caseSummaryById, requireCaseId } from '../store/repositories/cases.ts';

function reportCase(session: Session, reference: string, permission: Permission, action: string): CaseInHand {
  const db = session.store.db;
  const caseId = requireCaseId(db, reference);
  session.authorise(permission, action, { caseId });
  return { caseId, reference: caseSummaryById(db, caseId).reference };
}

/** cases.read for the case; refused and audited otherwise. */
export function reportToRead(session: Session, reference: string, action: string): CaseInHand {
  return reportCase(session, reference, 'cases.read', action);
}

/** reports.write for the case (Business Unit, the case's lead reviewer); refused and audited otherwise. */
export function reportToWrite(session: Session, reference: string, action: string): CaseInHand {
  return reportCase(session, reference, 'reports.write', action);
}
