import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPreview, type RunningPreview } from '../../../main/preview/server.ts';
import { INTAKE_BATCH_CHUNKS } from '../../../main/vault/intake.ts';
import { PREVIEW_CALL_PATH, PREVIEW_TOKEN_HEADER } from '../../../shared/ipc/transport.ts';
import type { Result } from '../../../shared/errors.ts';
import type { OpenResult, TicketGrant, VaultView } from '../../../shared/vault/secured-files.ts';
import { TRANSFER_PATH, type TransferOutcome } from '../../../shared/vault/transfer.ts';
import { makeTempFolder } from '../helpers/temp-store.ts';
import { pdfPageTexts } from '../exports/pdf-text.ts';
import { events, fileBytes, makeSetsFixture, PEOPLE, POLICE, setOf, sha256, signIn, type SetsFixture } from './sets-fixture.ts';

const PURPOSE = 'Preparing the agency’s chronology for the panel';
const MB = 1024 * 1024;

async function twoPagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const number of [1, 2]) doc.addPage([595, 842]).drawText(`Invented police record page ${number}`, { x: 60, y: 700, size: 14, font });
  return Buffer.from(await doc.save());
}

/** The real services behind the preview: the bytes of a secured file over HTTP, as the browser moves them. */
describe('secured files over the preview, through the real services', () => {
  let fixture: SetsFixture;
  let preview: RunningPreview;
  let rendererFolder: string;

  beforeAll(async () => {
    fixture = await makeSetsFixture();
    rendererFolder = makeTempFolder('prm-renderer-');
    fs.writeFileSync(path.join(rendererFolder, 'index.html'), '<!doctype html><title>Practice Review Manager</title>');
    await signIn(fixture, PEOPLE.businessUnit);
    await call('vault.setUp', { reference: fixture.reference, agency: POLICE, representative: PEOPLE.policeRep });
    await signIn(fixture, PEOPLE.policeRep);
    preview = await startPreview({ desktop: fixture.desktop, rendererFolder });
  });
  afterAll(async () => {
    await preview.close();
    fixture.cleanup();
    fs.rmSync(rendererFolder, { recursive: true, force: true });
  });

  const headers = (): Record<string, string> => ({ [PREVIEW_TOKEN_HEADER]: preview.token });

  /** A call as the preview's page makes it: before the preview starts, straight through the same pipeline. */
  async function call<T>(name: string, input: unknown): Promise<T> {
    if (preview === undefined) {
      const result = await fixture.desktop.invoke(name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value as T;
    }
    const response = await fetch(`${preview.origin}${PREVIEW_CALL_PATH}${name}`, { method: 'POST', headers: { ...headers(), 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
    const result = (await response.json()) as Result<T>;
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  }

  async function upload(grant: TicketGrant, bytes: Buffer): Promise<Result<TransferOutcome>> {
    const response = await fetch(`${preview.origin}${TRANSFER_PATH}${grant.ticket}`, { method: 'PUT', headers: headers(), body: new Uint8Array(bytes) });
    return (await response.json()) as Result<TransferOutcome>;
  }

  const counts = () => {
    const db = fixture.desktop.requireSession().store.db;
    return {
      files: (db.prepare('SELECT COUNT(*) AS n FROM secured_files').get() as { n: number }).n,
      chunks: (db.prepare('SELECT COUNT(*) AS n FROM secured_file_chunks').get() as { n: number }).n,
    };
  };

  const policeSet = async () => setOf(await call<VaultView>('vault.get', { reference: fixture.reference }), POLICE);

  it('places an upload in the set, and sends it back as a working copy, byte for byte', async () => {
    const bytes = fileBytes('preview-upload', 3 * MB + 11);
    const { tickets } = await call<{ tickets: TicketGrant[] }>('vault.beginIntake', {
      reference: fixture.reference,
      agency: POLICE,
      note: 'Sent through the preview',
      files: [{ path: 'Case file/Contact log.bin', size: bytes.length }],
    });
    const placed = await upload(tickets[0]!, bytes);
    expect(placed).toMatchObject({ ok: true, value: { kind: 'placed', sha256: sha256(bytes), size: bytes.length } });
    const fileId = placed.ok && placed.value.kind === 'placed' ? placed.value.fileId : 0;
    expect((await policeSet()).files.find((file) => file.id === fileId)).toMatchObject({ path: 'Case file/Contact log.bin', sha256: sha256(bytes), size: bytes.length });

    const copy = await call<OpenResult>('vault.open', { reference: fixture.reference, agency: POLICE, fileId, purpose: PURPOSE, mode: 'copy' });
    if (copy.mode !== 'copy') throw new Error('A copy came back as an open.');
    const response = await fetch(`${preview.origin}${TRANSFER_PATH}${copy.ticket}`, { headers: headers() });
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''Contact%20log.bin`);
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect(sha256(Buffer.from(await response.arrayBuffer()))).toBe(sha256(bytes));
  });

  it('sends a PDF working copy watermarked on every page with the person, the date and the purpose', async () => {
    const pdf = await twoPagePdf();
    const { tickets } = await call<{ tickets: TicketGrant[] }>('vault.beginIntake', { reference: fixture.reference, agency: POLICE, files: [{ path: 'Police record.pdf', size: pdf.length }] });
    const placed = await upload(tickets[0]!, pdf);
    const fileId = placed.ok && placed.value.kind === 'placed' ? placed.value.fileId : 0;
    const copy = await call<OpenResult>('vault.open', { reference: fixture.reference, agency: POLICE, fileId, purpose: PURPOSE, mode: 'copy' });
    expect(copy).toMatchObject({ mode: 'copy', watermarked: true, size: null });
    if (copy.mode !== 'copy') throw new Error('A copy came back as an open.');
    const response = await fetch(`${preview.origin}${TRANSFER_PATH}${copy.ticket}`, { headers: headers() });
    expect(response.status).toBe(200);
    const pages = pdfPageTexts(Buffer.from(await response.arrayBuffer()));
    expect(pages).toHaveLength(2);
    pages.forEach((page, index) => {
      const text = page.replace(/\s+/g, ' ');
      expect(text).toContain(`Invented police record page ${index + 1}`);
      expect(text).toMatch(new RegExp(`Working copy for ${PEOPLE.policeRep} — \\d{1,2} [A-Z][a-z]+ \\d{4} — Purpose: ${PURPOSE} — OFFICIAL-SENSITIVE`));
    });
  });

  it('leaves nothing of an upload cut off part-way', async () => {
    const before = counts();
    const size = (INTAKE_BATCH_CHUNKS + 2) * MB;
    const { tickets } = await call<{ tickets: TicketGrant[] }>('vault.beginIntake', { reference: fixture.reference, agency: POLICE, files: [{ path: 'Cut short.bin', size }] });
    const request = http.request(`${preview.origin}${TRANSFER_PATH}${tickets[0]!.ticket}`, { method: 'PUT', headers: { ...headers(), 'Content-Length': String(size) } });
    request.on('error', () => undefined);
    request.write(fileBytes('cut-short', (INTAKE_BATCH_CHUNKS + 1) * MB));
    // The file is being received — its row and a first batch of sealed chunks are in the store, not yet shown — when the connection is cut.
    await vi.waitFor(() => expect(counts()).toEqual({ files: before.files + 1, chunks: before.chunks + INTAKE_BATCH_CHUNKS }), { timeout: 10_000, interval: 20 });
    request.destroy();
    await vi.waitFor(() => expect(counts()).toEqual(before), { timeout: 10_000, interval: 20 });
    expect((await policeSet()).files.map((file) => file.path)).not.toContain('Cut short.bin');
  });

  it('streams a release as one zip of the whole set, its folders kept, and logs it complete', async () => {
    const set = await policeSet();
    const release = await call<{ ticket: string; files: number; bytes: number }>('vault.release', { reference: fixture.reference, agency: POLICE, purpose: 'Returning the records to the agency' });
    expect(release.files).toBe(set.files.length);
    const response = await fetch(`${preview.origin}${TRANSFER_PATH}${release.ticket}`, { headers: headers() });
    expect(response.headers.get('content-type')).toBe('application/zip');
    const zip = await yauzl.fromBufferPromise(Buffer.from(await response.arrayBuffer()), { lazyEntries: true });
    const hashes = new Map<string, string>();
    for await (const entry of zip.eachEntry()) {
      const parts: Buffer[] = [];
      for await (const part of await zip.openReadStreamPromise(entry)) parts.push(part as Buffer);
      hashes.set(entry.fileName.split('/').slice(1).join('/'), sha256(Buffer.concat(parts)));
    }
    expect(hashes).toEqual(new Map(set.files.map((file) => [file.path, file.sha256])));
    await vi.waitFor(() => expect(events(fixture, 'secured.released')).toHaveLength(1), { timeout: 5000, interval: 20 });
    expect(events(fixture, 'secured.released')[0]!.details).toMatchObject({ filesWritten: set.files.length, files: set.files.length, complete: true });
  });
});
