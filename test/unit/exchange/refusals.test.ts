/**
 * The Must-show: a bundle is refused, with nothing written, each time with its own
 * message — one byte changed; for another install; signed by a stranger, by a contact not yet
 * confirmed, by a revoked contact; imported twice; of a newer format — and the exchange's own
 * checks besides (a reply to nothing sent from here, a payload that is not its kind's, a file
 * changed since its preview, agency actions). Real SQLCipher stores, real keys, real bundle
 * bytes; the receiving side runs the real information-request flow.
 *
 * "Nothing written" is measured, not assumed: the receiving store's audit chain head, its log of
 * bundles and the tables the request flow writes are the same after each refusal as before it.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../../shared/exchange/bundle.ts';
import { groupFingerprint } from '../../../shared/exchange/contacts.ts';
import { importOptions } from '../../../shared/exchange/exchange-view.ts';
import { writeBundle, signatureMatches, type ItemSource } from '../../../main/exchange/bundle-file.ts';
import { SIGNATURE_BYTES, signBundleDigest } from '../../../main/exchange/bundle-signature.ts';
import { revokeContact } from '../../../main/exchange/contacts.ts';
import { importBundle, makeBundle, previewBundle } from '../../../main/exchange/exchange-service.ts';
import type { Outgoing } from '../../../main/exchange/flow.ts';
import { readIdentity } from '../../../main/exchange/identity.ts';
import { chainHead } from '../../../main/security/audit-chain.ts';
import { findContact, insertContact, markContactTrusted, type StoredContact } from '../../../main/store/repositories/exchange-contacts.ts';
import { makeTempFolder } from '../helpers/temp-store.ts';
import { makeInstall, trust, type Install } from './installs.ts';

const POLICE = 'Greater Manchester Police';
const HEALTH = 'NHS GM ICB Salford locality';
const CASE_REFERENCE = 'PRM-2026-014';

let bu: Install;
let police: Install;
let health: Install;
/** Contacts as each install holds them. */
let policeInBu: StoredContact;
let healthInBu: StoredContact;
let buInPolice: StoredContact;
let policeInHealth: StoredContact;
let folder: string;
const messages = new Map<string, string>();

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function fileItem(name: string, bytes: Buffer): ItemSource {
  return { name, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: bytes.length, sha256: sha256(bytes), chunks: () => [bytes] };
}

/** An information request as the Business Unit's flow makes one: invented people only. */
function requestOutgoing(to: StoredContact, overrides: Partial<Outgoing> = {}): Outgoing {
  return {
    kind: 'request',
    to,
    caseId: null,
    caseReference: { sender: CASE_REFERENCE, recipient: null },
    inReplyTo: null,
    payload: {
      requestId: 3,
      partnership: 'Salford Safeguarding Children Partnership',
      agency: to.organisation,
      recipientName: 'Zoë Łukasiewicz',
      sentOn: '2026-10-05',
      dueOn: '2026-10-19',
      secureFiles: true,
      note: '',
      caseKind: 'rapid-review',
      incidentDate: '2026-09-28',
      people: [
        { role: 'child', givenNames: 'Ellis', familyName: 'Marchetti-Owen', otherNames: [], datesOfBirth: ['2019-02-14'], addresses: ['12 Example Row, Salford M5 0XX'], relationship: '' },
      ],
      templateItem: 1,
      letterItem: null,
    },
    files: [fileItem('chronology-template.xlsx', Buffer.from('synthetic template workbook bytes for the test'))],
    subject: 'request:3',
    summary: [`Information request to ${to.organisation}, due 19 October 2026`],
    fileStem: `${CASE_REFERENCE}-request`,
    ...overrides,
  };
}

function newPath(name: string): string {
  return path.join(folder, `${name}-${randomUUID().slice(0, 8)}.prmbundle`);
}

async function made(from: Install, outgoing: Outgoing, name: string): Promise<string> {
  const file = newPath(name);
  await makeBundle(from.session, outgoing, file);
  return file;
}

/** What a bundle taken in writes on the receiving install, and the audit chain's head. */
function footprint(install: Install): Record<string, unknown> {
  const db = install.session.store.db;
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    chain: chainHead(db),
    bundles: count('exchange_bundles'),
    tasks: count('exchange_tasks'),
    taskFiles: count('exchange_task_files'),
    contacts: count('exchange_contacts'),
  };
}

