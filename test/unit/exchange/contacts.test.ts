/**
 * Contacts between two real installs: a card goes out of one and into the other, where it is
 * trusted only once the fingerprint typed matches its keys. Altered cards, a card with new keys
 * for a known install, this install's own card and people without the permission are refused;
 * every step, and every mismatch, is in the audit chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupFingerprint, type ContactCard } from '../../../shared/exchange/contacts.ts';
import { BUSINESS_UNIT } from '../../../shared/organisations.ts';
import { parseCardJson } from '../../../main/exchange/contact-card.ts';
import { confirmContact, exportCard, importCard, readContacts, revokeContact, trustedContact } from '../../../main/exchange/contacts.ts';
import { readIdentity } from '../../../main/exchange/identity.ts';
import { makeIdentityKeys } from '../../../main/exchange/identity-keys.ts';
import { fingerprintOf } from '../../../main/exchange/fingerprint.ts';
import type { Session } from '../../../main/security/session.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { verifyChain } from '../../../main/security/audit-chain.ts';
import { ADMIN } from '../helpers/temp-store.ts';
import { makeInstall, type Install } from './installs.ts';

const PANEL_MEMBER = 'Pat Panelmember';
const PANEL_PASSPHRASE = 'heron quartz lantern';

interface AuditRow {
  readonly actor: string | null;
  readonly recordType: string | null;
  readonly recordId: string | null;
  readonly details: Record<string, unknown> | null;
}

function audited(session: Session, action: string): AuditRow[] {
  const rows = session.store.db
    .prepare(
      `SELECT u.name AS actor, e.record_type AS recordType, e.record_id AS recordId, d.body FROM audit_events e
       LEFT JOIN audit_details d ON d.event_seq = e.seq LEFT JOIN users u ON u.id = e.actor_id WHERE e.action = ? ORDER BY e.seq`,
    )
    .all(action) as { actor: string | null; recordType: string | null; recordId: string | null; body: string | null }[];
  return rows.map(({ body, ...row }) => ({ ...row, details: body === null ? null : (JSON.parse(body) as Record<string, unknown>) }));
}

const contactCount = (session: Session): number => (session.store.db.prepare('SELECT count(*) AS n FROM exchange_contacts').get() as { n: number }).n;

/** Another valid fingerprint: the same letters turned round, so it cannot be the right one by chance. */
function wrongFingerprint(right: string): string {
  return [...right].reverse().join('') === right ? 'A'.repeat(24) : [...right].reverse().join('');
}

