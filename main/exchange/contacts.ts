/** PLACEHOLDER (signatures fixed): this install's contacts — cards out and in, trust by fingerprint, revocation. */
import type { ContactCard, ContactsView } from '../../shared/exchange/contacts.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import type { StoredContact } from '../store/repositories/exchange-contacts.ts';

export function readContacts(_session: Session): ContactsView {
  throw new Error('not yet written');
}

/** This install's card, audited. */
export function exportCard(_session: Session): ContactCard {
  throw new Error('not yet written');
}

/** Adds the card's install as an unconfirmed contact (or refuses a bad, changed or duplicate card). */
export function importCard(_session: Session, _card: unknown): ContactsView {
  throw new Error('not yet written');
}

/** Trusts the contact if the fingerprint typed matches its keys; audited either way. */
export function confirmContact(_session: Session, _id: number, _typedFingerprint: string): ContactsView {
  throw new Error('not yet written');
}

export function revokeContact(_session: Session, _id: number, _reason: string): ContactsView {
  throw new Error('not yet written');
}

/** A contact a bundle may go to: it exists and is trusted (not unconfirmed, not revoked). */
export function trustedContact(_db: Db, _id: number): StoredContact {
  throw new Error('not yet written');
}
