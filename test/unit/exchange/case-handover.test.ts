/**
 * A case handed to another partnership (policy 20.4), between three real installs: A hands a
 * case with its history, people, clocks and documents to C, which takes it in as a new case
 * field for field with every document's bytes and hash; B, trusted by A but not a recipient,
 * cannot open it. Real SQLCipher stores, real bundle bytes.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDocument, sha256Of } from '../../../main/reviews/documents.ts';
import { addOrganisation } from '../../../main/reviews/policy.ts';
import { readCaseFile } from '../../../main/reviews/case-file-io.ts';
import type { Session } from '../../../main/security/session.ts';
import { importBundle, makeBundle, previewBundle } from '../../../main/exchange/exchange-service.ts';
import { buildCaseBundle } from '../../../main/exchange/flows/case-out.ts';
import { readIdentity } from '../../../main/exchange/identity.ts';
import { documentChunks, insertDocumentFromChunks, listDocuments, readDocumentContent } from '../../../main/store/repositories/case-documents.ts';
import { groupFingerprint } from '../../../shared/exchange/contacts.ts';
import type { CaseFile } from '../../../shared/reviews/case-file.ts';
import { makeInstall, trust, trustEachOther, type Install } from './installs.ts';
import { auditActions, bundlePath, caseFileFixture, caseIdOf, contactIn, footprint, importFixtureCase, IMPORT, refusalOf, signIn } from './handover-fixture.ts';

const YOUTH_JUSTICE = 'Northam Youth Justice Service';

/** A case file as the receiving store must match it: ids are the file's own, but who entered what is set by the store that writes it. */
function comparable(file: CaseFile) {
  return {
    case: file.case,
    stageHistory: file.stageHistory.map(({ enteredBy: _by, ...entry }) => entry),
    records: file.records.map(({ enteredBy: _by, updatedBy: _updatedBy, ...record }) => record),
    people: file.people,
    clocks: file.clocks,
  };
}

function documentsOf(session: Session, reference: string) {
  const db = session.store.db;
  return listDocuments(db, caseIdOf(session, reference))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((document) => ({ name: document.name, mediaType: document.mediaType, size: document.size, sha256: document.sha256, note: document.note, addedAt: document.addedAt, content: readDocumentContent(db, document.id) }));
}

