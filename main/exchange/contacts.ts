/**
 * This install's contacts: its own card out, other installs' cards in, trust given only when a
 * person confirms the fingerprint its owner read to them, and revocation. Every step is audited,
 * and so is a fingerprint that did not match, since that may be someone passing off their keys
 * as another organisation's.
 */
import { AppError } from '../../shared/errors.ts';
import { CONTACT_STATE_LABELS, groupFingerprint, normaliseFingerprint, type ContactCard, type ContactsView, type ContactView } from '../../shared/exchange/contacts.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { dateInWords } from '../exports/pdf/date-words.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import {
  findContact,
  findContactByFingerprint,
  findContactByInstallId,
  insertContact,
  listContacts,
  markContactRevoked,
  markContactTrusted,
  type StoredContact,
} from '../store/repositories/exchange-contacts.ts';
import { cardOf, readCard } from './contact-card.ts';
import { readIdentity, viewOfIdentity } from './identity.ts';

const CONTACT_RECORD = 'contact';

function contactView(contact: StoredContact): ContactView {
  return {
    id: contact.id,
    installId: contact.installId,
    organisation: contact.organisation,
    installName: contact.installName,
    fingerprint: groupFingerprint(contact.fingerprint),
    state: contact.state,
    addedBy: contact.addedBy,
    addedAt: contact.addedAt,
    confirmedBy: contact.confirmedBy,
    confirmedAt: contact.confirmedAt,
    revokedBy: contact.revokedBy,
    revokedAt: contact.revokedAt,
    revokedReason: contact.revokedReason,
  };
}

/** "Police – Northshire Police desk", as messages name a contact. */
export function contactName(contact: Pick<StoredContact, 'organisation' | 'installName'>): string {
  return `${contact.organisation} – ${contact.installName}`;
}

function onDate(iso: string): string {
  return dateInWords(todayInLondon(new Date(iso)));
}

/** Fingerprints and names are not personal data, so anyone signed in may see the list; only some may change it. */
export function readContacts(session: Session): ContactsView {
  const db = session.store.db;
  return { identity: viewOfIdentity(readIdentity(db)), contacts: listContacts(db).map(contactView), canManage: session.can('exchange.contacts') };
}

/** This install's card, audited. */
export function exportCard(session: Session): ContactCard {
  const identity = readIdentity(session.store.db);
  session.store.change((_db, audit) =>
    audit({ actorId: session.userId, action: 'exchange.card-exported', recordType: 'store', recordId: session.store.storeId, details: { fingerprint: identity.fingerprint } }),
  );
  return cardOf(identity);
}

/** Adds the card's install as an unconfirmed contact (or refuses a bad, changed or duplicate card). */
export function importCard(session: Session, card: unknown): ContactsView {
  session.authorise('exchange.contacts', 'add contacts');
  const incoming = readCard(card);
  const identity = readIdentity(session.store.db);
  if (incoming.installId === identity.installId || incoming.fingerprint === identity.fingerprint) {
    throw new AppError('INVALID_INPUT', 'This is this install’s own contact card. Add the card the other organisation exported from its install.');
  }
  // A refusal that must still be recorded comes back out of the change rather than being thrown in it.
  const refused = session.store.change((db, audit): AppError | null => {
    const known = findContactByInstallId(db, incoming.installId);
    if (known !== undefined && known.fingerprint === incoming.fingerprint) {
      throw new AppError('CONFLICT', `${contactName(known)} is already one of your contacts (${CONTACT_STATE_LABELS[known.state].toLowerCase()}). Nothing was changed.`);
    }
    if (known !== undefined) {
      // New keys under a known install are what an impostor would send: kept in the audit trail.
      audit({ actorId: session.userId, action: 'exchange.contact-keys-changed', recordType: CONTACT_RECORD, recordId: known.id, details: { known: known.fingerprint, offered: incoming.fingerprint } });
      return new AppError(
        'CONFLICT',
        `The keys of ${contactName(known)} have changed since it was added: this card gives the fingerprint ${groupFingerprint(incoming.fingerprint)}, not ${groupFingerprint(known.fingerprint)}. Nothing was changed. Check with its owner, on a number you already know, that they really made new keys.`,
      );
    }
    const sameKeys = findContactByFingerprint(db, incoming.fingerprint);
    if (sameKeys !== undefined) {
      throw new AppError(
        'CONFLICT',
        `This card carries the keys of your contact ${contactName(sameKeys)} under another install’s id. It has been altered or copied: do not add it, and check with ${sameKeys.organisation} on a number you already know.`,
      );
    }
    const id = insertContact(db, incoming, session.userId, new Date().toISOString());
    audit({
      actorId: session.userId,
      action: 'exchange.contact-added',
      recordType: CONTACT_RECORD,
      recordId: id,
      details: { fingerprint: incoming.fingerprint, installId: incoming.installId, organisation: incoming.organisation, installName: incoming.installName },
    });
    return null;
  });
  if (refused !== null) throw refused;
  return readContacts(session);
}

