/**
 * An action as the screens show it, from its stored row: its evidence files, and whether it is
 * overdue, which is worked out on the day rather than kept (an action becomes overdue at
 * midnight without anyone changing it).
 */
import { CLOSED_STATUSES, type ActionView, type EvidenceFileView, type PlanStatus } from '../../shared/actions/action-plan.ts';
import type { StoredAction } from '../store/repositories/plan-actions.ts';

/** Open (not complete, still needed) and due before today. */
export function isOverdue(status: PlanStatus, dueOn: string, today: string): boolean {
  return !CLOSED_STATUSES.includes(status) && dueOn < today;
}

// One formatter for every file, as todayInLondon's own: building one per file costs more than the
// rest of a row when thousands of actions are listed.
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** A kept file as the action shows it: added on the day it was added, in London. */
export function evidenceFile(documentId: number, name: string, size: number, addedAt: string): EvidenceFileView {
  return { documentId, name, size, addedOn: LONDON_DAY.format(new Date(addedAt)) };
}

export function actionView(action: StoredAction, files: readonly EvidenceFileView[], today: string): ActionView {
  return {
    id: action.id,
    uid: action.uid,
    recommendationId: action.recommendationId,
    what: action.what,
    agency: action.agency,
    responsiblePerson: action.responsiblePerson,
    dueOn: action.dueOn,
    intendedOutcome: action.intendedOutcome,
    status: action.status,
    completedOn: action.completedOn,
    evidence: action.evidence,
    evidenceFiles: [...files],
    evidenceAcceptedOn: action.evidenceAcceptedOn,
    overdue: isOverdue(action.status, action.dueOn, today),
    updatedAt: action.updatedAt,
  };
}
