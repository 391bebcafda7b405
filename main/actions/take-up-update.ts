/**
 * An agency's update that came back in a bundle, taken up into the action plan: the exchange
 * keeps each update as it came, and the Business Unit decides when to apply it. Its status is
 * applied (an agency's "overdue" becomes "in progress", since overdue is worked out on the day,
 * not kept; "complete" is dated the day the update was received, unless the action was complete
 * already), its evidence text replaces the action's when it has some, and its files (kept in
 * the case's documents when the bundle was imported) are linked to the action. Once only.
 */
import { PLAN_STATUSES, type ActionPlanView, type PlanStatus } from '../../shared/actions/action-plan.ts';
import { AppError } from '../../shared/errors.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { dateInWords } from '../exports/pdf/date-words.ts';
import type { Session } from '../security/session.ts';
import { findUpdateForPlan, markTakenUp, type UpdateForPlan } from '../store/repositories/action-updates-taken-up.ts';
import { findDocument } from '../store/repositories/case-documents.ts';
import { linkEvidence } from '../store/repositories/plan-action-evidence.ts';
import { findActionByUid, updateActionProgress } from '../store/repositories/plan-actions.ts';
import { planToChange } from './action-access.ts';
import { buildActionPlanView } from './action-plan-view.ts';

/** The plan's status for the one an agency sent; null for one this version does not know. */
export function planStatusOf(sent: string): PlanStatus | null {
  if (sent === 'overdue') return 'in-progress';
  return (PLAN_STATUSES as readonly string[]).includes(sent) ? (sent as PlanStatus) : null;
}

function refused(code: 'NOT_FOUND' | 'CONFLICT', message: string): AppError {
  return new AppError(code, message, [{ path: 'updateId', message }]);
}

function receivedOn(update: UpdateForPlan): string {
  return todayInLondon(new Date(update.receivedAt));
}

export function takeUpUpdate(session: Session, reference: string, updateId: number): ActionPlanView {
  const inHand = planToChange(session, reference, 'record progress on this case’s actions');
  session.store.change((db, audit) => {
    const update = findUpdateForPlan(db, inHand.caseId, updateId);
    if (update === undefined) throw refused('NOT_FOUND', `Case ${inHand.reference} has no update ${updateId} from an agency. Reload the action plan and choose one of its updates.`);
    if (update.takenUpAt !== null) throw refused('CONFLICT', `${update.agency}’s update received on ${dateInWords(receivedOn(update))} has already been taken up into the action plan.`);
    const action = findActionByUid(db, inHand.caseId, update.actionUid);
    if (action === undefined) {
      throw refused('NOT_FOUND', `${update.agency}’s update received on ${dateInWords(receivedOn(update))} is about an action that is no longer in case ${inHand.reference}’s action plan, so it cannot be taken up. Record the progress on the right action by hand.`);
    }
    const status = planStatusOf(update.status);
    if (status === null) throw refused('CONFLICT', `${update.agency}’s update gives the status “${update.status}”, which this version does not know. Record the progress by hand.`);
    const evidence = update.evidence.trim() === '' ? action.evidence : update.evidence.trim();
    const now = new Date().toISOString();
    updateActionProgress(
      db,
      inHand.caseId,
      action.id,
      { status, completedOn: status === 'complete' ? (action.completedOn ?? receivedOn(update)) : null, evidence, evidenceAcceptedOn: action.evidenceAcceptedOn },
      session.userId,
      now,
    );
    // The files were kept in this case's documents when the bundle was imported; a file since lost is not linked.
    const linked = update.documentIds.filter((documentId) => findDocument(db, inHand.caseId, documentId) !== undefined && linkEvidence(db, action.id, documentId)).length;
    if (!markTakenUp(db, update.id, session.userId, now)) throw refused('CONFLICT', 'This update has just been taken up by someone else.');
    audit({
      actorId: session.userId,
      action: 'action-plan.update-taken-up',
      recordType: 'case',
      recordId: inHand.caseId,
      details: { updateId: update.id, actionId: action.id, organisationId: update.organisationId, from: action.status, status, evidenceFiles: linked },
    });
  });
  return buildActionPlanView(session, inHand);
}