/** Both the preview and the import refuse it, with the same message, and the store is as it was. */
async function refusal(install: Install, file: string, expectedSha256: string | null = null): Promise<string> {
  const before = footprint(install);
  const caught = async (work: Promise<unknown>): Promise<AppError> => {
    const error = await work.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BUNDLE_REFUSED');
    return error as AppError;
  };
  const imported = await caught(importBundle(install.session, file, expectedSha256, importOptions.parse({})));
  if (expectedSha256 === null) {
    const previewed = await caught(previewBundle(install.session, file, 1));
    expect(previewed.message).toBe(imported.message);
  }
  expect(footprint(install)).toEqual(before);
  expect(imported.message).toMatch(/Nothing was imported\.$/);
  return imported.message;
}

function remember(check: string, message: string): void {
  messages.set(check, message);
}

beforeAll(async () => {
  folder = makeTempFolder('prm-refusals-');
  bu = await makeInstall('Salford Safeguarding Children Partnership', 'Business Unit desk 1');
  police = await makeInstall(POLICE, 'Public protection unit');
  health = await makeInstall(HEALTH, 'Safeguarding team');
  policeInBu = findContact(bu.session.store.db, trust(bu, police))!;
  healthInBu = findContact(bu.session.store.db, trust(bu, health))!;
  buInPolice = findContact(police.session.store.db, trust(police, bu))!;
  policeInHealth = findContact(health.session.store.db, trust(health, police))!;
}, 120_000);

afterAll(() => {
  for (const install of [bu, police, health]) install?.temp.cleanup();
  if (folder !== undefined) fs.rmSync(folder, { recursive: true, force: true });
});

describe('a bundle that passes every check', () => {
  it('is logged and audited on both installs, and the preview writes nothing', async () => {
    const file = await made(bu, requestOutgoing(policeInBu), 'good');
    const sent = bu.session.store.db.prepare("SELECT bundle_id AS bundleId, kind, contact_id AS contactId, sha256, size FROM exchange_bundles WHERE direction = 'sent'").all() as { bundleId: string; kind: string; contactId: number; sha256: string; size: number }[];
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: 'request', contactId: policeInBu.id, sha256: sha256(fs.readFileSync(file)), size: fs.statSync(file).size });
    const bundleId = sent[0]!.bundleId;

    const before = footprint(police);
    const preview = await previewBundle(police.session, file, 7);
    expect(footprint(police)).toEqual(before);
    expect(preview).toMatchObject({ stagedId: 7, bundleId, kind: 'request', sha256: sent[0]!.sha256, caseReference: { theirs: CASE_REFERENCE, ours: null } });
    expect(preview.from).toEqual({ organisation: 'Salford Safeguarding Children Partnership', installName: 'Business Unit desk 1', fingerprint: groupFingerprint(readIdentity(bu.session.store.db).fingerprint), userName: 'Test Administrator' });

    const result = await importBundle(police.session, file, preview.sha256, importOptions.parse({}));
    expect(result.kind).toBe('request');
    expect(result.taskId).not.toBeNull();
    const received = police.session.store.db.prepare("SELECT bundle_id AS bundleId, contact_id AS contactId, their_reference AS theirReference, subject, summary FROM exchange_bundles WHERE direction = 'received'").all();
    expect(received).toEqual([{ bundleId, contactId: buInPolice.id, theirReference: CASE_REFERENCE, subject: `task:${result.taskId}`, summary: JSON.stringify(result.applied) }]);
    const audited = (install: Install, action: string) =>
      (install.session.store.db.prepare('SELECT d.body FROM audit_events e JOIN audit_details d ON d.event_seq = e.seq WHERE e.action = ?').all(action) as { body: string }[]).map((row) => JSON.parse(row.body) as Record<string, unknown>);
    expect(audited(bu, 'exchange.bundle-sent')).toEqual([{ bundleId, kind: 'request', to: policeInBu.fingerprint, sha256: preview.sha256, items: 2 }]);
    expect(audited(police, 'exchange.bundle-received')).toEqual([{ bundleId, kind: 'request', from: buInPolice.fingerprint, sha256: preview.sha256 }]);

    remember('imported twice', await refusal(police, file));
    expect(messages.get('imported twice')).toMatch(/^This bundle was already imported on \d{1,2} [A-Z][a-z]+ \d{4} by Test Administrator\./);
  });
});

