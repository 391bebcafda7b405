/**
 * The log of bundles on this install and the audit events that go with it: a bundle made here is
 * logged and audited in the transaction that runs its flow's afterSent; a bundle taken in is
 * logged before its flow applies it (so a task it opens can point at its row) and completed with
 * what the flow did, in the same transaction.
 */
import type { BundleKind } from '../../shared/exchange/bundle.ts';
import type { Audit } from '../store/open-store.ts';
import type { Db } from '../store/open-database.ts';
import { completeReceivedRow, insertBundleRow } from '../store/repositories/exchange-bundles.ts';
import type { StoredContact } from '../store/repositories/exchange-contacts.ts';
import type { Applied } from './flow.ts';

/** Where the audit event sits: on the case when the bundle is about one, else on the bundle itself. */
function auditedRecord(caseId: number | null, bundleId: string): { recordType: string; recordId: string | number } {
  return caseId === null ? { recordType: 'bundle', recordId: bundleId } : { recordType: 'case', recordId: caseId };
}

export interface SentBundle {
  readonly bundleId: string;
  readonly kind: BundleKind;
  readonly to: StoredContact;
  readonly caseId: number | null;
  readonly caseReference: { readonly sender: string | null; readonly recipient: string | null };
  readonly inReplyTo: string | null;
  readonly subject: string | null;
  readonly sha256: string;
  readonly size: number;
  readonly items: number;
  readonly summary: readonly string[];
  /** The payload as checked against its schema: kept so a reply can be checked against what was sent. */
  readonly payload: unknown;
}

export function logSent(db: Db, audit: Audit, userId: string, sent: SentBundle): void {
  insertBundleRow(db, {
    bundleId: sent.bundleId,
    direction: 'sent',
    kind: sent.kind,
    contactId: sent.to.id,
    caseId: sent.caseId,
    ourReference: sent.caseReference.sender,
    theirReference: sent.caseReference.recipient,
    inReplyTo: sent.inReplyTo,
    subject: sent.subject,
    sha256: sent.sha256,
    size: sent.size,
    summary: sent.summary,
    sentPayload: sent.payload,
    byUser: userId,
    at: new Date().toISOString(),
  });
  audit({
    actorId: userId,
    action: 'exchange.bundle-sent',
    ...auditedRecord(sent.caseId, sent.bundleId),
    details: { bundleId: sent.bundleId, kind: sent.kind, to: sent.to.fingerprint, sha256: sent.sha256, items: sent.items },
  });
}

export interface ReceivedBundle {
  readonly bundleId: string;
  readonly kind: BundleKind;
  readonly from: StoredContact;
  readonly theirReference: string | null;
  readonly inReplyTo: string | null;
  readonly sha256: string;
  readonly size: number;
}

/** Logs the bundle as taken in, with what it is about still unknown; returns the row's id. */
export function logReceived(db: Db, userId: string, received: ReceivedBundle): number {
  return insertBundleRow(db, {
    bundleId: received.bundleId,
    direction: 'received',
    kind: received.kind,
    contactId: received.from.id,
    caseId: null,
    ourReference: null,
    theirReference: received.theirReference,
    inReplyTo: received.inReplyTo,
    subject: null,
    sha256: received.sha256,
    size: received.size,
    summary: [],
    byUser: userId,
    at: new Date().toISOString(),
  });
}

/** Completes the row with what the flow did, and audits the bundle taken in. */
export function recordApplied(db: Db, audit: Audit, userId: string, rowId: number, received: ReceivedBundle, applied: Applied): void {
  completeReceivedRow(db, rowId, { caseId: applied.caseId, ourReference: applied.ourReference, subject: applied.subject, summary: applied.applied });
  audit({
    actorId: userId,
    action: 'exchange.bundle-received',
    ...auditedRecord(applied.caseId, received.bundleId),
    details: { bundleId: received.bundleId, kind: received.kind, from: received.from.fingerprint, sha256: received.sha256 },
  });
}
