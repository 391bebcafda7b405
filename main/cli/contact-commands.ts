/**
 * `contact …`: this install's contact card out, another install's card in (trusted in the same
 * step, because the person running it types the fingerprint its owner read to them), the list of
 * contacts, revocation, and naming this install. The same services as the Contacts page, so the
 * same checks and the same audit events.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { CONTACT_STATE_LABELS, groupFingerprint, identityInput, normaliseFingerprint } from '../../shared/exchange/contacts.ts';
import { parseCardJson, readCard } from '../exchange/contact-card.ts';
import { confirmContact, contactName, exportCard, importCard, readContacts, revokeContact } from '../exchange/contacts.ts';
import { readIdentity, setIdentity } from '../exchange/identity.ts';
import type { Session } from '../security/session.ts';
import { findContactByInstallId, type NewContact } from '../store/repositories/exchange-contacts.ts';
import { required, resolvePath, UsageError } from './arguments.ts';
import type { Command } from './commands.ts';
import { withSession } from './with-session.ts';

function readCardFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new AppError('NOT_FOUND', `There is no readable file at ${file}.`);
  }
  return parseCardJson(text);
}

function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '));
}

/**
 * Adds the card's install and trusts it, or neither: the fingerprint typed is checked against
 * the card's keys before anything is added, and a mismatch is audited as on the Contacts page.
 */
function importAndTrust(session: Session, card: unknown, typed: string): string {
  session.authorise('exchange.contacts', 'add contacts');
  const incoming = readCard(card);
  const fingerprint = normaliseFingerprint(typed);
  if (fingerprint === null) throw new UsageError('--fingerprint must be the 24 letters and digits the contact’s owner read to you (spaces and dashes are ignored).');
  if (fingerprint !== incoming.fingerprint) refuseMismatch(session, incoming, fingerprint);
  const known = findContactByInstallId(session.store.db, incoming.installId);
  if (known !== undefined && known.fingerprint === incoming.fingerprint && known.state === 'trusted') {
    return `${contactName(known)} is already a trusted contact (contact ${known.id}). Nothing was changed.`;
  }
  // An unconfirmed contact of the same keys is confirmed rather than refused as already there.
  const id = known !== undefined && known.fingerprint === incoming.fingerprint ? known.id : addedId(session, card, incoming);
  confirmContact(session, id, fingerprint);
  return `Added ${contactName(incoming)} as contact ${id} and trusted it: fingerprint ${groupFingerprint(incoming.fingerprint)}.`;
}

function addedId(session: Session, card: unknown, incoming: NewContact): number {
  const added = importCard(session, card).contacts.find((contact) => contact.installId === incoming.installId);
  if (added === undefined) throw new Error(`The contact ${incoming.installId} was not found after it was added.`);
  return added.id;
}

function refuseMismatch(session: Session, incoming: NewContact, typed: string): never {
  session.store.change((_db, audit) =>
    audit({ actorId: session.userId, action: 'exchange.contact-mismatch', recordType: 'contact-card', recordId: incoming.installId, details: { expected: incoming.fingerprint, typed } }),
  );
  throw new AppError(
    'INVALID_INPUT',
    `The fingerprint you typed does not match the keys on ${contactName(incoming)}’s contact card, so it was not added. Do not trust this card: ring its owner on a number you already know (not one from the card or the message it came with) and check the fingerprint again.`,
  );
}

function contactId(text: string): number {
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id < 1) throw new UsageError(`--id must be a contact's number as contact list shows it, not "${text}".`);
  return id;
}

export const CONTACT_COMMANDS: Readonly<Record<string, Command>> = {
  'contact export': {
    summary: "write this install's contact card (its public keys, organisation and install name) to a file; prints the fingerprint to read out",
    usage: 'contact export --store DIR --user NAME --out CARD.json',
    options: ['store', 'user', 'out'],
    async run(options, out) {
      const destination = resolvePath(required(options, 'out'));
      if (!fs.existsSync(path.dirname(destination))) throw new AppError('NOT_FOUND', `There is no folder ${path.dirname(destination)} to write ${path.basename(destination)} into.`);
      const card = await withSession(options, (session) => exportCard(session));
      fs.writeFileSync(destination, `${JSON.stringify(card, null, 2)}\n`);
      out.line(`Wrote the contact card of ${card.organisation} – ${card.installName} to ${destination}.`);
      out.line(`Fingerprint: ${card.fingerprint}`);
      out.line('Send the card to the other organisation, then read them the fingerprint over the phone so they can confirm it.');
      return 0;
    },
  },
  'contact import': {
    summary: "add another install from its contact card and trust it, if FP is the fingerprint its owner read to you; refused, with nothing added, if not",
    usage: 'contact import --store DIR --user NAME --file CARD.json --fingerprint FP',
    options: ['store', 'user', 'file', 'fingerprint'],
    async run(options, out) {
      const card = readCardFile(resolvePath(required(options, 'file')));
      const typed = required(options, 'fingerprint');
      out.line(await withSession(options, (session) => importAndTrust(session, card, typed)));
      return 0;
    },
  },
  'contact list': {
    summary: "this install's fingerprint, then each contact with its fingerprint and whether it is trusted",
    usage: 'contact list --store DIR --user NAME',
    options: ['store', 'user'],
    async run(options, out) {
      const view = await withSession(options, (session) => readContacts(session));
      out.line(`This install: ${view.identity.organisation} – ${view.identity.installName}, fingerprint ${view.identity.fingerprint}`);
      if (view.contacts.length === 0) {
        out.line('No contacts yet: add one with contact import.');
        return 0;
      }
      const rows = view.contacts.map((contact) => [String(contact.id), contact.organisation, contact.installName, contact.fingerprint, CONTACT_STATE_LABELS[contact.state]]);
      for (const line of columns([['ID', 'ORGANISATION', 'INSTALL', 'FINGERPRINT', 'STATE'], ...rows])) out.line(line);
      return 0;
    },
  },
  'contact revoke': {
    summary: 'stop trusting a contact: bundles from it are refused from then on, and none can go to it',
    usage: 'contact revoke --store DIR --user NAME --id N --reason TEXT',
    options: ['store', 'user', 'id', 'reason'],
    async run(options, out) {
      const id = contactId(required(options, 'id'));
      const reason = required(options, 'reason');
      const view = await withSession(options, (session) => revokeContact(session, id, reason));
      const revoked = view.contacts.find((contact) => contact.id === id)!;
      out.line(`Revoked ${contactName(revoked)} (contact ${id}): bundles from it are refused from now on.`);
      return 0;
    },
  },
  'contact identity': {
    summary: 'name this install as its contacts will see it (administrators); its keys and fingerprint stay the same',
    usage: 'contact identity --store DIR --user ADMIN --organisation ORG --install-name NAME',
    options: ['store', 'user', 'organisation', 'install-name'],
    async run(options, out) {
      const parsed = identityInput.safeParse({ organisation: required(options, 'organisation'), installName: required(options, 'install-name') });
      if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => `--${issue.path[0] === 'installName' ? 'install-name' : 'organisation'}: ${issue.message}.`).join(' '));
      const input = parsed.data;
      const identity = await withSession(options, (session) => {
        setIdentity(session, input);
        return readIdentity(session.store.db);
      });
      out.line(`This install is now ${identity.organisation} – ${identity.installName}; its fingerprint is still ${groupFingerprint(identity.fingerprint)}.`);
      out.line('Installs that added its card before keep the names it carried then.');
      return 0;
    },
  },
};
