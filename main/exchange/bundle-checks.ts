/**
 * Every check a bundle passes before anything in it is written, in this order: the format and
 * version; the sender is a trusted contact; the signature is theirs; this install is a
 * recipient; the bundle was not taken in before; the file key opens and every item matches its
 * hash; the payload is what its kind carries; a reply answers a bundle this install sent to the
 * same contact; and the flow can apply it. The cheap checks that need no key come first, and
 * the signature before any decryption, so a file from a stranger is never opened. Each failure
 * is a BUNDLE_REFUSED saying which check failed; none writes anything, audit included.
 */
import { AppError, problemsFromIssues } from '../../shared/errors.ts';
import { BUNDLE_KIND_LABELS, PAYLOAD_ITEM, REPLY_TO, type BundleHeader, type BundleKind, type BundleManifest } from '../../shared/exchange/bundle.ts';
import { groupFingerprint } from '../../shared/exchange/contacts.ts';
import { PAYLOAD_SCHEMAS } from '../../shared/exchange/payloads.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { dateInWords } from '../exports/pdf/date-words.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { findBundleRow } from '../store/repositories/exchange-bundles.ts';
import { findContactByFingerprint, type StoredContact } from '../store/repositories/exchange-contacts.ts';
import { openBundle, readBundleHeader, signatureMatches, type OpenedBundle } from './bundle-file.ts';
import type { Incoming, Prepared } from './flow.ts';
import { PREPARERS } from './flows/index.ts';
import { readIdentity, type StoredIdentity } from './identity.ts';

/** A payload is JSON describing the bundle, never file bytes: anything larger is not one. */
const PAYLOAD_LIMIT_BYTES = 64 * 1024 * 1024;

function refuse(message: string, problems: readonly { path: string; message: string }[] = []): never {
  throw new AppError('BUNDLE_REFUSED', `${message} Nothing was imported.`, problems);
}

function named(contact: StoredContact): string {
  return `${contact.organisation} (${contact.installName})`;
}

/** "an information request", "a signed decision", "agency actions": a kind named in a sentence. */
function aKind(kind: BundleKind): string {
  const label = BUNDLE_KIND_LABELS[kind].toLowerCase();
  if (kind === 'actions') return label;
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}

function dateOf(timestamp: string | null): string {
  return timestamp === null ? 'an unrecorded date' : dateInWords(todayInLondon(new Date(timestamp)));
}

/** Check 2: who signed it, by the fingerprint in the header, and whether they are trusted. */
function trustedSender(db: Db, header: BundleHeader): StoredContact {
  const contact = findContactByFingerprint(db, header.sender);
  if (contact === undefined) {
    refuse(`This bundle is signed by an install that is not one of your contacts (fingerprint ${groupFingerprint(header.sender)}). Add its contact card and confirm its fingerprint with its owner on the Contacts page first.`);
  }
  if (contact.state === 'unconfirmed') {
    refuse(`This bundle is from ${named(contact)}, but its fingerprint has not been confirmed: confirm it on the Contacts page first.`);
  }
  if (contact.state === 'revoked') {
    refuse(`This bundle is from ${named(contact)}, whose contact was revoked on ${dateOf(contact.revokedAt)}: bundles from it are no longer taken in.`);
  }
  return contact;
}

/** Check 4: this install is one the file key was sealed to. */
function requireRecipient(db: Db, header: BundleHeader, me: StoredIdentity): void {
  if (header.recipients.some((recipient) => recipient.fingerprint === me.fingerprint)) return;
  const installs = header.recipients.map((recipient) => {
    const known = findContactByFingerprint(db, recipient.fingerprint);
    return known === undefined ? `fingerprint ${groupFingerprint(recipient.fingerprint)}` : named(known);
  });
  refuse(`This bundle is for another install (${installs.join('; ')}): it cannot be opened here.`);
}

/** Check 5: a bundle id is taken in once. */
function requireNew(db: Db, header: BundleHeader): void {
  const earlier = findBundleRow(db, header.id, 'received');
  if (earlier !== undefined) refuse(`This bundle was already imported on ${dateOf(earlier.at)} by ${earlier.byUser}. A bundle is imported only once.`);
}

/** Check 7: item 0 is the payload, and it is exactly what a bundle of its kind carries. */
function readPayload(opened: OpenedBundle): unknown {
  const { manifest } = opened;
  const item = manifest.items[0]!;
  if (item.name !== PAYLOAD_ITEM || item.mediaType !== 'application/json' || item.size > PAYLOAD_LIMIT_BYTES) {
    refuse(`This bundle does not begin with its description (${PAYLOAD_ITEM}), so it cannot be read as ${aKind(manifest.kind)}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(opened.readItemWhole(0).toString('utf8'));
  } catch (error) {
    if (error instanceof AppError) throw error;
    refuse(`The description inside this bundle is not readable JSON, so it cannot be read as ${aKind(manifest.kind)}.`);
  }
  const parsed = PAYLOAD_SCHEMAS[manifest.kind].safeParse(json);
  if (!parsed.success) {
    const problems = problemsFromIssues(parsed.error.issues, ['payload']);
    refuse(`This bundle says it is ${aKind(manifest.kind)}, but what it carries is not (${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}). Ask the sender to make it again.`, problems);
  }
  return parsed.data;
}

/** Check 8: a reply is taken in only from the install its request went to, and only for a request made here. */
function requireAnsweredRequest(db: Db, manifest: BundleManifest, sender: StoredContact): void {
  const answers = REPLY_TO[manifest.kind];
  if (answers === undefined) return;
  const reply = BUNDLE_KIND_LABELS[manifest.kind].toLowerCase();
  if (manifest.inReplyTo === null) refuse(`This ${reply} does not say what it answers, so it cannot be matched to ${aKind(answers)} sent from here.`);
  const sent = findBundleRow(db, manifest.inReplyTo, 'sent');
  if (sent === undefined || sent.kind !== answers || sent.contactId !== sender.id) {
    refuse(`This ${reply} answers ${aKind(answers)} this install did not send to ${named(sender)}.`);
  }
}

export interface CheckedBundle {
  readonly incoming: Incoming;
  readonly prepared: Prepared;
}

/**
 * Runs every check, then the flow's preparation; writes nothing. `expectedSha256`, when given,
 * is the file's hash at its preview: a file changed since then is refused.
 */
export async function checkBundle(session: Session, path: string, expectedSha256: string | null = null): Promise<CheckedBundle> {
  const db = session.store.db;
  const { header } = readBundleHeader(path);
  const sender = trustedSender(db, header);
  if (!signatureMatches(path, sender.signingPublic)) {
    refuse(`This bundle has been altered or damaged since it was signed by ${named(sender)}. Ask them to make it again and send it by your secure transfer.`);
  }
  const me = readIdentity(db);
  requireRecipient(db, header, me);
  requireNew(db, header);
  const opened = await openBundle(path, header, { fingerprint: me.fingerprint, sealingPrivate: me.sealingPrivate });
  if (expectedSha256 !== null && opened.fileSha256 !== expectedSha256) {
    refuse('The bundle file has changed since it was previewed. Choose the file again to see what importing it will do.');
  }
  opened.verifyItems();
  const payload = readPayload(opened);
  requireAnsweredRequest(db, opened.manifest, sender);
  const incoming: Incoming = { opened, manifest: opened.manifest, sender, payload };
  const prepared = await PREPARERS[opened.manifest.kind](session, incoming);
  return { incoming, prepared };
}