/** Trusts the contact if the fingerprint typed matches its keys; audited either way. */
export function confirmContact(session: Session, id: number, typedFingerprint: string): ContactsView {
  session.authorise('exchange.contacts', 'trust contacts');
  const contact = requireContact(session.store.db, id);
  if (contact.state === 'revoked') {
    throw new AppError('CONFLICT', `${contactName(contact)} was revoked on ${onDate(contact.revokedAt!)} and cannot be trusted again.`);
  }
  if (contact.state === 'trusted') throw new AppError('CONFLICT', `${contactName(contact)} is already trusted: its fingerprint was confirmed on ${onDate(contact.confirmedAt!)}.`);
  const typed = normaliseFingerprint(typedFingerprint);
  if (typed === null) {
    const message = 'A fingerprint is 24 letters and digits, in six groups of four. Check what you typed against what the contact’s owner reads to you.';
    throw new AppError('INVALID_INPUT', message, [{ path: 'fingerprint', message }]);
  }
  if (typed !== contact.fingerprint) {
    session.store.change((_db, audit) =>
      audit({ actorId: session.userId, action: 'exchange.contact-mismatch', recordType: CONTACT_RECORD, recordId: contact.id, details: { expected: contact.fingerprint, typed } }),
    );
    const message = `The fingerprint you typed does not match the keys on ${contactName(contact)}’s contact card. Do not trust this contact: ring its owner on a number you already know (not one from the card or the message it came with) and check the fingerprint again. If it still does not match, revoke the contact.`;
    throw new AppError('INVALID_INPUT', message, [{ path: 'fingerprint', message }]);
  }
  session.store.change((db, audit) => {
    markContactTrusted(db, contact.id, session.userId, new Date().toISOString());
    audit({
      actorId: session.userId,
      action: 'exchange.contact-trusted',
      recordType: CONTACT_RECORD,
      recordId: contact.id,
      details: { fingerprint: contact.fingerprint, organisation: contact.organisation, installName: contact.installName },
    });
  });
  return readContacts(session);
}

export function revokeContact(session: Session, id: number, reason: string): ContactsView {
  session.authorise('exchange.contacts', 'revoke contacts');
  const contact = requireContact(session.store.db, id);
  if (contact.state === 'revoked') throw new AppError('CONFLICT', `${contactName(contact)} was already revoked on ${onDate(contact.revokedAt!)}.`);
  const why = reason.trim();
  if (why.length < 5) {
    const message = 'Enter why the contact is revoked (at least 5 characters)';
    throw new AppError('INVALID_INPUT', `${message}.`, [{ path: 'reason', message }]);
  }
  session.store.change((db, audit) => {
    markContactRevoked(db, contact.id, session.userId, new Date().toISOString(), why);
    audit({ actorId: session.userId, action: 'exchange.contact-revoked', recordType: CONTACT_RECORD, recordId: contact.id, details: { fingerprint: contact.fingerprint, reason: why } });
  });
  return readContacts(session);
}

/** A contact a bundle may go to: it exists and is trusted (not unconfirmed, not revoked). */
export function trustedContact(db: Db, id: number): StoredContact {
  const contact = requireContact(db, id);
  if (contact.state === 'unconfirmed') {
    throw new AppError('CONFLICT', `${contactName(contact)}’s fingerprint has not been confirmed, so nothing can be sent to it. Confirm it on the Contacts page first.`);
  }
  if (contact.state === 'revoked') throw new AppError('CONFLICT', `${contactName(contact)} was revoked on ${onDate(contact.revokedAt!)}, so nothing can be sent to it.`);
  return contact;
}

function requireContact(db: Db, id: number): StoredContact {
  const contact = findContact(db, id);
  if (contact === undefined) throw new AppError('NOT_FOUND', `There is no contact ${id} on this install. Reload the contacts and choose again.`);
  return contact;
}
