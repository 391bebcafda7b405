/**
 * The redacted draft to an agency's install as a sealed bundle. The draft is made through the
 * same pipeline as a file (redaction, the undecided check, the last gate), kept as a case
 * document (the exchange's draft flow sends a case document, against the agency's
 * factual-accuracy record, which that flow finds or opens), and entered in the distribution
 * register in the same transaction that logs the bundle as sent — so the register never shows a
 * draft that did not go.
 *
 * Everything the draft flow would refuse (the contact, the agency, the reply-by date, the right
 * to send) is checked before the draft is rendered, so a refusal leaves no document behind.
 */
import { AppError } from '../../shared/errors.ts';
import type { z } from 'zod';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import type { recipientInput } from '../../shared/reports/distribution.ts';
import { caseToChange } from '../evidence/evidence-access.ts';
import { contactName, trustedContact } from '../exchange/contacts.ts';
import type { Outgoing } from '../exchange/flow.ts';
import { sameOrganisation } from '../exchange/flows/request-files.ts';
import { buildSend } from '../exchange/send.ts';
import { sha256Of } from '../reviews/documents.ts';
import type { Session } from '../security/session.ts';
import { insertDocument } from '../store/repositories/case-documents.ts';
import { exportFileName } from './export-file-name.ts';
import { MEDIA_TYPES, recordExport, renderChecked, type ExportRequest } from './export-pipeline.ts';
import { reportToWrite } from './report-access.ts';
import { insertDistribution } from './report-data.ts';

export interface SendDraftInput {
  readonly reference: string;
  readonly to: number;
  readonly recipient: z.output<typeof recipientInput>;
  readonly replyBy: string | null;
}

function refuse(path: string, message: string): never {
  throw new AppError('INVALID_INPUT', `${message}.`, [{ path, message }]);
}

function checkBeforeRendering(session: Session, input: SendDraftInput): void {
  const to = trustedContact(session.store.db, input.to);
  const agency = input.recipient.agency.trim();
  if (!sameOrganisation(to.organisation, agency)) {
    refuse('to', `${contactName(to)} is ${to.organisation}, but this draft is for ${agency}. A draft goes only to the agency it is for: choose an install of ${agency}, or add one as a contact first`);
  }
  if (input.replyBy !== null && input.replyBy < todayInLondon()) refuse('replyBy', 'Enter a reply-by date that is today or later');
}

/** Renders the draft for the recipient, keeps it as a case document, and builds the draft bundle through the exchange's draft flow. */
export async function buildRedactedDraftBundle(session: Session, input: SendDraftInput): Promise<Outgoing> {
  const { caseId, reference } = reportToWrite(session, input.reference, 'send the redacted draft');
  // The exchange's draft flow sends on behalf of the case, which needs the right to change it.
  caseToChange(session, reference, 'send drafts for factual accuracy');
  checkBeforeRendering(session, input);
  const recipient = input.recipient;
  const request: ExportRequest = { caseId, reference, kind: 'draft', format: 'pdf', recipient: recipient.recipient, acceptDetected: false };
  const checked = await renderChecked(session.store.db, request);
  const version = checked.version!;
  const content = Buffer.from(checked.bytes.buffer, checked.bytes.byteOffset, checked.bytes.byteLength);
  const documentId = session.store.change((db, audit) => {
    recordExport(db, audit, session.userId, request, checked, 'bundle');
    const sha256 = sha256Of(content);
    const id = insertDocument(db, caseId, {
      name: exportFileName(reference, 'draft', 'pdf', { version, agency: recipient.agency }),
      mediaType: MEDIA_TYPES.pdf,
      note: `Redacted draft, version ${version}, for ${recipient.recipient} (${recipient.agency}), for factual accuracy.`,
      sha256,
      content,
      addedBy: session.userId,
      addedAt: new Date().toISOString(),
    });
    audit({ actorId: session.userId, action: 'document.added', recordType: 'case', recordId: caseId, details: { documentId: id, sha256, size: content.length, via: 'redacted-draft' } });
    return id;
  });
  const outgoing = await buildSend(session, { kind: 'draft', reference, to: input.to, documentId, agency: recipient.agency, replyBy: input.replyBy, mayForward: recipient.mayForward, note: '' });
  return {
    ...outgoing,
    afterSent(db, audit, bundleId) {
      outgoing.afterSent?.(db, audit, bundleId);
      const distributionId = insertDistribution(db, caseId, {
        version,
        recipient: recipient.recipient,
        agency: recipient.agency,
        via: 'bundle',
        bundleId,
        mayForward: recipient.mayForward,
        sentBy: session.userId,
        sentAt: recipient.sentOn ?? new Date().toISOString(),
      });
      audit({ actorId: session.userId, action: 'report.draft-distributed', recordType: 'case', recordId: caseId, details: { distributionId, version, agency: recipient.agency, via: 'bundle', bundleId, mayForward: recipient.mayForward } });
    },
  };
}
