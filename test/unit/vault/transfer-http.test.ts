import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Desktop } from '../../../main/api/desktop.ts';
import { startPreview, type RunningPreview } from '../../../main/preview/server.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import type { CopyJob, IntakeJob, ReleaseJob, StreamOptions } from '../../../main/vault/transfer-desk.ts';
import { AppError } from '../../../shared/errors.ts';
import { PREVIEW_TOKEN_HEADER } from '../../../shared/ipc/transport.ts';
import { TRANSFER_PATH } from '../../../shared/vault/transfer.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempFolder, makeTempStore, type TempStore } from '../helpers/temp-store.ts';

const OTHER_USER = 'Transfer Colleague';
const MB = 1024 * 1024;

/** Waits for what the server does when it gets round to it. */
const waitUntil = (condition: () => boolean): Promise<void> =>
  vi.waitFor(
    () => {
      if (!condition()) throw new Error('Not yet.');
    },
    { timeout: 5000, interval: 10 },
  );

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** An intake that hashes what arrives, and says how it ended. */
function intakeJob(size: number, name = 'records/visit-notes.pdf') {
  let firstBytes!: () => void;
  const started = new Promise<void>((resolve) => (firstBytes = resolve));
  const job = {
    received: 0,
    signal: null as AbortSignal | null,
    ended: null as null | { placed: true; sha256: string } | { placed: false; error: unknown },
    started,
    settled: null as Promise<unknown> | null,
  };
  const intake: IntakeJob = {
    kind: 'intake',
    path: name,
    size,
    pickId: null,
    place(source, options) {
      job.signal = options.signal ?? null;
      const run = (async () => {
        const hash = createHash('sha256');
        try {
          for await (const chunk of source) {
            hash.update(chunk);
            job.received += chunk.length;
            firstBytes();
          }
          const digest = hash.digest('hex');
          job.ended = { placed: true, sha256: digest };
          return { fileId: 7, sha256: digest, size: job.received, mediaType: 'application/pdf' };
        } catch (error) {
          job.ended = { placed: false, error };
          throw error;
        }
      })();
      job.settled = run.catch(() => undefined);
      return run;
    },
  };
  return { job, intake };
}

function copyJob(bytes: Buffer, options: { name?: string; size?: number | null; failAt?: number } = {}): CopyJob & { readonly signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  return {
    kind: 'copy',
    name: options.name ?? 'Chronology — Łódź visit.pdf',
    size: options.size === undefined ? bytes.length : options.size,
    mediaType: 'application/pdf',
    signals,
    async *read(streamOptions: StreamOptions) {
      if (streamOptions.signal) signals.push(streamOptions.signal);
      for (let offset = 0; offset < bytes.length; offset += MB) {
        if (options.failAt !== undefined && offset >= options.failAt) throw new Error('A chunk failed its seal.');
        yield bytes.subarray(offset, offset + MB);
      }
      if (options.failAt === 0) throw new Error('A chunk failed its seal.');
    },
  };
}

function releaseJob(files: Record<string, Buffer>) {
  const finished: { filesWritten: number; complete: boolean }[] = [];
  const entries = Object.entries(files);
  const job: ReleaseJob = {
    kind: 'release',
    folderName: 'Housing — CSPR-2026-001',
    files: entries.map(([file, bytes]) => ({ path: file, size: bytes.length })),
    async *read(index) {
      const bytes = entries[index]![1];
      for (let offset = 0; offset < bytes.length; offset += MB) yield bytes.subarray(offset, offset + MB);
    },
    finish(outcome) {
      finished.push(outcome);
    },
  };
  return { job, finished };
}

async function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const files = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    files.set(entry.fileName, Buffer.concat(chunks));
  }
  return files;
}

