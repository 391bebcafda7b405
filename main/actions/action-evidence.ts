/**
 * A file of evidence of impact attached to an action: kept in the case's documents (never in an
 * agency's secured set, which the Business Unit cannot open), with the SHA-256 taken at intake
 * as every case document is, and linked to the action. The same limits as any case document.
 */
import type { ActionPlanView } from '../../shared/actions/action-plan.ts';
import { AppError } from '../../shared/errors.ts';
import { MAX_DOCUMENT_BYTES } from '../../shared/ipc/case-calls.ts';
import { actionName } from '../exchange/flows/actions-words.ts';
import { sha256Of, sniffMediaType } from '../reviews/documents.ts';
import type { Session } from '../security/session.ts';
import { insertDocument } from '../store/repositories/case-documents.ts';
import { linkEvidence } from '../store/repositories/plan-action-evidence.ts';
import { touchAction } from '../store/repositories/plan-actions.ts';
import { planToChange } from './action-access.ts';
import { buildActionPlanView } from './action-plan-view.ts';
import { requirePlanAction } from './plan-lookups.ts';

export interface EvidenceFile {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

function refusedFile(message: string, path: string): AppError {
  return new AppError('INVALID_INPUT', message, [{ path, message }]);
}

export function attachEvidence(session: Session, reference: string, id: number, file: EvidenceFile): ActionPlanView {
  const inHand = planToChange(session, reference, 'add evidence to this case’s actions');
  const name = file.name.trim();
  if (name === '') throw refusedFile('Choose a file', 'name');
  if (name.length > 255) throw refusedFile('The file name must be at most 255 characters', 'name');
  if (file.bytes.length === 0) throw refusedFile('Choose a file that is not empty', 'contentBase64');
  if (file.bytes.length > MAX_DOCUMENT_BYTES) throw refusedFile('The file is larger than 50 MB', 'contentBase64');
  const content = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  const sha256 = sha256Of(content);
  session.store.change((db, audit) => {
    const action = requirePlanAction(db, inHand.caseId, inHand.reference, id);
    const now = new Date().toISOString();
    const documentId = insertDocument(db, inHand.caseId, {
      name,
      mediaType: sniffMediaType(content, file.mediaType),
      note: `Evidence of impact for the action ${actionName(action.what)} (${action.agency})`,
      sha256,
      content,
      addedBy: session.userId,
      addedAt: now,
    });
    linkEvidence(db, action.id, documentId);
    touchAction(db, action.id, session.userId, now);
    audit({ actorId: session.userId, action: 'document.added', recordType: 'case', recordId: inHand.caseId, details: { documentId, sha256, size: content.length } });
    audit({ actorId: session.userId, action: 'action-plan.evidence-attached', recordType: 'case', recordId: inHand.caseId, details: { actionId: action.id, documentId } });
  });
  return buildActionPlanView(session, inHand);
}
