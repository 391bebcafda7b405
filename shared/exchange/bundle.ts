/**
 * The bundle: one file that carries a request, a return, a decision, a draft or a whole case
 * from one install to another. The layout is documented in docs/bundle-format.md; this module
 * holds what both sides must agree on: the kinds, the plaintext header and the manifest.
 *
 * Only the header is readable without a key (which install sent it, to which installs, and each
 * recipient's sealed file key). The manifest and the items are encrypted under the file key,
 * and the whole file is signed by the sender.
 */
import { z } from 'zod';

export const BUNDLE_FORMAT = 'practice-review-manager/bundle';
export const BUNDLE_VERSION = 1;
/** The file's first bytes. */
export const BUNDLE_MAGIC = 'PRM-BUNDLE\n';
export const BUNDLE_EXTENSION = '.prmbundle';

export const BUNDLE_KINDS = ['request', 'return', 'decision-request', 'decision', 'case', 'draft', 'draft-reply', 'actions', 'actions-update'] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];
export const BUNDLE_KIND_LABELS: Readonly<Record<BundleKind, string>> = {
  request: 'Information request',
  return: 'Agency return',
  'decision-request': 'Request for a decision',
  decision: 'Signed decision',
  case: 'Case handed over',
  draft: 'Draft report for factual accuracy',
  'draft-reply': 'Factual accuracy reply',
  actions: 'Agency actions',
  'actions-update': 'Update on agency actions',
};

/** The kind each reply answers: a reply is taken in only from the install its request went to. */
export const REPLY_TO: Readonly<Partial<Record<BundleKind, BundleKind>>> = {
  return: 'request',
  decision: 'decision-request',
  'draft-reply': 'draft',
  'actions-update': 'actions',
};

const fingerprint = z.string().regex(/^[A-Z2-7]{24}$/, 'Not a fingerprint');
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64');

/** Read first, loosely, so a newer format is refused by its version rather than by its fields. */
export const bundleVersionProbe = z.object({ format: z.string(), version: z.number().int() });

export const bundleHeader = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    id: z.uuid(),
    sender: fingerprint,
    recipients: z
      .array(z.object({ fingerprint, enc: base64, sealedKey: base64 }).strict())
      .min(1)
      .max(20),
  })
  .strict();
export type BundleHeader = z.infer<typeof bundleHeader>;

export const bundleParty = z
  .object({ installId: z.uuid(), fingerprint, organisation: z.string().max(200), installName: z.string().max(200) })
  .strict();
export type BundleParty = z.infer<typeof bundleParty>;

export const PAYLOAD_ITEM = 'payload.json';

export const bundleItem = z
  .object({
    name: z.string().min(1).max(500),
    mediaType: z.string().min(1).max(200),
    size: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type BundleItem = z.infer<typeof bundleItem>;

export const bundleManifest = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    id: z.uuid(),
    kind: z.enum(BUNDLE_KINDS),
    createdAt: z.iso.datetime({ offset: true }),
    sender: bundleParty.extend({ userName: z.string().max(200) }).strict(),
    recipients: z.array(bundleParty).min(1).max(20),
    /** The case's reference on the sending install and, where known, on the receiving one. */
    caseReference: z.object({ sender: z.string().max(40).nullable(), recipient: z.string().max(40).nullable() }).strict(),
    /** The bundle this one answers (a return answers a request). */
    inReplyTo: z.uuid().nullable(),
    /** Item 0 is always the payload (PAYLOAD_ITEM, JSON); the rest are files. */
    items: z.array(bundleItem).min(1).max(10_000),
  })
  .strict();
export type BundleManifest = z.infer<typeof bundleManifest>;