describe('refused, with nothing written, each with its own message', () => {
  it('refuses a bundle with one byte changed, wherever the byte is', async () => {
    const file = await made(bu, requestOutgoing(policeInBu), 'to-alter');
    const bytes = fs.readFileSync(file);
    const headerEnd = 11 + 4 + bytes.readUInt32BE(11);
    // The sealed manifest, an item's chunk, and the signature itself.
    for (const position of [headerEnd + 6, bytes.length - SIGNATURE_BYTES - 20, bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[position] = altered[position]! ^ 0x01;
      const alteredFile = newPath('altered');
      fs.writeFileSync(alteredFile, altered);
      const message = await refusal(police, alteredFile);
      expect(message).toBe(
        'This bundle has been altered or damaged since it was signed by Salford Safeguarding Children Partnership (Business Unit desk 1). Ask them to make it again and send it by your secure transfer. Nothing was imported.',
      );
      remember('one byte changed', message);
    }
    // The untouched file is still good: it was the byte, not the bundle.
    expect((await previewBundle(police.session, file, 1)).kind).toBe('request');
  });

  it('refuses a bundle for another install', async () => {
    const file = await made(bu, requestOutgoing(healthInBu), 'for-health');
    const message = await refusal(police, file);
    const healthFingerprint = groupFingerprint(readIdentity(health.session.store.db).fingerprint);
    expect(message).toBe(`This bundle is for another install (fingerprint ${healthFingerprint}): it cannot be opened here. Nothing was imported.`);
    remember('another install', message);
  });

  it('refuses a bundle of a newer format, when only its version is wrong', async () => {
    const file = await made(bu, requestOutgoing(policeInBu), 'newer');
    const bytes = fs.readFileSync(file);
    const headerLength = bytes.readUInt32BE(11);
    const header = bytes.subarray(15, 15 + headerLength).toString('utf8');
    expect(header).toContain(`"version":${BUNDLE_VERSION}`);
    const newerHeader = Buffer.from(header.replace(`"version":${BUNDLE_VERSION}`, '"version":2'), 'utf8');
    expect(newerHeader.length).toBe(headerLength);
    const body = Buffer.concat([bytes.subarray(0, 15), newerHeader, bytes.subarray(15 + headerLength, bytes.length - SIGNATURE_BYTES)]);
    // Signed again by the Business Unit's own key, so the signature is good and only the version is wrong.
    const signature = signBundleDigest(createHash('sha256').update(body).digest(), readIdentity(bu.session.store.db).signingPrivate);
    const newerFile = newPath('newer-format');
    fs.writeFileSync(newerFile, Buffer.concat([body, signature]));
    expect(signatureMatches(newerFile, buInPolice.signingPublic)).toBe(true);
    const message = await refusal(police, newerFile);
    expect(message).toBe(
      'This bundle was made by a newer version of Practice Review Manager (bundle format 2; this version reads format 1). Install the newer version to import it. Nothing was imported.',
    );
    remember('newer format', message);
  });

  it('refuses a bundle signed by an install that is not a contact, then not confirmed, then revoked', async () => {
    const file = await made(health, requestOutgoing(policeInHealth), 'from-health');
    const healthIdentity = readIdentity(health.session.store.db);

    const stranger = await refusal(police, file);
    expect(stranger).toBe(
      `This bundle is signed by an install that is not one of your contacts (fingerprint ${groupFingerprint(healthIdentity.fingerprint)}). Add its contact card and confirm its fingerprint with its owner on the Contacts page first. Nothing was imported.`,
    );
    remember('untrusted', stranger);

    const healthInPolice = police.session.store.change((db, audit) => {
      const id = insertContact(
        db,
        { installId: healthIdentity.installId, organisation: HEALTH, installName: 'Safeguarding team', sealingPublic: healthIdentity.sealingPublic, signingPublic: healthIdentity.signingPublic, fingerprint: healthIdentity.fingerprint },
        police.session.userId,
        new Date().toISOString(),
      );
      audit({ actorId: police.session.userId, action: 'exchange.contact-added', recordType: 'contact', recordId: id, details: { fingerprint: healthIdentity.fingerprint } });
      return id;
    });
    const unconfirmed = await refusal(police, file);
    expect(unconfirmed).toBe(`This bundle is from ${HEALTH} (Safeguarding team), but its fingerprint has not been confirmed: confirm it on the Contacts page first. Nothing was imported.`);
    remember('unconfirmed', unconfirmed);

    police.session.store.change((db, audit) => {
      markContactTrusted(db, healthInPolice, police.session.userId, new Date().toISOString());
      audit({ actorId: police.session.userId, action: 'exchange.contact-trusted', recordType: 'contact', recordId: healthInPolice, details: { fingerprint: healthIdentity.fingerprint } });
    });
    // Trusted, the same file would be taken in: the refusal that follows is the revocation's.
    expect((await previewBundle(police.session, file, 1)).kind).toBe('request');
    revokeContact(police.session, healthInPolice, 'The laptop this install was on was stolen.');
    const revoked = await refusal(police, file);
    expect(revoked).toMatch(new RegExp(`^This bundle is from ${HEALTH} \\(Safeguarding team\\), whose contact was revoked on \\d{1,2} [A-Z][a-z]+ \\d{4}: bundles from it are no longer taken in\\. Nothing was imported\\.$`));
    remember('revoked', revoked);
  });

  it('gives each refusal its own message', () => {
    expect([...messages.keys()].sort()).toEqual(['another install', 'imported twice', 'newer format', 'one byte changed', 'revoked', 'unconfirmed', 'untrusted']);
    expect(new Set(messages.values()).size).toBe(messages.size);
  });
});

describe('the exchange’s own checks', () => {
  it('refuses a return that answers no request sent from here to that contact', async () => {
    const returned: Outgoing = {
      kind: 'return',
      to: buInPolice,
      caseId: null,
      caseReference: { sender: null, recipient: CASE_REFERENCE },
      inReplyTo: randomUUID(),
      payload: { requestId: 3, agency: POLICE, workbookItem: 1, securing: null, note: '', securedFiles: [] },
      files: [fileItem('return.xlsx', Buffer.from('synthetic returned workbook'))],
      subject: null,
      summary: ['Return'],
      fileStem: 'return',
    };
    const message = await refusal(bu, await made(police, returned, 'stray-return'));
    expect(message).toBe(`This agency return answers an information request this install did not send to ${POLICE} (Public protection unit). Nothing was imported.`);
  });

  it('refuses a payload that is not what its kind carries, even signed by a trusted contact', async () => {
    const me = readIdentity(bu.session.store.db);
    const payload = Buffer.from(JSON.stringify({ requestId: 'three' }));
    const file = newPath('bad-payload');
    await writeBundle(
      file,
      {
        format: BUNDLE_FORMAT,
        version: BUNDLE_VERSION,
        id: randomUUID(),
        kind: 'request',
        createdAt: new Date().toISOString(),
        sender: { installId: me.installId, fingerprint: me.fingerprint, organisation: me.organisation, installName: me.installName, userName: 'Test Administrator' },
        recipients: [{ installId: policeInBu.installId, fingerprint: policeInBu.fingerprint, organisation: POLICE, installName: policeInBu.installName }],
        caseReference: { sender: CASE_REFERENCE, recipient: null },
        inReplyTo: null,
      },
      [{ name: 'payload.json', mediaType: 'application/json', size: payload.length, sha256: sha256(payload), chunks: () => [payload] }],
      { fingerprint: me.fingerprint, signingPrivate: me.signingPrivate },
      [{ fingerprint: policeInBu.fingerprint, sealingPublic: policeInBu.sealingPublic }],
    );
    const message = await refusal(police, file);
    expect(message).toMatch(/^This bundle says it is an information request, but what it carries is not \(payload\.requestId: .+\)\. Ask the sender to make it again\. Nothing was imported\.$/);
  });

  it('refuses to apply a file that changed since its preview', async () => {
    const file = await made(bu, requestOutgoing(policeInBu), 'previewed');
    const preview = await previewBundle(police.session, file, 1);
    const message = await refusal(police, file, preview.sha256.replace(/^./, (first) => (first === '0' ? '1' : '0')));
    expect(message).toBe('The bundle file has changed since it was previewed. Choose the file again to see what importing it will do. Nothing was imported.');
  });
});

describe('making a bundle', () => {
  it('leaves no file and no record when its flow’s own change fails', async () => {
    const file = newPath('failed');
    const before = footprint(bu);
    const failing = requestOutgoing(policeInBu, {
      afterSent() {
        throw new Error('The flow’s change failed.');
      },
    });
    await expect(makeBundle(bu.session, failing, file)).rejects.toThrow('The flow’s change failed.');
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(`${file}.part`)).toBe(false);
    expect(footprint(bu)).toEqual(before);
  });

  it('refuses a payload its own kind’s schema refuses, naming the field, and writes nothing', async () => {
    const file = newPath('bad-outgoing');
    const before = footprint(bu);
    const outgoing = requestOutgoing(policeInBu);
    await expect(makeBundle(bu.session, { ...outgoing, payload: { ...(outgoing.payload as object), dueOn: '19/10/2026' } }, file)).rejects.toThrow(/payload\.dueOn/);
    expect(fs.existsSync(file)).toBe(false);
    expect(footprint(bu)).toEqual(before);
  });
});
