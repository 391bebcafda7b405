/**
 * Making and taking in bundles, the same way for every flow. A flow says what a bundle carries
 * (Outgoing) or what taking one in would do (Prepared); this module seals, signs and writes the
 * file, runs every check (bundle-checks.ts) and keeps the log of bundles and both ends' audit
 * events (bundle-log.ts), each side in one transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { AppError } from '../../shared/errors.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, PAYLOAD_ITEM, type BundleManifest, type BundleParty } from '../../shared/exchange/bundle.ts';
import { groupFingerprint } from '../../shared/exchange/contacts.ts';
import type { ImportOptions, ImportPreview, ImportResult } from '../../shared/exchange/exchange-view.ts';
import { PAYLOAD_SCHEMAS } from '../../shared/exchange/payloads.ts';
import type { Session } from '../security/session.ts';
import type { StoredContact } from '../store/repositories/exchange-contacts.ts';
import { checkBundle } from './bundle-checks.ts';
import { writeBundle, type ItemSource } from './bundle-file.ts';
import { logReceived, logSent, recordApplied, type ReceivedBundle } from './bundle-log.ts';
import { trustedContact } from './contacts.ts';
import type { Outgoing } from './flow.ts';
import { readIdentity } from './identity.ts';

export interface MadeBundle {
  readonly bundleId: string;
  readonly sha256: string;
  readonly size: number;
  readonly summary: readonly string[];
}

/** A flow that builds a payload its own schema refuses has a bug: say which field, loudly. */
function checkedPayload(outgoing: Outgoing): unknown {
  const parsed = PAYLOAD_SCHEMAS[outgoing.kind].safeParse(outgoing.payload);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => `${['payload', ...issue.path.map(String)].join('.')}: ${issue.message}`);
  throw new Error(`The ${outgoing.kind} bundle's payload does not match its schema (${fields.join('; ')}).`);
}

function payloadItem(payload: unknown): ItemSource {
  const bytes = Buffer.from(JSON.stringify(payload), 'utf8');
  return { name: PAYLOAD_ITEM, mediaType: 'application/json', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), chunks: () => [bytes] };
}

function partyOf(contact: StoredContact): BundleParty {
  return { installId: contact.installId, fingerprint: contact.fingerprint, organisation: contact.organisation, installName: contact.installName };
}

/** Seals, signs and writes the flow's bundle to `outPath`, then logs and audits it (and runs its afterSent) in one transaction. */
export async function makeBundle(session: Session, outgoing: Outgoing, outPath: string): Promise<MadeBundle> {
  const payload = checkedPayload(outgoing);
  const store = session.store;
  store.requireIntact();
  // The contact may have been revoked since the flow picked it (an answer goes to the task's sender).
  const to = trustedContact(store.db, outgoing.to.id);
  const me = readIdentity(store.db);
  const bundleId = randomUUID();
  const manifest: Omit<BundleManifest, 'items'> = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    id: bundleId,
    kind: outgoing.kind,
    createdAt: new Date().toISOString(),
    sender: { installId: me.installId, fingerprint: me.fingerprint, organisation: me.organisation, installName: me.installName, userName: session.user.name },
    recipients: [partyOf(to)],
    caseReference: outgoing.caseReference,
    inReplyTo: outgoing.inReplyTo,
  };
  const items = [payloadItem(payload), ...outgoing.files];
  const written = await writeBundle(outPath, manifest, items, { fingerprint: me.fingerprint, signingPrivate: me.signingPrivate }, [{ fingerprint: to.fingerprint, sealingPublic: to.sealingPublic }]);
  try {
    session.store.change((db, audit) => {
      logSent(db, audit, session.userId, {
        bundleId,
        kind: outgoing.kind,
        to,
        caseId: outgoing.caseId,
        caseReference: outgoing.caseReference,
        inReplyTo: outgoing.inReplyTo,
        subject: outgoing.subject,
        sha256: written.sha256,
        size: written.size,
        items: items.length,
        summary: outgoing.summary,
        payload,
      });
      outgoing.afterSent?.(db, audit, bundleId);
    });
  } catch (error) {
    // A bundle this install has no record of sending must not be sent: its reply would be refused.
    fs.rmSync(outPath, { force: true });
    throw error;
  }
  return { bundleId, sha256: written.sha256, size: written.size, summary: outgoing.summary };
}

function authoriseImport(session: Session): void {
  session.authorise('exchange.receive', 'import bundles');
}

/** Every check, then what importing would do; nothing is written. `stagedId` is echoed into the preview. */
export async function previewBundle(session: Session, path: string, stagedId: number): Promise<ImportPreview> {
  authoriseImport(session);
  const { incoming, prepared } = await checkBundle(session, path);
  const { manifest, sender, opened } = incoming;
  return {
    stagedId,
    sha256: opened.fileSha256,
    bundleId: manifest.id,
    kind: manifest.kind,
    // Who it is from as this install trusts them (the contact), with the person the sender named.
    from: { organisation: sender.organisation, installName: sender.installName, fingerprint: groupFingerprint(sender.fingerprint), userName: manifest.sender.userName },
    createdAt: manifest.createdAt,
    caseReference: { theirs: manifest.caseReference.sender, ours: prepared.ourReference },
    willDo: [...prepared.willDo],
    warnings: [...prepared.warnings],
    problemsToAccept: [...prepared.problemsToAccept],
    assignees: [...prepared.assignees],
    suggestedAssignee: prepared.suggestedAssignee,
  };
}

/** Every check again, then the flow's changes, the log entry and the audit event in one transaction. */
export async function importBundle(session: Session, path: string, expectedSha256: string | null, options: ImportOptions): Promise<ImportResult> {
  authoriseImport(session);
  const { incoming, prepared } = await checkBundle(session, path, expectedSha256);
  const { manifest, sender, opened } = incoming;
  if (prepared.problemsToAccept.length > 0 && !options.acceptProblems) {
    const count = prepared.problemsToAccept.length;
    // Each problem is a sentence of its own, ending in a full stop: joined into one, they lose it.
    const problems = prepared.problemsToAccept.map((problem) => problem.trim().replace(/\.+$/, ''));
    throw new AppError(
      'BUNDLE_REFUSED',
      `This bundle has ${count} problem${count === 1 ? '' : 's'} to accept before it can be imported: ${problems.join('; ')}. Accept them to import it as it is, or ask the sender to correct them and send it again. Nothing was imported.`,
    );
  }
  const received: ReceivedBundle = { bundleId: manifest.id, kind: manifest.kind, from: sender, theirReference: manifest.caseReference.sender, inReplyTo: manifest.inReplyTo, sha256: opened.fileSha256, size: opened.size };
  const applied = session.store.change((db, audit) => {
    const rowId = logReceived(db, session.userId, received);
    const done = prepared.apply(db, audit, options);
    recordApplied(db, audit, session.userId, rowId, received, done);
    return done;
  });
  return { kind: manifest.kind, bundleId: manifest.id, caseReference: applied.ourReference, taskId: applied.taskId, applied: [...applied.applied] };
}
