/**
 * Who may export a case's action plan assurance report. The report is the Business Unit's tool
 * for monitoring the plan and the partnership's for scrutinising it, so reading the case is not
 * enough: it needs the right to change the case (the Business Unit) or the right to read every
 * case, partnership-wide (the Independent Scrutineer and the screening panel's statutory
 * partners). Someone who reads the case only through an assignment to it (its lead reviewer, a
 * review group member, an agency's representative or contributor) sees the plan on screen but
 * does not take the report away. An administrator, who reads no case, is refused.
 */
import type { CaseInHand } from '../evidence/evidence-access.ts';
import type { Session } from '../security/session.ts';
import { caseSummaryById, requireCaseId } from '../store/repositories/cases.ts';

export const EXPORT_CASE_ASSURANCE = 'export this case’s action plan assurance report';

export function caseForAssurance(session: Session, reference: string): CaseInHand {
  const db = session.store.db;
  const caseId = requireCaseId(db, reference);
  // With no case named, cases.read is granted only by a partnership-wide role (shared/roles.ts).
  const readsEveryCase = session.can('cases.read');
  if (!readsEveryCase) session.authorise('cases.edit', EXPORT_CASE_ASSURANCE, { caseId });
  return { caseId, reference: caseSummaryById(db, caseId).reference };
}