describe('a case handed to another partnership', () => {
  let a: Install;
  let b: Install;
  let c: Install;
  const sessions: Session[] = [];

  beforeEach(async () => {
    a = await makeInstall('Northam Safeguarding Children Partnership', 'Business Unit desk');
    b = await makeInstall('Southam Safeguarding Children Partnership', 'Business Unit desk');
    c = await makeInstall('Eastham Safeguarding Children Partnership', 'Business Unit desk');
  });
  afterEach(() => {
    for (const session of sessions.splice(0)) if (!session.locked) session.lock();
    for (const install of [a, b, c]) install.temp.cleanup();
  });

  async function officerOf(install: Install, name: string): Promise<Session> {
    const session = await signIn(install, name, 'business-unit', 'Business Unit');
    sessions.push(session);
    return session;
  }

  it('arrives on the third install field for field, documents included, and the install it was not sealed to cannot open it', async () => {
    // A's case names an agency C's partnership does not list yet.
    addOrganisation(a.session, YOUTH_JUSTICE);
    const file = caseFileFixture();
    file.case.agencies.push(YOUTH_JUSTICE);
    const reference = importFixtureCase(a, file);
    const officerA = await officerOf(a, 'Ffion Officer');
    const documents = [
      { name: 'Referral as received.pdf', mediaType: 'application/pdf', note: 'From the school', content: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300)]) },
      // Over 1 MiB and not a whole number of chunks, in the store (256 KiB) or in the bundle (64 KiB).
      { name: 'Rapid review minutes.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', note: '', content: randomBytes(1_572_864 + 3) },
      // Exactly two store chunks: the boundary itself.
      { name: 'Photographs.bin', mediaType: 'application/octet-stream', note: 'Scanned at the meeting', content: randomBytes(2 * 256 * 1024) },
    ];
    for (const document of documents) addDocument(officerA, reference, document);

    // B trusts A, so A's signature will check out there.
    trust(b, a);
    const { bInA: cInA } = trustEachOther(a, c);
    const outgoing = await buildCaseBundle(officerA, reference, contactIn(a, cInA), 'The child moved to Eastham in March; the family’s new address is on the people page.');
    const file1 = bundlePath(a, 'case');
    const made = await makeBundle(officerA, outgoing, file1);
    expect(made.summary[0]).toBe(`Case ${reference} handed over to Eastham Safeguarding Children Partnership – Business Unit desk`);

    // The file key was sealed to C alone.
    const officerB = await officerOf(b, 'Rhys Officer');
    const beforeB = footprint(officerB);
    const refused = await refusalOf(() => importBundle(officerB, file1, null, IMPORT));
    expect(refused.code).toBe('BUNDLE_REFUSED');
    expect(refused.message).toBe(`This bundle is for another install (fingerprint ${groupFingerprint(readIdentity(c.session.store.db).fingerprint)}): it cannot be opened here. Nothing was imported.`);
    expect(footprint(officerB)).toEqual(beforeB);

    const officerC = await officerOf(c, 'Carys Officer');
    const preview = await previewBundle(officerC, file1, 1);
    expect(preview.caseReference).toEqual({ theirs: reference, ours: reference });
    expect(preview.willDo).toEqual([
      `Create case ${reference}, keeping the reference it has at Northam Safeguarding Children Partnership (Business Unit desk)`,
      '6 stages in its history, 7 records, 3 people and 6 clocks',
      '3 documents (2.0 MB) kept in the case’s documents',
      `Add the agency “${YOUTH_JUSTICE}” to this partnership’s organisations: the case names it and this install does not list it yet`,
    ]);
    expect(preview.warnings).toEqual(['Note from Northam Safeguarding Children Partnership (Business Unit desk): The child moved to Eastham in March; the family’s new address is on the people page.']);

    const result = await importBundle(officerC, file1, preview.sha256, IMPORT);
    expect(result.caseReference).toBe(reference);

    const sent = readCaseFile(a.session.store.db, caseIdOf(a.session, reference));
    const arrived = readCaseFile(c.session.store.db, caseIdOf(c.session, reference));
    expect(comparable(arrived)).toEqual(comparable(sent));
    expect(arrived.case.agencies).toContain(YOUTH_JUSTICE);
    // Spot checks that the comparison compared something: an endorsement still names its meeting.
    const meeting = arrived.records.find((record) => record.type === 'meeting')!;
    expect(arrived.records.find((record) => record.type === 'endorsement')!.data.meetingId).toBe(meeting.id);
    expect(arrived.people.find((person) => person.relationship === 'Mother')!.contactDetails).toContain('07700 900123');
    // Who entered what is the person who took the case in, as an import of a case file records it.
    const carys = (c.session.store.db.prepare("SELECT id FROM users WHERE name = 'Carys Officer'").get() as { id: string }).id;
    expect(c.session.store.db.prepare('SELECT DISTINCT entered_by AS by FROM case_records WHERE case_id = ?').all(caseIdOf(c.session, reference))).toEqual([{ by: carys }]);

    const documentsA = documentsOf(officerA, reference);
    const documentsC = documentsOf(officerC, reference);
    expect(documentsC.map(({ content: _content, ...rest }) => rest)).toEqual(documentsA.map(({ content: _content, ...rest }) => rest));
    documentsC.forEach((document, index) => {
      expect(document.content.equals(documentsA[index]!.content)).toBe(true);
      expect(sha256Of(document.content)).toBe(document.sha256);
    });
    expect(documentsC.map((document) => document.size).sort((x, y) => x - y)).toEqual([309, 524_288, 1_572_867]);

    const received = auditActions(officerC, 'case.received');
    expect(received).toHaveLength(1);
    expect(received[0]!.details).toMatchObject({ fromFingerprint: readIdentity(a.session.store.db).fingerprint, theirReference: reference, documents: 3, agenciesAdded: [YOUTH_JUSTICE] });
    expect(auditActions(officerC, 'exchange.bundle-received').map((event) => event.details.bundleId)).toEqual([made.bundleId]);
    expect(auditActions(officerA, 'exchange.bundle-sent').map((event) => event.details.bundleId)).toEqual([made.bundleId]);
  });

  it('gives the case a new reference where its own is taken, and says so before anything is written', async () => {
    const reference = importFixtureCase(a);
    importFixtureCase(c);
    const officerA = await officerOf(a, 'Ffion Officer');
    const { bInA: cInA } = trustEachOther(a, c);
    const path = bundlePath(a, 'case');
    await makeBundle(officerA, await buildCaseBundle(officerA, reference, contactIn(a, cInA), ''), path);
    const officerC = await officerOf(c, 'Carys Officer');
    const preview = await previewBundle(officerC, path, 7);
    expect(preview.willDo[0]).toBe(`Create case PRM-2025-001: its reference at Northam Safeguarding Children Partnership (Business Unit desk), ${reference}, is already used by a case here`);
    expect(preview.warnings).toEqual([]);
    const result = await importBundle(officerC, path, null, IMPORT);
    expect(result.caseReference).toBe('PRM-2025-001');
    expect(readCaseFile(c.session.store.db, caseIdOf(c.session, 'PRM-2025-001')).records).toHaveLength(7);
  });

  it('is handed over only by someone who may change the case', async () => {
    const reference = importFixtureCase(a);
    const { bInA: cInA } = trustEachOther(a, c);
    const panel = await signIn(a, 'Pat Panel', 'screening-panel', 'Business Unit');
    sessions.push(panel);
    const refused = await refusalOf(() => buildCaseBundle(panel, reference, contactIn(a, cInA), ''));
    expect(refused.code).toBe('NOT_ALLOWED');
    expect(refused.message).toBe('You are not allowed to hand this case over to another partnership. Ask an administrator if your role should include it.');
  });
});

