/**
 * Deleting what a retention rule makes due, for good. The administrator types the case's
 * reference to confirm; then, in one change with its audit event, the rows go, the erasable
 * details of the audit events about them are erased under the rule's name (the events keep their
 * hashes, so the chain still verifies), and the retention record says what went, by table and
 * count. Outside the change the freed space goes back to the file system, and the app's log gets
 * one line of identifiers. The report names every backup made before the deletion, since each
 * may still hold what went until IT destroys it.
 */
import fs from 'node:fs';
import { AppError } from '../../shared/errors.ts';
import type { DeletingRule } from '../../shared/retention/retention-rules.ts';
import type { DeletionView } from '../../shared/retention/retention-view.ts';
import { eraseDetails } from '../security/audit-chain.ts';
import type { Session } from '../security/session.ts';
import type { OpenStore } from '../store/open-store.ts';
import { requireCaseId } from '../store/repositories/cases.ts';
import { insertDeletion } from '../store/repositories/retention-deletions.ts';
import { deletionById } from './deletion-history.ts';
import { planDeletion, type CaseInHand } from './deletion-plans.ts';
import { freeDeletedSpace, settledFileBytes } from './free-space.ts';

export interface DeletionRequest {
  readonly rule: DeletingRule;
  readonly reference: string;
  readonly confirmReference: string;
}

export interface DeletionOutcome {
  readonly deletion: DeletionView;
  readonly bytesBefore: number;
  readonly bytesAfter: number;
}

export interface DeletionOptions {
  readonly today: string;
  /** The app's log for IT (the Desktop's `log`): identifiers and counts only. */
  readonly log?: (message: string) => void;
  readonly now?: Date;
}

function caseInHand(session: Session, reference: string): CaseInHand {
  const db = session.store.db;
  const caseId = requireCaseId(db, reference);
  const row = db.prepare('SELECT reference FROM cases WHERE id = ?').get(caseId) as { reference: string };
  return { caseId, reference: row.reference };
}

function requireConfirmation(inHand: CaseInHand, typed: string): void {
  if (typed.trim().toLowerCase() === inHand.reference.toLowerCase()) return;
  const message = typed.trim() === '' ? `Type the case reference, ${inHand.reference}, to confirm` : `Type the case reference exactly as shown: ${inHand.reference}`;
  throw new AppError('INVALID_INPUT', `${message}. Nothing was deleted.`, [{ path: 'confirmReference', message }]);
}

export function deleteDue(session: Session, request: DeletionRequest, options: DeletionOptions): DeletionOutcome {
  session.authorise('store.retention', 'delete what the retention policy makes due');
  const inHand = caseInHand(session, request.reference);
  requireConfirmation(inHand, request.confirmReference);
  const store = session.store;
  const bytesBefore = settledFileBytes(store);
  const now = options.now ?? new Date();
  const id = store.change((db, audit) => {
    const plan = planDeletion(db, request.rule, inHand, options.today);
    const rowsDeleted = plan.deleteRows();
    for (const seq of plan.events) eraseDetails(db, seq, request.rule, now);
    const eventSeq = audit({
      actorId: session.userId,
      action: 'retention.deleted',
      recordType: 'case',
      recordId: inHand.caseId,
      details: { rule: request.rule, reference: inHand.reference, rows: rowsDeleted, detailsErased: plan.events.length },
    });
    return insertDeletion(db, {
      rule: request.rule,
      recordType: plan.recordType,
      recordId: String(inHand.caseId),
      caseId: inHand.caseId,
      caseReference: inHand.reference,
      deletedAt: now.toISOString(),
      deletedBy: session.userId,
      eventSeq,
      rowsDeleted,
      detailsErased: plan.events.length,
    });
  });
  const bytesAfter = spaceFreed(store, options.log);
  const deletion = deletionById(store.db, id);
  options.log?.(`retention.deleted rule=${request.rule} case=${inHand.caseId} deletion=${id} rows=${deletion.rows} details-erased=${deletion.detailsErased} bytes-before=${bytesBefore} bytes-after=${bytesAfter}`);
  return { deletion, bytesBefore, bytesAfter };
}

/**
 * The deletion has happened by now, so a failure to give the space back must not be reported as
 * a failed deletion: it is logged for IT, and the next deletion's vacuum frees the pages too.
 */
function spaceFreed(store: OpenStore, log: ((message: string) => void) | undefined): number {
  try {
    return freeDeletedSpace(store);
  } catch (error) {
    log?.(`retention.vacuum-failed error=${error instanceof Error ? error.name : 'unknown'}`);
    return fs.statSync(store.paths.database).size;
  }
}
