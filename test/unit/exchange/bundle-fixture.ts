/**
 * Installs made of real keys (no store: the bundle file needs only the keys), a manifest
 * between them, and item sources that hand their bytes over in pieces of a chosen size, for
 * the bundle file's own tests.
 */
import { createHash, randomUUID } from 'node:crypto';
import { fingerprintOf } from '../../../main/exchange/fingerprint.ts';
import { makeIdentityKeys, type IdentityKeys } from '../../../main/exchange/identity-keys.ts';
import { openBundle, readBundleHeader, type ItemSource, type OpenedBundle } from '../../../main/exchange/bundle-file.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleManifest, type BundleParty } from '../../../shared/exchange/bundle.ts';

export interface KeyedInstall {
  readonly keys: IdentityKeys;
  readonly fingerprint: string;
  readonly party: BundleParty;
  readonly recipient: { fingerprint: string; sealingPublic: Buffer };
  readonly signer: { fingerprint: string; signingPrivate: Buffer };
  readonly me: { fingerprint: string; sealingPrivate: Buffer };
}

export function keyedInstall(organisation: string, installName: string): KeyedInstall {
  const keys = makeIdentityKeys();
  const fingerprint = fingerprintOf(keys.sealingPublic, keys.signingPublic);
  return {
    keys,
    fingerprint,
    party: { installId: keys.installId, fingerprint, organisation, installName },
    recipient: { fingerprint, sealingPublic: keys.sealingPublic },
    signer: { fingerprint, signingPrivate: keys.signingPrivate },
    me: { fingerprint, sealingPrivate: keys.sealingPrivate },
  };
}

export function manifestBetween(sender: KeyedInstall, recipients: readonly KeyedInstall[]): Omit<BundleManifest, 'items'> {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    id: randomUUID(),
    kind: 'request',
    createdAt: '2026-10-05T09:30:00.000Z',
    sender: { ...sender.party, userName: 'Amara Okonkwo' },
    recipients: recipients.map((recipient) => recipient.party),
    caseReference: { sender: 'PRM-2026-014', recipient: null },
    inReplyTo: null,
  };
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** An item whose bytes are handed over `pieceSize` at a time; `declared` overrides what it claims to be. */
export function sourceOf(name: string, bytes: Buffer, pieceSize = 7_001, declared: Partial<Pick<ItemSource, 'size' | 'sha256'>> = {}): ItemSource {
  return {
    name,
    mediaType: name.endsWith('.json') ? 'application/json' : 'application/octet-stream',
    size: declared.size ?? bytes.length,
    sha256: declared.sha256 ?? sha256(bytes),
    *chunks() {
      for (let at = 0; at < bytes.length; at += pieceSize) yield bytes.subarray(at, Math.min(bytes.length, at + pieceSize));
    },
  };
}

/** Bytes that differ from one position to the next, so a chunk out of place would show. */
export function patterned(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) bytes[i] = (i * 31 + seed * 17 + (i >> 8)) & 0xff;
  return bytes;
}

/** What a recipient does that skips the signature: header, open, every item. */
export async function openAndVerify(path: string, me: KeyedInstall['me']): Promise<OpenedBundle> {
  const { header } = readBundleHeader(path);
  const opened = await openBundle(path, header, me);
  opened.verifyItems();
  return opened;
}
