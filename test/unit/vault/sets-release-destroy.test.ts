import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VaultView } from '../../../shared/vault/secured-files.ts';
import { dateInWords } from '../../../main/exports/pdf/date-words.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { pdfText } from '../exports/pdf-text.ts';
import { addFiles, call, copyOf, events, fileBytes, makeSetsFixture, PEOPLE, POLICE, rawConnection, refused, releaseAll, setOf, signIn, type SetsFixture } from './sets-fixture.ts';

const REASON = 'The agency instructed destruction at the close of the review';

async function inventedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText('Invented assessment, page 1', { x: 60, y: 700, size: 14, font });
  doc.addPage([595, 842]).drawText('Invented assessment, page 2', { x: 60, y: 700, size: 14, font });
  return Buffer.from(await doc.save());
}

describe('working copies, release and destruction of a secured set', () => {
  let fixture: SetsFixture;
  let reference: string;
  let masterKey: Buffer;
  let files: { path: string; bytes: Buffer }[];
  let fileIds: number[];
  let setId: string;

  beforeAll(async () => {
    fixture = await makeSetsFixture();
    reference = fixture.reference;
    await signIn(fixture, PEOPLE.businessUnit);
    await call(fixture, 'vault.setUp', { reference, agency: POLICE, representative: PEOPLE.policeRep });
    setId = events(fixture, 'secured.set-up')[0]!.recordId!;
    await signIn(fixture, PEOPLE.policeRep);
    files = [
      { path: 'Assessments/assessment.pdf', bytes: await inventedPdf() },
      // Says it is a PDF at the start, but is not one: it cannot carry a watermark.
      { path: 'Assessments/damaged.pdf', bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), fileBytes('not-a-pdf', 4_000)]) },
      { path: 'Assessments/Older/visit log.bin', bytes: fileBytes('visits', 3_200_000) },
      { path: 'Summary.bin', bytes: fileBytes('summary', 700) },
    ];
    fileIds = await addFiles(fixture, reference, POLICE, files);
    masterKey = Buffer.from(fixture.desktop.requireSession().store.masterKey);
  });
  afterAll(() => fixture.cleanup());

  it('watermarks a PDF working copy with the person’s name, the date and the purpose', async () => {
    const purpose = 'Preparing the agency’s chronology for the panel';
    const { result, bytes } = await copyOf(fixture, reference, POLICE, fileIds[0]!, purpose);
    expect(result).toMatchObject({ mode: 'copy', name: 'assessment.pdf', size: null, watermarked: true });
    expect(bytes.equals(files[0]!.bytes)).toBe(false);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(2);
    const text = pdfText(bytes).replace(/\s+/g, ' ');
    expect(text).toContain(`Working copy for ${PEOPLE.policeRep} — ${dateInWords(todayInLondon())} — Purpose: ${purpose}`);
    expect(text).toContain('Invented assessment, page 2');
    expect(events(fixture, 'secured.copied').at(-1)).toMatchObject({ details: { path: 'Assessments/assessment.pdf', purpose, watermarked: true } });
  });

  it('refuses a PDF copy it cannot watermark rather than hand it out without one', async () => {
    await expect(copyOf(fixture, reference, POLICE, fileIds[1]!)).rejects.toMatchObject({ message: expect.stringContaining('No working copy of "Assessments/damaged.pdf" was saved') });
  });

  it('releases the whole set to a folder, keeping its structure, and logs the release', async () => {
    const grant = await call<{ ticket: string; files: number; bytes: number }>(fixture, 'vault.release', { reference, agency: POLICE, purpose: 'Returning the records to the agency at the close' });
    expect(grant).toMatchObject({ files: files.length, bytes: files.reduce((total, file) => total + file.bytes.length, 0) });
    // Logged before any byte leaves, so a crash part-way still leaves a trace.
    const started = events(fixture, 'secured.release-started').at(-1);
    expect(started).toMatchObject({ recordId: setId, details: { files: files.length, purpose: 'Returning the records to the agency at the close' } });
    const written = await releaseAll(fixture, grant.ticket);
    expect(events(fixture, 'secured.released').at(-1)!.seq).toBeGreaterThan(started!.seq);
    expect([...written.keys()].sort()).toEqual(files.map((file) => file.path).sort());
    for (const file of files) expect(written.get(file.path)!.equals(file.bytes), file.path).toBe(true);
    expect(events(fixture, 'secured.released').at(-1)).toMatchObject({ recordId: setId, details: { filesWritten: files.length, complete: true, purpose: 'Returning the records to the agency at the close' } });
    const set = setOf(await call<VaultView>(fixture, 'vault.get', { reference }), POLICE);
    expect(set).toMatchObject({ state: 'released', canAdd: false, canOpen: true });
    expect(await refused(fixture, 'vault.beginIntake', { reference, agency: POLICE, files: [{ path: 'Late.bin', size: 3 }] })).toMatchObject({ code: 'CONFLICT' });
  });

  it('destroys the set only when the agency’s name is typed, removing chunks and keys, freeing the space and keeping the log', async () => {
    const wrong = await refused(fixture, 'vault.destroy', { reference, agency: POLICE, reason: REASON, confirmAgency: 'Police' });
    expect(wrong.code).toBe('INVALID_INPUT');
    expect(wrong.message).toContain(`Type the agency’s name, ${POLICE}`);
    const db = fixture.desktop.requireSession().store.db;
    const count = (sql: string): number => (db.prepare(sql).pluck().get(Number(setId)) as number);
    const chunks = 'SELECT count(*) FROM secured_file_chunks WHERE file_id IN (SELECT id FROM secured_files WHERE set_id = ?)';
    const keys = 'SELECT count(*) FROM secured_file_keys WHERE file_id IN (SELECT id FROM secured_files WHERE set_id = ?)';
    expect(count(chunks)).toBeGreaterThanOrEqual(6);
    expect(count(keys)).toBe(files.length * 2);
    const pagesBefore = db.pragma('page_count', { simple: true }) as number;
    const loggedBefore = events(fixture, 'secured.copied').length + events(fixture, 'secured.placed').length;

    const view = await call<VaultView>(fixture, 'vault.destroy', { reference, agency: POLICE, reason: REASON, confirmAgency: POLICE.toLowerCase() });
    expect(setOf(view, POLICE)).toMatchObject({ state: 'destroyed', files: [], totalBytes: 0, canOpen: false, canAdd: false });
    expect(count(chunks)).toBe(0);
    expect(count(keys)).toBe(0);
    expect(count(`SELECT count(*) FROM secured_files WHERE set_id = ? AND state = 'destroyed'`)).toBe(files.length);
    expect(db.pragma('freelist_count', { simple: true })).toBe(0);
    // At least the visit log's 3.2 MB of chunks went back to the file system.
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    expect(pagesBefore - (db.pragma('page_count', { simple: true }) as number)).toBeGreaterThan(3_000_000 / pageSize);
    expect(events(fixture, 'secured.destroyed')).toMatchObject([{ recordId: setId, details: { files: files.length, reason: REASON } }]);
    expect(events(fixture, 'secured.copied').length + events(fixture, 'secured.placed').length).toBe(loggedBefore);

    expect(await refused(fixture, 'vault.open', { reference, agency: POLICE, fileId: fileIds[3], purpose: 'Opening after destruction', mode: 'copy' })).toMatchObject({ code: 'CONFLICT' });
    expect(await refused(fixture, 'vault.destroy', { reference, agency: POLICE, reason: REASON, confirmAgency: POLICE })).toMatchObject({ code: 'CONFLICT' });
    expect(await call(fixture, 'audit.verify', {})).toMatchObject({ intact: true });
  });

  it('leaves nothing a raw connection with the master key can read back', () => {
    const raw = rawConnection(fixture, masterKey);
    try {
      expect(raw.prepare('SELECT count(*) FROM secured_file_chunks').pluck().get()).toBe(0);
      expect(raw.prepare('SELECT count(*) FROM secured_file_keys').pluck().get()).toBe(0);
    } finally {
      raw.close();
    }
  });
});