describe('streaming documents into and out of the store', () => {
  let a: Install;
  beforeEach(async () => {
    a = await makeInstall('Northam Safeguarding Children Partnership', 'Business Unit desk');
  });
  afterEach(() => a.temp.cleanup());

  it('stores chunks of any size as the same bytes, and reads them back chunk by chunk', () => {
    const reference = importFixtureCase(a);
    const caseId = caseIdOf(a.session, reference);
    const bytes = randomBytes(700_001);
    const pieces = [bytes.subarray(0, 1), bytes.subarray(1, 65_537), bytes.subarray(65_537, 600_000), bytes.subarray(600_000)];
    const { id, size } = a.session.store.change((db, audit) => {
      const written = insertDocumentFromChunks(db, caseId, { name: 'pieces.bin', mediaType: 'application/octet-stream', note: '', sha256: sha256Of(bytes), addedBy: a.session.userId, addedAt: new Date().toISOString() }, pieces);
      audit({ actorId: a.session.userId, action: 'test.document-streamed', recordType: 'case', recordId: caseId });
      return written;
    });
    expect(size).toBe(bytes.length);
    const chunks = [...documentChunks(a.session.store.db, id)];
    expect(chunks.map((chunk) => chunk.length)).toEqual([262_144, 262_144, 175_713]);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
    expect(listDocuments(a.session.store.db, caseId).find((document) => document.id === id)!.size).toBe(700_001);
  });

  it('leaves nothing behind when the chunks fail part-way, as a bundle item that fails its hash does', () => {
    const reference = importFixtureCase(a);
    const caseId = caseIdOf(a.session, reference);
    const before = footprint(a.session);
    function* failing(): Generator<Buffer> {
      yield randomBytes(300_000);
      throw new Error('The item does not match its recorded fingerprint.');
    }
    expect(() =>
      a.session.store.change((db, audit) => {
        insertDocumentFromChunks(db, caseId, { name: 'broken.bin', mediaType: 'application/octet-stream', note: '', sha256: '0'.repeat(64), addedBy: a.session.userId, addedAt: new Date().toISOString() }, failing());
        audit({ actorId: a.session.userId, action: 'test.document-streamed', recordType: 'case', recordId: caseId });
      }),
    ).toThrow('recorded fingerprint');
    expect(footprint(a.session)).toEqual(before);
  });
});
