import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { addDocument, readDocument, sniffMediaType } from '../../../main/reviews/documents.ts';
import { CHUNK_BYTES, listDocuments } from '../../../main/store/repositories/case-documents.ts';
import { addCase, auditActions, makeCaseStore, OFFICER, type CaseStore } from './people-fixture.ts';

function refusal(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('what a document’s first bytes say it is', () => {
  it('trusts the given type unless a well-known signature says otherwise', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n'), 'application/octet-stream')).toBe('application/pdf');
    expect(sniffMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/jpeg')).toBe('image/png');
    expect(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), '')).toBe('image/jpeg');
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    expect(sniffMediaType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]), docx)).toBe(docx);
    expect(sniffMediaType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]), 'text/plain')).toBe('application/zip');
    expect(sniffMediaType(Buffer.from('Minutes of the meeting'), 'text/plain')).toBe('text/plain');
  });
});

describe('a case’s documents', () => {
  let store: CaseStore;
  let record: { id: number; reference: string };
  beforeEach(async () => {
    store = await makeCaseStore();
    record = addCase(store.officer, { referralDate: '2026-03-02' });
  });
  afterEach(() => store.cleanup());

  it('gives back the same bytes it was given, in chunks, with the SHA-256 taken at intake', () => {
    const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(CHUNK_BYTES * 2 + 1234)]);
    const view = addDocument(store.officer, record.reference, { name: ' Referral form.pdf ', mediaType: 'application/octet-stream', note: 'As received from Housing', content });
    const listed = listDocuments(store.officer.store.db, record.id);
    expect(listed).toEqual([
      { id: listed[0]!.id, name: 'Referral form.pdf', mediaType: 'application/pdf', size: content.length, sha256: sha256(content), note: 'As received from Housing', addedBy: OFFICER, addedAt: expect.any(String) },
    ]);
    expect(view.documents).toEqual(listed);
    expect(store.officer.store.db.prepare('SELECT count(*) AS n FROM case_document_chunks WHERE document_id = ?').get(listed[0]!.id)).toEqual({ n: 3 });
    const added = auditActions(store.officer, 'document.added');
    expect(added.map((event) => JSON.parse(event.body!))).toEqual([{ documentId: listed[0]!.id, sha256: sha256(content), size: content.length }]);

    const opened = readDocument(store.officer, record.reference, listed[0]!.id);
    expect(opened.name).toBe('Referral form.pdf');
    expect(opened.mediaType).toBe('application/pdf');
    expect(opened.content.equals(content)).toBe(true);
    expect(auditActions(store.officer, 'document.opened')).toEqual([{ record_id: String(record.id), body: JSON.stringify({ documentId: listed[0]!.id, sha256: sha256(content) }) }]);
  });

  it('refuses an empty file beside the file field, and stores nothing', () => {
    expect(refusal(() => addDocument(store.officer, record.reference, { name: 'blank.txt', mediaType: 'text/plain', note: '', content: Buffer.alloc(0) }))).toMatchObject({
      code: 'INVALID_INPUT',
      problems: [{ path: 'contentBase64', message: 'Choose a file that is not empty' }],
    });
    expect(listDocuments(store.officer.store.db, record.id)).toEqual([]);
  });

  it('detects a chunk altered in the store, refuses to hand it over, and records the attempt', () => {
    const content = randomBytes(CHUNK_BYTES + 10);
    const view = addDocument(store.officer, record.reference, { name: 'minutes.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', note: '', content });
    const id = view.documents[0]!.id;
    const tampered = Buffer.from(content.subarray(CHUNK_BYTES));
    tampered[0] = tampered[0]! ^ 0xff;
    store.officer.store.db.prepare('UPDATE case_document_chunks SET bytes = ? WHERE document_id = ? AND seq = 1').run(tampered, id);
    const error = refusal(() => readDocument(store.officer, record.reference, id));
    expect(error.code).toBe('STORE_DAMAGED');
    expect(error.message).toMatch(/"minutes\.docx" is damaged/);
    expect(auditActions(store.officer, 'document.opened')).toEqual([]);
    expect(auditActions(store.officer, 'document.damaged')).toHaveLength(1);
  });

  it('lets only people who may read the case open its documents, and only editors add them', async () => {
    const view = addDocument(store.officer, record.reference, { name: 'letter.txt', mediaType: 'text/plain', note: '', content: Buffer.from('To the National Panel') });
    const scrutineer = await store.signIn('Kit Scrutineer', 'scrutineer');
    expect(readDocument(scrutineer, record.reference, view.documents[0]!.id).content.toString()).toBe('To the National Panel');
    expect(refusal(() => addDocument(scrutineer, record.reference, { name: 'other.txt', mediaType: 'text/plain', note: '', content: Buffer.from('x') })).code).toBe('NOT_ALLOWED');
    expect(refusal(() => readDocument(store.temp.session, record.reference, view.documents[0]!.id)).code).toBe('NOT_ALLOWED');
    expect(refusal(() => readDocument(store.officer, record.reference, 9999)).code).toBe('NOT_FOUND');
    expect(listDocuments(store.officer.store.db, record.id)).toHaveLength(1);
  });
});
