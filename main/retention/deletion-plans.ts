/**
 * What one deletion under each deleting rule takes, checked on the day inside the change itself
 * (never trusting the screen's copy of the list): whether it is due, which audit events' details
 * go with it, and the rows to delete.
 */
import { AppError } from '../../shared/errors.ts';
import { closedCaseDueOn, type DeletingRule } from '../../shared/retention/retention-rules.ts';
import { dateInWords } from '../exports/pdf/date-words.ts';
import type { Db } from '../store/open-database.ts';
import { deleteCaseRows } from './case-rows.ts';
import { caseEventsWithDetails, draftEventsWithDetails } from './case-events.ts';
import { closedCaseYears } from './closed-case-period.ts';
import { closedCaseDue } from './closed-cases-due.ts';
import { deleteDraftRows } from './draft-rows.ts';
import { draftsInStore } from './drafts-in-store.ts';
import { endedReview } from './review-end.ts';

export interface DeletionPlan {
  /** How the retention record names what went. */
  readonly recordType: string;
  /** Events to erase, in chain order; read before any row goes. */
  readonly events: readonly number[];
  /** Deletes the rows; the rows removed by table. */
  readonly deleteRows: () => Record<string, number>;
}

export interface CaseInHand {
  readonly caseId: number;
  readonly reference: string;
}

const NOTHING = 'Nothing was deleted.';

function draftsPlan(db: Db, inHand: CaseInHand, today: string): DeletionPlan {
  if (endedReview(db, inHand.caseId, today) === null) {
    throw new AppError('CONFLICT', `Case ${inHand.reference}’s review has not ended: its drafts are deleted once its report is published or the case closes. ${NOTHING}`);
  }
  const drafts = draftsInStore(db, inHand.caseId, inHand.reference);
  if (drafts.draftVersions.length === 0 && drafts.documentIds.length === 0) {
    throw new AppError('CONFLICT', `This store holds no drafts of case ${inHand.reference} to delete: they may have been deleted already. Refresh the page. ${NOTHING}`);
  }
  return {
    recordType: 'report-drafts',
    events: draftEventsWithDetails(db, inHand.caseId, drafts.draftVersions, drafts.documentIds),
    deleteRows: () => deleteDraftRows(db, inHand.caseId, drafts),
  };
}

function notDueReason(db: Db, inHand: CaseInHand): string {
  const years = closedCaseYears(db);
  if (years === null) return `No retention period for closed cases is set, so case ${inHand.reference} is not due for deletion.`;
  const { closedOn } = db.prepare('SELECT closed_on AS closedOn FROM cases WHERE id = ?').get(inHand.caseId) as { closedOn: string | null };
  if (closedOn === null) return `Case ${inHand.reference} is not closed: only a closed case can fall due for deletion.`;
  return `Case ${inHand.reference} closed on ${dateInWords(closedOn)} and is kept until ${dateInWords(closedCaseDueOn(closedOn, years))}, ${years} ${years === 1 ? 'year' : 'years'} after it closed.`;
}

function closedCasePlan(db: Db, inHand: CaseInHand, today: string): DeletionPlan {
  const due = closedCaseDue(db, inHand.caseId, today);
  if (due === null) throw new AppError('CONFLICT', `${notDueReason(db, inHand)} ${NOTHING}`);
  if (due.blockers.length > 0) throw new AppError('CONFLICT', `Case ${inHand.reference} cannot be deleted yet. ${due.blockers.join(' ')} ${NOTHING}`);
  return {
    recordType: 'case',
    events: caseEventsWithDetails(db, inHand.caseId),
    deleteRows: () => deleteCaseRows(db, inHand.caseId),
  };
}

/** Refuses, with the reason, what is not due under the rule on `today`. */
export function planDeletion(db: Db, rule: DeletingRule, inHand: CaseInHand, today: string): DeletionPlan {
  return rule === 'review-drafts' ? draftsPlan(db, inHand, today) : closedCasePlan(db, inHand, today);
}

