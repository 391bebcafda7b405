/**
 * Install identities and contacts. Each install has a key pair for sealing (X25519) and one for
 * signing (Ed25519); its contact card carries the public halves with its organisation and
 * install name. A fingerprint is the short form people read to each other over the phone: a
 * contact is trusted only once someone confirmed it matches the one its owner reads out.
 */
import { z } from 'zod';

export const CONTACT_CARD_FORMAT = 'practice-review-manager/contact-card';
export const CONTACT_CARD_VERSION = 1;

/** Six groups of four letters and digits (base32, 120 bits of SHA-256): "K7QD 2MXA …". */
export const FINGERPRINT_GROUPS = 6;
const FINGERPRINT_SHAPE = /^[A-Z2-7]{24}$/;

/** The fingerprint as typed or pasted, with spaces, dashes and case ignored; null if it cannot be one. */
export function normaliseFingerprint(typed: string): string | null {
  const compact = typed.replace(/[\s-]/g, '').toUpperCase();
  return FINGERPRINT_SHAPE.test(compact) ? compact : null;
}

/** "K7QD 2MXA 9…" for reading aloud. */
export function groupFingerprint(compact: string): string {
  return compact.replace(/(.{4})(?=.)/g, '$1 ');
}

const base64Key = z
  .string()
  .regex(/^[A-Za-z0-9+/]{43}=$/, 'A key must be 32 bytes in base64');

export const contactCard = z
  .object({
    format: z.literal(CONTACT_CARD_FORMAT, { error: `This is not a Practice Review Manager contact card: its "format" must be "${CONTACT_CARD_FORMAT}"` }),
    version: z.literal(CONTACT_CARD_VERSION, { error: `This app reads contact cards of version ${CONTACT_CARD_VERSION}` }),
    installId: z.uuid({ error: 'The contact card’s install id is not a valid id' }),
    organisation: z.string().trim().min(1, 'The contact card names no organisation').max(200),
    installName: z.string().trim().min(1, 'The contact card names no install').max(200),
    sealingKey: base64Key.describe('X25519 public key (HPKE), base64'),
    signingKey: base64Key.describe('Ed25519 public key, base64'),
    /** As its owner reads it; checked against the keys on import. */
    fingerprint: z.string(),
  })
  .strict();
export type ContactCard = z.infer<typeof contactCard>;

export const CONTACT_STATES = ['unconfirmed', 'trusted', 'revoked'] as const;
export type ContactState = (typeof CONTACT_STATES)[number];
export const CONTACT_STATE_LABELS: Readonly<Record<ContactState, string>> = {
  unconfirmed: 'Fingerprint not yet confirmed',
  trusted: 'Trusted',
  revoked: 'Revoked',
};

export const identityView = z.object({
  installId: z.string(),
  organisation: z.string(),
  installName: z.string(),
  /** Grouped for reading aloud. */
  fingerprint: z.string(),
  createdAt: z.string(),
});
export type IdentityView = z.infer<typeof identityView>;

export const identityInput = z
  .object({
    organisation: z.string().trim().min(2, 'Enter the organisation’s name').max(200, 'Enter at most 200 characters'),
    installName: z.string().trim().min(2, 'Enter a name for this install, for example “Business Unit desk 1”').max(200, 'Enter at most 200 characters'),
  })
  .strict();
export type IdentityInput = z.infer<typeof identityInput>;

export const contactView = z.object({
  id: z.number().int(),
  installId: z.string(),
  organisation: z.string(),
  installName: z.string(),
  fingerprint: z.string(),
  state: z.enum(CONTACT_STATES),
  addedBy: z.string(),
  addedAt: z.string(),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokedReason: z.string(),
});
export type ContactView = z.infer<typeof contactView>;

export const contactsView = z.object({ identity: identityView, contacts: z.array(contactView), canManage: z.boolean() });
export type ContactsView = z.infer<typeof contactsView>;
