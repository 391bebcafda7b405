/**
 * A contact named on the command line the way IT would name it: by its id (as `contact list`
 * prints it), by its fingerprint as read over the phone (spaces and case ignored), or by its
 * install name. A name that matches more than one contact is refused rather than guessed.
 */
import { AppError } from '../../shared/errors.ts';
import { groupFingerprint, normaliseFingerprint } from '../../shared/exchange/contacts.ts';
import type { Db } from '../store/open-database.ts';
import { findContact, findContactByFingerprint, listContacts, type StoredContact } from '../store/repositories/exchange-contacts.ts';

function describe(contact: StoredContact): string {
  return `${contact.id}: ${contact.organisation}, ${contact.installName} (${groupFingerprint(contact.fingerprint)})`;
}

export function contactNamed(db: Db, named: string): StoredContact {
  const text = named.trim();
  if (/^\d+$/.test(text)) {
    const byId = findContact(db, Number(text));
    if (byId !== undefined) return byId;
  }
  const fingerprint = normaliseFingerprint(text);
  if (fingerprint !== null) {
    const byFingerprint = findContactByFingerprint(db, fingerprint);
    if (byFingerprint !== undefined) return byFingerprint;
  }
  const contacts = listContacts(db);
  const byName = contacts.filter((contact) => contact.installName.localeCompare(text, 'en-GB', { sensitivity: 'accent' }) === 0);
  if (byName.length === 1) return byName[0]!;
  if (byName.length > 1) {
    throw new AppError('CONFLICT', `More than one contact is called “${text}”: ${byName.map(describe).join('; ')}. Name the one you mean by its id or fingerprint.`);
  }
  const known = contacts.length === 0 ? 'This install has no contacts yet: add one with contact import.' : `The contacts are: ${contacts.map(describe).join('; ')}.`;
  throw new AppError('NOT_FOUND', `There is no contact “${text}” on this install. ${known}`);
}
