/**
 * The drafts rule, worked out on the day: each ended review with drafts still in this store, or
 * with copies sent out whose recipients have not yet confirmed deleting them. A copy outside the
 * store cannot be deleted by the app; the Business Unit records each confirmation in the case's
 * distribution register, and this list shows who has and who has not.
 */
import type { DraftsDue } from '../../shared/retention/retention-view.ts';
import type { Db } from '../store/open-database.ts';
import { listDistributions } from '../store/repositories/report-distributions.ts';
import { draftsInStore } from './drafts-in-store.ts';
import { endedReviews, type EndedReview } from './review-end.ts';

export function draftsOf(db: Db, ended: EndedReview): DraftsDue {
  const inStore = draftsInStore(db, ended.caseId, ended.reference);
  const copies = listDistributions(db, ended.caseId)
    .map((copy) => ({ version: copy.version, recipient: copy.recipient, agency: copy.agency, via: copy.via, sentAt: copy.sentAt, deletionConfirmedOn: copy.deletionConfirmedOn }))
    .reverse();
  return {
    reference: ended.reference,
    reviewEndedOn: ended.endedOn,
    endedBy: ended.endedBy,
    draftVersions: inStore.draftVersions,
    keptVersion: inStore.keptVersion,
    draftDocuments: inStore.documentIds.length,
    draftDocumentBytes: inStore.documentBytes,
    copies,
  };
}

/** Whether the store still holds drafts of the case to delete. */
export function holdsDrafts(due: DraftsDue): boolean {
  return due.draftVersions.length > 0 || due.draftDocuments > 0;
}

export function draftsDue(db: Db, today: string): DraftsDue[] {
  return endedReviews(db, today)
    .map((ended) => draftsOf(db, ended))
    .filter((due) => holdsDrafts(due) || due.copies.some((copy) => copy.deletionConfirmedOn === null));
}