describe('contacts between two installs', () => {
  let partnership: Install;
  let police: Install;
  let card: ContactCard;
  let contactId: number;

  beforeAll(async () => {
    partnership = await makeInstall('Salford Safeguarding Children Partnership', 'Business Unit desk 1');
    police = await makeInstall('Greater Manchester Police', 'Public Protection desk');
  });
  afterAll(() => {
    partnership?.temp.cleanup();
    police?.temp.cleanup();
  });

  it('exports this install’s card with its keys and grouped fingerprint, and audits it', () => {
    card = exportCard(partnership.session);
    const identity = readIdentity(partnership.session.store.db);
    expect(card).toMatchObject({ installId: identity.installId, organisation: 'Salford Safeguarding Children Partnership', installName: 'Business Unit desk 1' });
    expect(Buffer.from(card.sealingKey, 'base64').equals(identity.sealingPublic)).toBe(true);
    expect(Buffer.from(card.signingKey, 'base64').equals(identity.signingPublic)).toBe(true);
    expect(card.fingerprint).toBe(groupFingerprint(identity.fingerprint));
    expect(card.fingerprint).toMatch(/^([A-Z2-7]{4} ){5}[A-Z2-7]{4}$/);
    expect(audited(partnership.session, 'exchange.card-exported')).toEqual([
      { actor: ADMIN, recordType: 'store', recordId: partnership.session.store.storeId, details: { fingerprint: identity.fingerprint } },
    ]);
  });

  it('adds the card on the other install as a contact whose fingerprint is not yet confirmed', () => {
    const view = importCard(police.session, parseCardJson(JSON.stringify(card)));
    expect(view.contacts).toHaveLength(1);
    const [contact] = view.contacts;
    contactId = contact!.id;
    expect(contact).toMatchObject({ organisation: 'Salford Safeguarding Children Partnership', installName: 'Business Unit desk 1', fingerprint: card.fingerprint, state: 'unconfirmed', addedBy: ADMIN, confirmedBy: null });
    expect(view.canManage).toBe(true);
    expect(audited(police.session, 'exchange.contact-added')).toEqual([
      {
        actor: ADMIN,
        recordType: 'contact',
        recordId: String(contactId),
        details: { fingerprint: card.fingerprint.replaceAll(' ', ''), installId: card.installId, organisation: card.organisation, installName: card.installName },
      },
    ]);
    expect(() => trustedContact(police.session.store.db, contactId)).toThrow(/fingerprint has not been confirmed/);
  });

  it('says a card already added is already there, and changes nothing', () => {
    expect(() => importCard(police.session, card)).toThrow(/is already one of your contacts \(fingerprint not yet confirmed\)\. Nothing was changed/);
    expect(contactCount(police.session)).toBe(1);
  });

  it('refuses a fingerprint that does not match, audits the mismatch, and leaves the contact untrusted', () => {
    const typed = wrongFingerprint(card.fingerprint.replaceAll(' ', ''));
    let refusal: unknown;
    try {
      confirmContact(police.session, contactId, typed);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'INVALID_INPUT', problems: [{ path: 'fingerprint' }] });
    expect((refusal as Error).message).toMatch(/^The fingerprint you typed does not match the keys on Salford Safeguarding Children Partnership – Business Unit desk 1’s contact card\. Do not trust this contact: ring its owner on a number you already know/);
    expect(readContacts(police.session).contacts[0]!.state).toBe('unconfirmed');
    expect(audited(police.session, 'exchange.contact-mismatch')).toEqual([
      { actor: ADMIN, recordType: 'contact', recordId: String(contactId), details: { expected: card.fingerprint.replaceAll(' ', ''), typed } },
    ]);
    expect(audited(police.session, 'exchange.contact-trusted')).toEqual([]);
  });

  it('asks again for something that cannot be a fingerprint, without calling it a mismatch', () => {
    expect(() => confirmContact(police.session, contactId, 'K7QD 2MXA')).toThrow(/A fingerprint is 24 letters and digits/);
    expect(audited(police.session, 'exchange.contact-mismatch')).toHaveLength(1);
  });

  it('trusts the contact when the fingerprint typed matches, however it was spaced or cased, and audits who and when', () => {
    const typed = card.fingerprint.toLowerCase().replaceAll(' ', '-');
    const before = new Date().toISOString();
    const view = confirmContact(police.session, contactId, typed);
    const contact = view.contacts.find((candidate) => candidate.id === contactId)!;
    expect(contact).toMatchObject({ state: 'trusted', confirmedBy: ADMIN });
    expect(contact.confirmedAt! >= before).toBe(true);
    expect(audited(police.session, 'exchange.contact-trusted')).toEqual([
      { actor: ADMIN, recordType: 'contact', recordId: String(contactId), details: { fingerprint: card.fingerprint.replaceAll(' ', ''), organisation: card.organisation, installName: card.installName } },
    ]);
    expect(trustedContact(police.session.store.db, contactId).id).toBe(contactId);
    expect(() => confirmContact(police.session, contactId, typed)).toThrow(/is already trusted/);
  });

  it('refuses a card whose key was changed on the way, and adds nothing', () => {
    const other = makeIdentityKeys();
    const altered = { ...exportCard(police.session), installId: other.installId, signingKey: other.signingPublic.toString('base64') };
    expect(() => importCard(partnership.session, altered)).toThrow(/^This contact card has been altered: the fingerprint written on it .* is not the one its keys give/);
    const restated = { ...altered, fingerprint: 'AAAA BBBB CCCC DDDD EEEE FFFF' };
    expect(() => importCard(partnership.session, restated)).toThrow(/This contact card has been altered/);
    expect(contactCount(partnership.session)).toBe(0);
  });

  it('refuses a card that is not a contact card, naming what is wrong', () => {
    expect(() => parseCardJson('{"format": ')).toThrow(/This file is not a contact card: it is not JSON/);
    const { signingKey: _missing, ...withoutKey } = exportCard(police.session);
    let refusal: unknown;
    try {
      importCard(partnership.session, { ...withoutKey, version: 2 });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'INVALID_INPUT' });
    expect((refusal as { problems: { path: string }[] }).problems.map((problem) => problem.path).sort()).toEqual(['signingKey', 'version']);
    expect(contactCount(partnership.session)).toBe(0);
  });

  it('refuses this install’s own card', () => {
    expect(() => importCard(police.session, exportCard(police.session))).toThrow('This is this install’s own contact card.');
    expect(contactCount(police.session)).toBe(1);
  });

  it('refuses new keys for an install already a contact, naming the change, and audits it', () => {
    const renewed = makeIdentityKeys();
    const fingerprint = fingerprintOf(renewed.sealingPublic, renewed.signingPublic);
    const rekeyed = { ...card, sealingKey: renewed.sealingPublic.toString('base64'), signingKey: renewed.signingPublic.toString('base64'), fingerprint: groupFingerprint(fingerprint) };
    expect(() => importCard(police.session, rekeyed)).toThrow(
      /^The keys of Salford Safeguarding Children Partnership – Business Unit desk 1 have changed since it was added: .* Check with its owner, on a number you already know/,
    );
    const contacts = readContacts(police.session).contacts;
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ state: 'trusted', fingerprint: card.fingerprint });
    expect(audited(police.session, 'exchange.contact-keys-changed')).toEqual([
      { actor: ADMIN, recordType: 'contact', recordId: String(contactId), details: { known: card.fingerprint.replaceAll(' ', ''), offered: fingerprint } },
    ]);
  });

  describe('for someone without the right to manage contacts', () => {
    let panelMember: Session;

    beforeAll(async () => {
      await addUser(police.session, { name: PANEL_MEMBER, role: 'screening-panel', organisation: BUSINESS_UNIT, passphrase: PANEL_PASSPHRASE });
      panelMember = await unlock(police.temp.folder, PANEL_MEMBER, PANEL_PASSPHRASE);
    });
    afterAll(() => {
      if (panelMember !== undefined && !panelMember.locked) panelMember.lock();
    });

    it('shows the contacts without the means to change them, and lets them export this install’s card', () => {
      const view = readContacts(panelMember);
      expect(view.canManage).toBe(false);
      expect(view.contacts.map((contact) => contact.id)).toEqual([contactId]);
      expect(exportCard(panelMember).fingerprint).toBe(view.identity.fingerprint);
    });

    it('refuses adding, trusting and revoking contacts, and audits each refusal', () => {
      const refusalsBefore = audited(police.session, 'access.refused').length;
      expect(() => importCard(panelMember, exportCard(partnership.session))).toThrow('You are not allowed to add contacts.');
      expect(() => confirmContact(panelMember, contactId, card.fingerprint)).toThrow('You are not allowed to trust contacts.');
      expect(() => revokeContact(panelMember, contactId, 'Not theirs to revoke')).toThrow('You are not allowed to revoke contacts.');
      const refusals = audited(police.session, 'access.refused').slice(refusalsBefore);
      expect(refusals.map((refusal) => refusal.details)).toEqual([
        { permission: 'exchange.contacts', attempted: 'add contacts' },
        { permission: 'exchange.contacts', attempted: 'trust contacts' },
        { permission: 'exchange.contacts', attempted: 'revoke contacts' },
      ]);
      expect(readContacts(police.session).contacts[0]!.state).toBe('trusted');
    });
  });

  it('revokes a contact with its reason, audited; nothing goes to it and it cannot be trusted again', () => {
    const view = revokeContact(police.session, contactId, '  The partnership’s desk was replaced  ');
    expect(view.contacts[0]).toMatchObject({ state: 'revoked', revokedBy: ADMIN, revokedReason: 'The partnership’s desk was replaced' });
    expect(audited(police.session, 'exchange.contact-revoked')).toEqual([
      { actor: ADMIN, recordType: 'contact', recordId: String(contactId), details: { fingerprint: card.fingerprint.replaceAll(' ', ''), reason: 'The partnership’s desk was replaced' } },
    ]);
    expect(() => trustedContact(police.session.store.db, contactId)).toThrow(/was revoked on .*, so nothing can be sent to it/);
    expect(() => confirmContact(police.session, contactId, card.fingerprint)).toThrow(/was revoked on .* and cannot be trusted again/);
    expect(() => revokeContact(police.session, contactId, 'A second time')).toThrow(/was already revoked/);
    // The same card again does not bring it back.
    expect(() => importCard(police.session, card)).toThrow(/is already one of your contacts \(revoked\)/);
    expect(readContacts(police.session).contacts[0]!.state).toBe('revoked');
  });

  it('names an unknown contact', () => {
    expect(() => trustedContact(police.session.store.db, 999)).toThrow('There is no contact 999 on this install.');
    expect(() => confirmContact(police.session, 999, card.fingerprint)).toThrow('There is no contact 999 on this install.');
  });

  it('leaves both audit chains intact', () => {
    for (const install of [partnership, police]) {
      expect(verifyChain(install.session.store.db, install.session.store.auditKeyForVerification).intact).toBe(true);
    }
  });
});
