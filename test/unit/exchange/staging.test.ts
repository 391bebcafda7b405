/**
 * The exchange's private folder: files brought in through a transfer ticket are streamed into
 * it, owner-only, and known only to the person who brought them; bundles made here leave through
 * a ticket and are removed once read; everything goes when the store locks and when the app starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUSINESS_UNIT } from '../../../shared/organisations.ts';
import { Desktop } from '../../../main/api/desktop.ts';
import { Staging } from '../../../main/exchange/staging.ts';
import type { Session } from '../../../main/security/session.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import type { CopyJob, IntakeJob, TicketJob } from '../../../main/vault/transfer-desk.ts';
import { TransferDesk } from '../../../main/vault/transfer-desk.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';

const OTHER = 'Robin Officer';
const OTHER_PASSPHRASE = 'marble willow harbour';
const isPosix = process.platform !== 'win32';
const mode = (file: string): number => fs.statSync(file).mode & 0o777;

async function* pieces(...parts: (string | Buffer)[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === 'string' ? Buffer.from(part) : part;
}

function asIntake(job: TicketJob): IntakeJob {
  if (job.kind !== 'intake') throw new Error(`Expected an intake ticket, not ${job.kind}.`);
  return job;
}

function asCopy(job: TicketJob): CopyJob {
  if (job.kind !== 'copy') throw new Error(`Expected a copy ticket, not ${job.kind}.`);
  return job;
}

async function readAll(job: CopyJob): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of job.read({})) parts.push(part);
  return Buffer.concat(parts);
}

const filesIn = (folder: string): string[] => (fs.existsSync(folder) ? fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name) : []);

describe('the exchange’s staging folder', () => {
  let temp: TempStore;
  let admin: Session;
  let other: Session;
  let folder: string;
  let staging: Staging;
  let transfers: TransferDesk;

  beforeAll(async () => {
    temp = await makeTempStore();
    admin = temp.session;
    await addUser(admin, { name: OTHER, role: 'business-unit', organisation: BUSINESS_UNIT, passphrase: OTHER_PASSPHRASE });
    other = await unlock(temp.folder, OTHER, OTHER_PASSPHRASE);
  });
  afterAll(() => {
    if (other !== undefined && !other.locked) other.lock();
    temp.cleanup();
  });
  beforeEach(() => {
    folder = path.join(temp.root, 'staging');
    staging = new Staging(folder);
    staging.wipe();
    transfers = new TransferDesk();
  });

  it('streams a file brought in into the folder, owner-only, and gives back its staged id and hash', async () => {
    const grant = staging.beginUpload(admin, transfers, 'Police return.prmbundle', 11, null);
    expect(grant).toMatchObject({ path: 'Police return.prmbundle', size: 11 });
    const placed = await asIntake(transfers.redeem(grant.ticket, admin.userId)).place(pieces('hello ', 'world'), {});
    expect(placed).toEqual({ fileId: expect.any(Number), sha256: createHash('sha256').update('hello world').digest('hex'), size: 11, mediaType: 'application/octet-stream' });
    const staged = staging.path(admin, placed.fileId);
    expect(staged).toMatchObject({ fileName: 'Police return.prmbundle', size: 11 });
    expect(path.basename(staged.path)).toBe('Police return.prmbundle');
    expect(path.relative(folder, staged.path).startsWith('..')).toBe(false);
    expect(fs.readFileSync(staged.path, 'utf8')).toBe('hello world');
    if (isPosix) {
      expect(mode(folder)).toBe(0o700);
      expect(mode(path.dirname(staged.path))).toBe(0o700);
      expect(mode(staged.path)).toBe(0o600);
    }
  });

  it('keeps a staged file from everyone but the person who brought it in', async () => {
    const grant = staging.beginUpload(admin, transfers, 'Return.xlsx', 4, null);
    expect(() => transfers.redeem(grant.ticket, other.userId)).toThrow('This transfer was started by someone else');
    const second = staging.beginUpload(admin, transfers, 'Return.xlsx', 4, null);
    const { fileId } = await asIntake(transfers.redeem(second.ticket, admin.userId)).place(pieces('xlsx'), {});
    expect(() => staging.path(other, fileId)).toThrow('That file is no longer here');
    expect(() => staging.path(admin, fileId + 1000)).toThrow('That file is no longer here');
    staging.discard(other, fileId);
    expect(staging.path(admin, fileId).size).toBe(4);
    staging.discard(admin, fileId);
    expect(() => staging.path(admin, fileId)).toThrow('That file is no longer here');
    expect(filesIn(folder)).toEqual([]);
  });

  it('refuses bytes that run past the size given, or stop short of it, and keeps none of them', async () => {
    const long = staging.beginUpload(admin, transfers, 'Long.prmbundle', 5, null);
    await expect(asIntake(transfers.redeem(long.ticket, admin.userId)).place(pieces('12345', '6'), {})).rejects.toThrow('More of "Long.prmbundle" arrived than the 5 bytes given');
    const short = staging.beginUpload(admin, transfers, 'Short.prmbundle', 10, null);
    await expect(asIntake(transfers.redeem(short.ticket, admin.userId)).place(pieces('12345'), {})).rejects.toThrow('Only 5 of the 10 bytes of "Short.prmbundle" arrived');
    expect(filesIn(folder)).toEqual([]);
  });

  it('keeps nothing of a transfer that was cancelled', async () => {
    const grant = staging.beginUpload(admin, transfers, 'Cancelled.prmbundle', 10, null);
    const controller = new AbortController();
    async function* thenCancel(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('12345');
      controller.abort();
      yield Buffer.from('67890');
    }
    await expect(asIntake(transfers.redeem(grant.ticket, admin.userId)).place(thenCancel(), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(filesIn(folder)).toEqual([]);
  });

  it('offers a bundle made here for saving, once, and removes it when it has all been read', async () => {
    const out = staging.newOutPath();
    expect(path.dirname(out)).toBe(folder);
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    fs.writeFileSync(out, bytes);
    const ticket = staging.offerDownload(admin, transfers, out, 'PRM-2026-001 request to Police.prmbundle');
    const job = asCopy(transfers.redeem(ticket, admin.userId));
    expect(job).toMatchObject({ name: 'PRM-2026-001 request to Police.prmbundle', size: bytes.length, mediaType: 'application/octet-stream' });
    expect((await readAll(job)).equals(bytes)).toBe(true);
    expect(fs.existsSync(out)).toBe(false);
    expect(() => transfers.redeem(ticket, admin.userId)).toThrow('This transfer has expired or was already used');
  });

  it('offers a bundle again after a save that stopped part-way, to its maker only, and not once it has been saved in full', async () => {
    const out = staging.newOutPath();
    const bytes = Buffer.alloc(200 * 1024 + 3, 9);
    fs.writeFileSync(out, bytes);
    const bundleId = randomUUID();
    const first = asCopy(transfers.redeem(staging.offerMade(admin, transfers, bundleId, out, 'Return to the partnership.prmbundle'), admin.userId));
    // The person cancels after the first piece: the file stays for another try.
    for await (const piece of first.read({})) {
      expect(piece.length).toBeGreaterThan(0);
      break;
    }
    expect(fs.existsSync(out)).toBe(true);
    expect(() => staging.offerAgain(other, transfers, bundleId)).toThrow('no longer waiting to be saved');
    const again = staging.offerAgain(admin, transfers, bundleId);
    expect(again).toMatchObject({ fileName: 'Return to the partnership.prmbundle', size: bytes.length });
    expect((await readAll(asCopy(transfers.redeem(again.ticket, admin.userId)))).equals(bytes)).toBe(true);
    expect(() => staging.offerAgain(admin, transfers, bundleId)).toThrow('no longer waiting to be saved');
  });

  it('offers only files inside its own folder', () => {
    const outside = path.join(temp.root, 'elsewhere.prmbundle');
    fs.writeFileSync(outside, 'not ours');
    expect(() => staging.offerDownload(admin, transfers, outside, 'elsewhere.prmbundle')).toThrow("Only files in the exchange's private folder");
  });

  it('forgets and removes everything when wiped', async () => {
    const grant = staging.beginUpload(admin, transfers, 'Bundle.prmbundle', 3, null);
    const { fileId } = await asIntake(transfers.redeem(grant.ticket, admin.userId)).place(pieces('abc'), {});
    fs.writeFileSync(staging.newOutPath(), 'made');
    expect(filesIn(folder)).toHaveLength(2);
    staging.wipe();
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(() => staging.path(admin, fileId)).toThrow('That file is no longer here');
    // A later file never takes the number of one wiped.
    const next = staging.beginUpload(admin, transfers, 'Next.prmbundle', 1, null);
    expect((await asIntake(transfers.redeem(next.ticket, admin.userId)).place(pieces('n'), {})).fileId).toBeGreaterThan(fileId);
  });

  describe('in the desktop', () => {
    let desktopFolder: string;
    const desktopWith = (): Desktop => new Desktop({ storeFolder: temp.folder, openCopiesFolder: path.join(temp.root, 'open-copies'), stagingFolder: desktopFolder });

    beforeEach(() => {
      desktopFolder = path.join(temp.root, 'desktop-staging');
    });

    it('stages a file through the exchange.stage call and empties the folder when the store locks', async () => {
      const desktop = desktopWith();
      await desktop.unlock(ADMIN, ADMIN_PASSPHRASE);
      const staged = await desktop.invoke('exchange.stage', { fileName: 'Return.prmbundle', size: 6 });
      expect(staged).toMatchObject({ ok: true, value: { path: 'Return.prmbundle', size: 6 } });
      const grant = (staged as { value: { ticket: string } }).value;
      const session = desktop.requireSession();
      const { fileId } = await asIntake(desktop.transfers.redeem(grant.ticket, session.userId)).place(pieces('bundle'), {});
      expect(desktop.staging.path(session, fileId).size).toBe(6);
      expect(filesIn(desktopFolder)).toEqual(['Return.prmbundle']);
      expect(await desktop.invoke('session.lock', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
      expect(fs.readdirSync(desktopFolder)).toEqual([]);
      await desktop.unlock(ADMIN, ADMIN_PASSPHRASE);
      expect(() => desktop.staging.path(desktop.requireSession(), fileId)).toThrow('That file is no longer here');
      desktop.lock();
    });

    it('refuses the bytes of a ticket issued before the store locked', async () => {
      const desktop = desktopWith();
      await desktop.unlock(ADMIN, ADMIN_PASSPHRASE);
      const session = desktop.requireSession();
      const grant = desktop.staging.beginUpload(session, desktop.transfers, 'Late.prmbundle', 4, null);
      const job = asIntake(desktop.transfers.redeem(grant.ticket, session.userId));
      desktop.lock();
      await expect(job.place(pieces('late'), {})).rejects.toMatchObject({ code: 'LOCKED' });
      expect(filesIn(desktopFolder)).toEqual([]);
    });

    it('empties what a crash left behind when the app starts', () => {
      fs.mkdirSync(path.join(desktopFolder, 'a1b2c3'), { recursive: true, mode: 0o755 });
      fs.writeFileSync(path.join(desktopFolder, 'a1b2c3', 'Return.xlsx'), 'left behind');
      fs.writeFileSync(path.join(desktopFolder, 'out-left.prmbundle'), 'left behind');
      if (isPosix) fs.chmodSync(desktopFolder, 0o755);
      desktopWith();
      expect(fs.readdirSync(desktopFolder)).toEqual([]);
      if (isPosix) expect(mode(desktopFolder)).toBe(0o700);
    });
  });
});