describe('secured files’ bytes over the preview', () => {
  let temp: TempStore;
  let desktop: Desktop;
  let preview: RunningPreview;
  let adminId: string;
  let otherId: string;
  let rendererFolder: string;

  beforeAll(async () => {
    temp = await makeTempStore();
    await addUser(temp.session, { name: OTHER_USER, role: 'business-unit', organisation: 'Business Unit', passphrase: 'quartz bramble lantern' });
    setMustChangePassphrase(temp.session.store.db, findUserByName(temp.session.store.db, OTHER_USER)!.id, false);
    adminId = findUserByName(temp.session.store.db, ADMIN)!.id;
    otherId = findUserByName(temp.session.store.db, OTHER_USER)!.id;
    temp.session.lock();
    rendererFolder = makeTempFolder('prm-renderer-');
    fs.writeFileSync(path.join(rendererFolder, 'index.html'), '<!doctype html><title>Practice Review Manager</title>');
    desktop = new Desktop({ storeFolder: temp.folder, openCopiesFolder: path.join(temp.root, 'open-copies') });
    await desktop.unlock(ADMIN, ADMIN_PASSPHRASE);
    preview = await startPreview({ desktop, rendererFolder });
  });
  afterAll(async () => {
    await preview.close();
    temp.cleanup();
    fs.rmSync(rendererFolder, { recursive: true, force: true });
  });

  const address = (ticket: string): string => `${preview.origin}${TRANSFER_PATH}${encodeURIComponent(ticket)}`;
  const withToken = (headers: Record<string, string> = {}): Record<string, string> => ({ [PREVIEW_TOKEN_HEADER]: preview.token, ...headers });

  async function put(ticket: string, body: Buffer, headers = withToken()): Promise<{ status: number; body: unknown }> {
    const response = await fetch(address(ticket), { method: 'PUT', headers, body: new Uint8Array(body) });
    return { status: response.status, body: await response.json() };
  }

  describe('guards', () => {
    it('refuses a transfer without the token, or with a wrong one, and leaves the ticket unused', async () => {
      const { job, intake } = intakeJob(5);
      const ticket = desktop.transfers.issue(adminId, intake);
      expect(await put(ticket, Buffer.from('hello'), {})).toMatchObject({ status: 401, body: { ok: false, error: { code: 'NOT_ALLOWED' } } });
      expect(await put(ticket, Buffer.from('hello'), { [PREVIEW_TOKEN_HEADER]: 'a'.repeat(preview.token.length) })).toMatchObject({ status: 401 });
      const download = await fetch(address(ticket));
      expect(download.status).toBe(401);
      expect(job.received).toBe(0);
      // The refusals came before the ticket was redeemed: the right request still works.
      expect(await put(ticket, Buffer.from('hello'))).toMatchObject({ status: 200, body: { ok: true, value: { kind: 'placed', fileId: 7, sha256: sha256(Buffer.from('hello')), size: 5 } } });
    });

    it('refuses a transfer from a page of another origin', async () => {
      const { job, intake } = intakeJob(5);
      const ticket = desktop.transfers.issue(adminId, intake);
      expect(await put(ticket, Buffer.from('hello'), withToken({ Origin: 'https://example.com' }))).toMatchObject({ status: 403, body: { ok: false, error: { code: 'NOT_ALLOWED' } } });
      expect(job.received).toBe(0);
    });

    it('refuses a ticket used twice', async () => {
      const ticket = desktop.transfers.issue(adminId, intakeJob(5).intake);
      expect((await put(ticket, Buffer.from('hello'))).status).toBe(200);
      expect(await put(ticket, Buffer.from('hello'))).toMatchObject({ status: 410, body: { ok: false, error: { code: 'TICKET_INVALID' } } });
    });

    it('refuses a ticket issued to another person', async () => {
      const { job, intake } = intakeJob(5);
      const ticket = desktop.transfers.issue(otherId, intake);
      expect(await put(ticket, Buffer.from('hello'))).toMatchObject({ status: 410, body: { ok: false, error: { code: 'TICKET_INVALID', message: expect.stringMatching(/someone else/) } } });
      expect(job.received).toBe(0);
      const download = await fetch(address(desktop.transfers.issue(otherId, copyJob(Buffer.from('secret')))), { headers: withToken() });
      expect(download.status).toBe(410);
    });

    it('refuses a ticket nobody issued', async () => {
      expect(await put('made-up-ticket', Buffer.from('hello'))).toMatchObject({ status: 410, body: { ok: false, error: { code: 'TICKET_INVALID' } } });
    });

    it('refuses a download ticket used to upload, and the other way round', async () => {
      expect(await put(desktop.transfers.issue(adminId, copyJob(Buffer.from('copy'))), Buffer.from('hello'))).toMatchObject({ status: 410, body: { error: { code: 'TICKET_INVALID' } } });
      const { job, intake } = intakeJob(5);
      const response = await fetch(address(desktop.transfers.issue(adminId, intake)), { headers: withToken() });
      expect(response.status).toBe(410);
      expect(job.received).toBe(0);
    });

    it('refuses a body of another size than the one declared when the transfer started', async () => {
      const { job, intake } = intakeJob(10);
      expect(await put(desktop.transfers.issue(adminId, intake), Buffer.from('hello'))).toMatchObject({ status: 400, body: { error: { code: 'INVALID_INPUT', message: expect.stringMatching(/5 bytes, not the 10 bytes/) } } });
      expect(job.received).toBe(0);
    });
  });

  it('streams an upload into the job, and answers with what was placed', async () => {
    const bytes = randomBytes(5 * MB + 123);
    const { job, intake } = intakeJob(bytes.length);
    const answer = await put(desktop.transfers.issue(adminId, intake), bytes);
    expect(answer).toEqual({ status: 200, body: { ok: true, value: { kind: 'placed', fileId: 7, sha256: sha256(bytes), size: bytes.length } } });
    expect(job.ended).toEqual({ placed: true, sha256: sha256(bytes) });
  });

  it('aborts the job when the upload is cut off part-way, so nothing is placed', async () => {
    const size = 8 * MB;
    const { job, intake } = intakeJob(size);
    const ticket = desktop.transfers.issue(adminId, intake);
    const request = http.request(address(ticket), { method: 'PUT', headers: withToken({ 'Content-Length': String(size) }) });
    request.on('error', () => undefined);
    request.write(randomBytes(MB));
    await job.started;
    request.destroy();
    await waitUntil(() => job.settled !== null && job.ended !== null);
    await job.settled;
    expect(job.ended).toMatchObject({ placed: false });
    expect(job.signal?.aborted).toBe(true);
    expect(job.received).toBeLessThan(size);
  });

  it('streams a working copy with its name, type and length', async () => {
    const bytes = randomBytes(3 * MB + 17);
    const job = copyJob(bytes);
    const response = await fetch(address(desktop.transfers.issue(adminId, job)), { headers: withToken() });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Chronology _ __d_ visit.pdf"; filename*=UTF-8''Chronology%20%E2%80%94%20%C5%81%C3%B3d%C5%BA%20visit.pdf`);
    expect(sha256(Buffer.from(await response.arrayBuffer()))).toBe(sha256(bytes));
  });

  it('sends a copy of unknown length (a watermarked PDF) without a length', async () => {
    const bytes = randomBytes(2 * MB);
    const response = await fetch(address(desktop.transfers.issue(adminId, copyJob(bytes, { size: null }))), { headers: withToken() });
    expect(response.headers.get('content-length')).toBeNull();
    expect(sha256(Buffer.from(await response.arrayBuffer()))).toBe(sha256(bytes));
  });

  it('answers a copy refused at its first chunk with the message, not a broken download', async () => {
    const refused: CopyJob = {
      ...copyJob(Buffer.alloc(0)),
      async *read() {
        throw new AppError('FILE_REFUSED', 'This PDF is protected with a password, so a watermarked working copy cannot be made of it.');
      },
    };
    const response = await fetch(address(desktop.transfers.issue(adminId, refused)), { headers: withToken() });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FILE_REFUSED', message: expect.stringMatching(/protected with a password/) } });
  });

  it('cuts the connection, rather than end the file early, when a copy fails part-way', async () => {
    const response = await fetch(address(desktop.transfers.issue(adminId, copyJob(randomBytes(4 * MB), { failAt: 2 * MB, size: null }))), { headers: withToken() });
    expect(response.status).toBe(200);
    await expect(response.arrayBuffer()).rejects.toThrow();
  });

  it('waits for a slow reader instead of reading the whole file ahead', async () => {
    const chunk = Buffer.alloc(MB, 7);
    let produced = 0;
    const total = 512;
    const job: CopyJob = {
      kind: 'copy',
      name: 'large.bin',
      size: total * MB,
      mediaType: 'application/octet-stream',
      async *read() {
        for (let index = 0; index < total; index++) {
          produced++;
          yield chunk;
        }
      },
    };
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http.get(address(desktop.transfers.issue(adminId, job)), { headers: withToken() }, resolve).on('error', reject);
    });
    response.pause();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Only what the socket's buffers hold has been read from the store, not 512 MB.
    expect(produced).toBeGreaterThan(0);
    expect(produced).toBeLessThan(128);
    response.destroy();
  });

  it('stops reading a copy when the client goes away', async () => {
    const job = copyJob(randomBytes(64 * MB));
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http.get(address(desktop.transfers.issue(adminId, job)), { headers: withToken() }, resolve).on('error', reject);
    });
    response.once('data', () => response.destroy());
    await waitUntil(() => job.signals[0]?.aborted === true);
    expect(job.signals[0]!.aborted).toBe(true);
  });

  it('streams a release as one zip with its folders kept, and logs it complete', async () => {
    const files = {
      'Visit notes.pdf': randomBytes(MB + 5),
      'Case file/2026/assessment.docx': randomBytes(2 * MB),
      'Case file/photographs/garden.jpg': randomBytes(300),
    };
    const { job, finished } = releaseJob(files);
    const response = await fetch(address(desktop.transfers.issue(adminId, job)), { headers: withToken() });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''Housing%20%E2%80%94%20CSPR-2026-001.zip`);
    const zipped = await unzip(Buffer.from(await response.arrayBuffer()));
    expect([...zipped.keys()].sort()).toEqual(Object.keys(files).map((file) => `Housing — CSPR-2026-001/${file}`).sort());
    for (const [file, bytes] of Object.entries(files)) expect(sha256(zipped.get(`Housing — CSPR-2026-001/${file}`)!)).toBe(sha256(bytes));
    await waitUntil(() => finished.length > 0);
    expect(finished).toEqual([{ filesWritten: 3, complete: true }]);
  });

  it('logs a release the client left part-way as incomplete, with the files written so far', async () => {
    const { job, finished } = releaseJob({ 'first.bin': randomBytes(MB), 'second.bin': randomBytes(48 * MB), 'third.bin': randomBytes(MB) });
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http.get(address(desktop.transfers.issue(adminId, job)), { headers: withToken() }, resolve).on('error', reject);
    });
    let received = 0;
    response.on('data', (chunk: Buffer) => {
      received += chunk.length;
      // Past the first file, inside the second.
      if (received > 3 * MB) response.destroy();
    });
    await waitUntil(() => finished.length > 0);
    expect(finished).toHaveLength(1);
    expect(finished[0]!.complete).toBe(false);
    expect(finished[0]!.filesWritten).toBeLessThan(3);
  });

  it('refuses every transfer once the store has locked', async () => {
    const ticket = desktop.transfers.issue(adminId, copyJob(Buffer.from('copy')));
    desktop.lock();
    const response = await fetch(address(ticket), { headers: withToken() });
    expect(response.status).toBe(401);
    expect(await text(response.body!)).toContain('LOCKED');
    await desktop.unlock(ADMIN, ADMIN_PASSPHRASE);
    // The lock voided the ticket: unlocking again does not bring it back.
    expect((await fetch(address(ticket), { headers: withToken() })).status).toBe(410);
  });
});
