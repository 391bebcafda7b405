/**
 * A contact card in and out: this install's card made from its identity, and a card brought in
 * read with its schema and its fingerprint worked out again from the keys it carries. The
 * fingerprint written on a card is only what its owner says; what is trusted is the one the keys
 * give, so a card whose stated fingerprint differs from its keys has been altered on the way.
 */
import { createPublicKey } from 'node:crypto';
import { AppError, problemsFromIssues } from '../../shared/errors.ts';
import { CONTACT_CARD_FORMAT, CONTACT_CARD_VERSION, contactCard, groupFingerprint, normaliseFingerprint, type ContactCard } from '../../shared/exchange/contacts.ts';
import type { NewContact } from '../store/repositories/exchange-contacts.ts';
import { fingerprintOf } from './fingerprint.ts';
import type { StoredIdentity } from './identity.ts';

export function cardOf(identity: StoredIdentity): ContactCard {
  return {
    format: CONTACT_CARD_FORMAT,
    version: CONTACT_CARD_VERSION,
    installId: identity.installId,
    organisation: identity.organisation,
    installName: identity.installName,
    sealingKey: identity.sealingPublic.toString('base64'),
    signingKey: identity.signingPublic.toString('base64'),
    fingerprint: groupFingerprint(identity.fingerprint),
  };
}

/** A contact card's text as JSON; a file that is not JSON is named as such. */
export function parseCardJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('INVALID_INPUT', 'This file is not a contact card: it is not JSON. Choose the .json file the other organisation exported from its Contacts page.');
  }
}

/** The card's install, with the fingerprint its keys give; refused if it is not a card, or its fingerprint is not its keys'. */
export function readCard(card: unknown): NewContact {
  const parsed = contactCard.safeParse(card);
  if (!parsed.success) {
    const problems = problemsFromIssues(parsed.error.issues);
    const listed = problems.map((problem) => (problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`)).join('; ');
    throw new AppError('INVALID_INPUT', `This contact card cannot be read (${listed}). Ask its owner to export it again.`, problems);
  }
  const sealingPublic = Buffer.from(parsed.data.sealingKey, 'base64');
  const signingPublic = Buffer.from(parsed.data.signingKey, 'base64');
  requireUsableKeys(sealingPublic, signingPublic);
  const fingerprint = fingerprintOf(sealingPublic, signingPublic);
  const stated = normaliseFingerprint(parsed.data.fingerprint);
  if (stated !== fingerprint) {
    throw new AppError(
      'INVALID_INPUT',
      `This contact card has been altered: the fingerprint written on it (${parsed.data.fingerprint.slice(0, 60)}) is not the one its keys give (${groupFingerprint(fingerprint)}). Do not add it: ask ${parsed.data.organisation} to export its card again and send it another way.`,
    );
  }
  return { installId: parsed.data.installId, organisation: parsed.data.organisation, installName: parsed.data.installName, sealingPublic, signingPublic, fingerprint };
}

/** 32 bytes of anything is not always a public key: a card whose keys cannot be used is refused now, not when a bundle fails. */
function requireUsableKeys(sealingPublic: Buffer, signingPublic: Buffer): void {
  try {
    createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: sealingPublic.toString('base64url') }, format: 'jwk' });
    createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: signingPublic.toString('base64url') }, format: 'jwk' });
  } catch {
    throw new AppError('INVALID_INPUT', 'This contact card has been altered or damaged: its keys are not usable public keys. Ask its owner to export it again.');
  }
}
