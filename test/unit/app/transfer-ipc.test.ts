import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, OpenDialogReturnValue, SaveDialogReturnValue } from 'electron';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Desktop } from '../../../main/api/desktop.ts';
import { openerWith } from '../../../main/app/default-app.ts';
import { answerTransfers, type TransferIpc } from '../../../main/app/transfer-ipc.ts';
import { findUserByName } from '../../../main/store/repositories/users.ts';
import type { CopyJob, IntakeJob, PlacedFile, ReleaseJob, StreamOptions } from '../../../main/vault/transfer-desk.ts';
import { TRANSFER_CHANNELS, type PickedFiles, type TransferOutcome, type TransferProgress } from '../../../shared/vault/transfer.ts';
import type { Result } from '../../../shared/errors.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempFolder, makeTempStore, type TempStore } from '../helpers/temp-store.ts';
import { call, makeSetsFixture, PEOPLE, POLICE, setOf, signIn, type SetsFixture } from '../vault/sets-fixture.ts';
import type { OpenResult, TicketGrant, VaultView } from '../../../shared/vault/secured-files.ts';
import { makeShellFolders, startShell, type StandInHolder } from './shell-fixture.ts';

const holder = vi.hoisted((): StandInHolder => ({ current: null }));
vi.mock('electron', async () => (await import('./electron-stand-in.ts')).forwardingModule(() => holder.current!));

const MB = 1024 * 1024;
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

type Handler = (event: unknown, ...args: unknown[]) => unknown;

/** The app's page as main sees it: a web contents whose top frame shows app://renderer. */
class FakeContents {
  readonly mainFrame = { url: 'app://renderer/index.html', processId: 7, routingId: 1 };
  readonly sent: { channel: string; payload: unknown }[] = [];
  destroyed = false;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

class FakeDialog {
  readonly openAnswers: OpenDialogReturnValue[] = [];
  readonly saveAnswers: SaveDialogReturnValue[] = [];
  readonly asked: { kind: 'open' | 'save'; options: Record<string, unknown> }[] = [];
  showOpenDialog = (_window: unknown, options: Record<string, unknown>): Promise<OpenDialogReturnValue> => {
    this.asked.push({ kind: 'open', options });
    return Promise.resolve(this.openAnswers.shift() ?? { canceled: true, filePaths: [] });
  };
  showSaveDialog = (_window: unknown, options: Record<string, unknown>): Promise<SaveDialogReturnValue> => {
    this.asked.push({ kind: 'save', options });
    return Promise.resolve(this.saveAnswers.shift() ?? { canceled: true, filePath: '' });
  };
}

function intakeJob(size: number, pickId: string | null, file: string) {
  const seen = { bytes: [] as Buffer[], aborted: false };
  const job: IntakeJob = {
    kind: 'intake',
    path: file,
    size,
    pickId,
    async place(source, options): Promise<PlacedFile> {
      for await (const chunk of source) seen.bytes.push(Buffer.from(chunk));
      seen.aborted = options.signal?.aborted ?? false;
      const all = Buffer.concat(seen.bytes);
      return { fileId: 11, sha256: sha256(all), size: all.length, mediaType: 'text/plain' };
    },
  };
  return { job, seen };
}

function copyJob(bytes: Buffer, options: { failAfter?: number; holdAfterFirst?: boolean } = {}): CopyJob {
  return {
    kind: 'copy',
    name: 'Visit notes: Łódź.pdf',
    size: bytes.length,
    mediaType: 'application/pdf',
    async *read(streamOptions: StreamOptions) {
      for (let offset = 0; offset < bytes.length; offset += MB) {
        if (options.failAfter !== undefined && offset >= options.failAfter) throw new Error('A chunk failed its seal.');
        yield bytes.subarray(offset, offset + MB);
        if (options.holdAfterFirst) {
          // Waits, as a slow read would, until the transfer is cancelled.
          await new Promise((_resolve, reject) => streamOptions.signal?.addEventListener('abort', () => reject(new DOMException('The transfer was cancelled.', 'AbortError'))));
        }
      }
    },
  };
}

function releaseJob(files: Record<string, Buffer>, folderName = 'CSPR-2026-001 Housing secured files') {
  const finished: { filesWritten: number; complete: boolean }[] = [];
  const entries = Object.entries(files);
  const job: ReleaseJob = {
    kind: 'release',
    folderName,
    files: entries.map(([file, bytes]) => ({ path: file, size: bytes.length })),
    async *read(index) {
      yield entries[index]![1];
    },
    finish: (outcome) => finished.push(outcome),
  };
  return { job, finished };
}

/** Every file below a folder, by its path relative to it, with its bytes. */
function filesBelow(folder: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const absolute = path.join(entry.parentPath, entry.name);
      found.set(path.relative(folder, absolute).split(path.sep).join('/'), fs.readFileSync(absolute));
    }
  }
  return found;
}

describe('the desktop’s transfer channels', () => {
  let temp: TempStore;
  let desktop: Desktop;
  let disk: string;
  let contents: FakeContents;
  let window: BrowserWindow;
  let dialog: FakeDialog;
  let handlers: Map<string, Handler>;
  let logged: string[];
  let ipc: TransferIpc;
  let clock: number;
  let adminId: string;

  // One store for the lot: each test has its own disk folder, page, dialog and channels.
  beforeAll(async () => {
    temp = await makeTempStore();
    adminId = findUserByName(temp.session.store.db, ADMIN)!.id;
    temp.session.lock();
    desktop = new Desktop({ storeFolder: temp.folder, openCopiesFolder: path.join(temp.root, 'open-copies') });
  });
  afterAll(() => {
    desktop.lock();
    temp.cleanup();
  });
  beforeEach(async () => {
    if (desktop.status().state !== 'unlocked') await desktop.unlock(ADMIN, ADMIN_PASSPHRASE);
    disk = makeTempFolder('prm-disk-');
    contents = new FakeContents();
    window = { webContents: contents, isDestroyed: () => false } as unknown as BrowserWindow;
    dialog = new FakeDialog();
    handlers = new Map();
    logged = [];
    clock = 0;
    ipc = answerTransfers({
      ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } as never,
      dialog: dialog as never,
      mainWindow: () => window,
      desktop,
      log: (message) => logged.push(message),
      now: () => clock,
    });
  });
  afterEach(() => {
    fs.rmSync(disk, { recursive: true, force: true });
  });

  const fromPage = () => ({ sender: contents, senderFrame: contents.mainFrame });
  const pick = (kind: unknown, event: unknown = fromPage()) => handlers.get(TRANSFER_CHANNELS.pick)!(event, kind) as Promise<Result<PickedFiles | null>>;
  const run = (ticket: unknown, event: unknown = fromPage()) => handlers.get(TRANSFER_CHANNELS.run)!(event, ticket) as Promise<Result<TransferOutcome>>;
  const cancel = (ticket: unknown) => handlers.get(TRANSFER_CHANNELS.cancel)!(fromPage(), ticket);
  const progressSent = (): TransferProgress[] => contents.sent.filter((message) => message.channel === TRANSFER_CHANNELS.progress).map((message) => message.payload as TransferProgress);

  function writeFile(relative: string, bytes: Buffer): string {
    const file = path.join(disk, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    return file;
  }

  async function pickedOk(kind: 'files' | 'folder'): Promise<PickedFiles> {
    const result = await pick(kind);
    if (!result.ok || result.value === null) throw new Error(`The pick failed: ${JSON.stringify(result)}`);
    return result.value;
  }

  it('answers on the pick, run and cancel channels', () => {
    expect([...handlers.keys()]).toEqual([TRANSFER_CHANNELS.pick, TRANSFER_CHANNELS.run, TRANSFER_CHANNELS.cancel]);
  });

  describe('picking', () => {
    it('gives the page names and sizes of the files chosen, under a pick id, and never a path', async () => {
      const first = writeFile('chosen/Visit notes.pdf', randomBytes(1000));
      const second = writeFile('chosen/Referral.docx', randomBytes(20));
      dialog.openAnswers.push({ canceled: false, filePaths: [first, second] });
      const picked = await pickedOk('files');
      expect(picked.files).toEqual([
        { path: 'Visit notes.pdf', size: 1000 },
        { path: 'Referral.docx', size: 20 },
      ]);
      expect(picked.pickId).toMatch(/^[A-Za-z0-9_-]{16,}$/);
      expect(JSON.stringify(picked)).not.toContain(disk);
      expect(dialog.asked[0]!.options.properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']));
    });

    it('walks a chosen folder to every depth, keeping its structure and following no link', async () => {
      writeFile('Case file/notes.txt', Buffer.from('notes'));
      writeFile('Case file/2026/March/assessment.docx', Buffer.from('assessment'));
      writeFile('outside/secret.txt', Buffer.from('not chosen'));
      fs.symlinkSync(path.join(disk, 'outside', 'secret.txt'), path.join(disk, 'Case file', 'link-to-secret.txt'));
      fs.symlinkSync(path.join(disk, 'outside'), path.join(disk, 'Case file', 'link-to-outside'));
      dialog.openAnswers.push({ canceled: false, filePaths: [path.join(disk, 'Case file')] });
      const picked = await pickedOk('folder');
      expect(picked.files).toEqual([
        { path: 'Case file/2026/March/assessment.docx', size: 10 },
        { path: 'Case file/notes.txt', size: 5 },
      ]);
      expect(dialog.asked[0]!.options.properties).toContain('openDirectory');
    });

    it('answers null when the person closes the dialog without choosing', async () => {
      expect(await pick('files')).toEqual({ ok: true, value: null });
    });

    it('refuses a folder with no files in it', async () => {
      fs.mkdirSync(path.join(disk, 'Empty'));
      dialog.openAnswers.push({ canceled: false, filePaths: [path.join(disk, 'Empty')] });
      expect(await pick('folder')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'The folder Empty holds no files. Choose another folder.' } });
    });

    it('refuses anything but files or a folder', async () => {
      expect(await pick('/etc')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(dialog.asked).toEqual([]);
    });

    it('opens no dialog while the store is locked', async () => {
      desktop.lock();
      expect(await pick('files')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      expect(dialog.asked).toEqual([]);
    });
  });

  describe('intake', () => {
    it('streams the picked file from disk into the job, with throttled progress to the page', async () => {
      const bytes = randomBytes(3 * MB + 5);
      dialog.openAnswers.push({ canceled: false, filePaths: [writeFile('Large scan.pdf', bytes)] });
      const picked = await pickedOk('files');
      const { job, seen } = intakeJob(bytes.length, picked.pickId, 'Large scan.pdf');
      const ticket = desktop.transfers.issue(adminId, job);
      expect(await run(ticket)).toEqual({ ok: true, value: { kind: 'placed', fileId: 11, sha256: sha256(bytes), size: bytes.length } });
      expect(sha256(Buffer.concat(seen.bytes))).toBe(sha256(bytes));
      // The clock stood still: the first count went, the rest waited for the last.
      expect(progressSent()).toEqual([
        { ticket, bytesDone: MB, bytesTotal: bytes.length },
        { ticket, bytesDone: bytes.length, bytesTotal: bytes.length },
      ]);
    });

    it('sends progress as often as the interval allows', async () => {
      const bytes = randomBytes(4 * MB);
      dialog.openAnswers.push({ canceled: false, filePaths: [writeFile('scan.pdf', bytes)] });
      const picked = await pickedOk('files');
      const { job } = intakeJob(bytes.length, picked.pickId, 'scan.pdf');
      // Each chunk takes the interval to place.
      async function* slowly(source: AsyncIterable<Uint8Array>) {
        for await (const chunk of source) {
          yield chunk;
          clock += 100;
        }
      }
      const ticket = desktop.transfers.issue(adminId, { ...job, place: (source, options) => job.place(slowly(source), options) });
      expect(await run(ticket)).toMatchObject({ ok: true });
      expect(progressSent().map((progress) => progress.bytesDone)).toEqual([MB, 2 * MB, 3 * MB, 4 * MB]);
    });

    it('refuses a ticket for a file that was not among those picked', async () => {
      dialog.openAnswers.push({ canceled: false, filePaths: [writeFile('a.txt', Buffer.from('a'))] });
      const picked = await pickedOk('files');
      const { job, seen } = intakeJob(1, picked.pickId, 'b.txt');
      expect(await run(desktop.transfers.issue(adminId, job))).toMatchObject({ ok: false, error: { code: 'TICKET_INVALID', message: expect.stringMatching(/b\.txt was not among the files chosen/) } });
      expect(seen.bytes).toEqual([]);
    });

    it('refuses a pick made under another id, and an intake ticket with no pick', async () => {
      const { job } = intakeJob(1, 'not-a-pick', 'a.txt');
      expect(await run(desktop.transfers.issue(adminId, job))).toMatchObject({ ok: false, error: { code: 'TICKET_INVALID' } });
      expect(await run(desktop.transfers.issue(adminId, intakeJob(1, null, 'a.txt').job))).toMatchObject({ ok: false, error: { code: 'TICKET_INVALID' } });
    });

    it('refuses a file that changed after it was picked', async () => {
      const file = writeFile('notes.txt', Buffer.from('first version'));
      dialog.openAnswers.push({ canceled: false, filePaths: [file] });
      const picked = await pickedOk('files');
      fs.writeFileSync(file, 'a longer second version');
      const { job, seen } = intakeJob(13, picked.pickId, 'notes.txt');
      expect(await run(desktop.transfers.issue(adminId, job))).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'notes.txt has changed since it was chosen. Choose it again.' } });
      expect(seen.bytes).toEqual([]);
    });

    it('forgets every pick when the store locks', async () => {
      dialog.openAnswers.push({ canceled: false, filePaths: [writeFile('a.txt', Buffer.from('a'))] });
      const picked = await pickedOk('files');
      ipc.stopAll();
      const { job } = intakeJob(1, picked.pickId, 'a.txt');
      expect(await run(desktop.transfers.issue(adminId, job))).toMatchObject({ ok: false, error: { code: 'TICKET_INVALID', message: expect.stringMatching(/no longer known/) } });
    });
  });

  describe('working copies', () => {
    it('saves a copy where the person chose, whole, under that name', async () => {
      const bytes = randomBytes(2 * MB + 1);
      const target = path.join(disk, 'My copy.pdf');
      dialog.saveAnswers.push({ canceled: false, filePath: target });
      const ticket = desktop.transfers.issue(adminId, copyJob(bytes));
      expect(await run(ticket)).toEqual({ ok: true, value: { kind: 'saved', name: 'My copy.pdf', bytes: bytes.length } });
      expect(sha256(fs.readFileSync(target))).toBe(sha256(bytes));
      expect([...filesBelow(disk).keys()]).toEqual(['My copy.pdf']);
      expect(dialog.asked[0]).toMatchObject({ kind: 'save', options: { defaultPath: 'Visit notes_ Łódź.pdf' } });
      expect(progressSent().at(-1)).toEqual({ ticket, bytesDone: bytes.length, bytesTotal: bytes.length });
    });

    it('writes nothing when the person closes the save dialog', async () => {
      expect(await run(desktop.transfers.issue(adminId, copyJob(randomBytes(10))))).toEqual({ ok: true, value: { kind: 'cancelled' } });
      expect(filesBelow(disk).size).toBe(0);
    });

    it('leaves no part-written file, and the person’s own file as it was, when a copy fails part-way', async () => {
      const target = writeFile('Existing.pdf', Buffer.from('the person’s own file'));
      dialog.saveAnswers.push({ canceled: false, filePath: target });
      const result = await run(desktop.transfers.issue(adminId, copyJob(randomBytes(3 * MB), { failAfter: MB })));
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(filesBelow(disk)).toEqual(new Map([['Existing.pdf', Buffer.from('the person’s own file')]]));
      // The log names where it failed, never what the error said (main/logging).
      expect(logged.join('\n')).toMatch(/^transfer\.failed A transfer failed \(run\)\. error=Error at=\S*main\/app\/transfer-to-disk\.ts:\d+/m);
      expect(logged.join('\n')).not.toContain('A chunk failed its seal.');
    });

    it('says in plain words when the folder chosen cannot be written to', async () => {
      dialog.saveAnswers.push({ canceled: false, filePath: path.join(disk, 'no-such-folder', 'copy.pdf') });
      expect(await run(desktop.transfers.issue(adminId, copyJob(randomBytes(10))))).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: 'Nothing more could be saved in the folder no-such-folder: it is no longer there. Choose another folder and try again.' },
      });
    });

    it('stops a copy on cancel and leaves nothing behind', async () => {
      const target = path.join(disk, 'copy.pdf');
      dialog.saveAnswers.push({ canceled: false, filePath: target });
      const ticket = desktop.transfers.issue(adminId, copyJob(randomBytes(3 * MB), { holdAfterFirst: true }));
      const running = run(ticket);
      await waitUntil(() => progressSent().length > 0);
      cancel(ticket);
      expect(await running).toEqual({ ok: true, value: { kind: 'cancelled' } });
      expect(filesBelow(disk).size).toBe(0);
    });
  });

  describe('release', () => {
    it('writes the set into a new folder inside the one chosen, its structure kept, and logs it complete', async () => {
      const files = { 'Visit notes.pdf': randomBytes(100), 'Case file/2026/assessment.docx': randomBytes(200), 'Case file/photo?.jpg': randomBytes(3) };
      const { job, finished } = releaseJob(files);
      dialog.openAnswers.push({ canceled: false, filePaths: [disk] });
      expect(await run(desktop.transfers.issue(adminId, job))).toEqual({ ok: true, value: { kind: 'saved', name: 'CSPR-2026-001 Housing secured files', bytes: 303 } });
      const written = filesBelow(path.join(disk, 'CSPR-2026-001 Housing secured files'));
      expect(written).toEqual(
        new Map([
          ['Case file/2026/assessment.docx', files['Case file/2026/assessment.docx']],
          ['Case file/photo_.jpg', files['Case file/photo?.jpg']],
          ['Visit notes.pdf', files['Visit notes.pdf']],
        ]),
      );
      expect(finished).toEqual([{ filesWritten: 3, complete: true }]);
    });

    it('never writes into a folder that was already there', async () => {
      fs.mkdirSync(path.join(disk, 'Set'));
      fs.writeFileSync(path.join(disk, 'Set', 'a.txt'), 'already here');
      const { job } = releaseJob({ 'a.txt': Buffer.from('released') }, 'Set');
      dialog.openAnswers.push({ canceled: false, filePaths: [disk] });
      expect(await run(desktop.transfers.issue(adminId, job))).toMatchObject({ ok: true, value: { name: 'Set (2)' } });
      expect(fs.readFileSync(path.join(disk, 'Set', 'a.txt'), 'utf8')).toBe('already here');
      expect(fs.readFileSync(path.join(disk, 'Set (2)', 'a.txt'), 'utf8')).toBe('released');
    });

    it('logs a release the person did not place anywhere as incomplete, with nothing written', async () => {
      const { job, finished } = releaseJob({ 'a.txt': Buffer.from('a') });
      expect(await run(desktop.transfers.issue(adminId, job))).toEqual({ ok: true, value: { kind: 'cancelled' } });
      expect(finished).toEqual([{ filesWritten: 0, complete: false }]);
    });
  });

  describe('who may ask', () => {
    it('refuses a run from another web contents, and leaves the ticket unused', async () => {
      const other = new FakeContents();
      const target = path.join(disk, 'copy.pdf');
      const ticket = desktop.transfers.issue(adminId, copyJob(Buffer.from('bytes')));
      expect(await run(ticket, { sender: other, senderFrame: other.mainFrame })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
      expect(await pick('files', { sender: other, senderFrame: other.mainFrame })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
      expect(dialog.asked).toEqual([]);
      expect(logged.join('\n')).toMatch(/Refused a request to move a secured file/);
      dialog.saveAnswers.push({ canceled: false, filePath: target });
      expect(await run(ticket)).toMatchObject({ ok: true, value: { kind: 'saved' } });
    });

    it('refuses a run from the window once it shows another page', async () => {
      contents.mainFrame.url = 'https://example.com/';
      expect(await run(desktop.transfers.issue(adminId, copyJob(Buffer.from('bytes'))))).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    });

    it('refuses a ticket used twice, and one without text', async () => {
      dialog.saveAnswers.push({ canceled: false, filePath: path.join(disk, 'copy.pdf') });
      const ticket = desktop.transfers.issue(adminId, copyJob(Buffer.from('bytes')));
      expect(await run(ticket)).toMatchObject({ ok: true });
      expect(await run(ticket)).toMatchObject({ ok: false, error: { code: 'TICKET_INVALID' } });
      expect(await run(42)).toMatchObject({ ok: false, error: { code: 'TICKET_INVALID' } });
    });

    it('refuses a ticket issued to another person', async () => {
      const ticket = desktop.transfers.issue('someone-else', copyJob(Buffer.from('bytes')));
      expect(await run(ticket)).toMatchObject({ ok: false, error: { code: 'TICKET_INVALID', message: expect.stringMatching(/someone else/) } });
      expect(dialog.asked).toEqual([]);
    });
  });
});

describe('the desktop’s transfer channels, through the real services', () => {
  let fixture: SetsFixture;
  let disk: string;
  const contents = new FakeContents();
  const dialog = new FakeDialog();
  const handlers = new Map<string, Handler>();
  const page = () => ({ sender: contents, senderFrame: contents.mainFrame });

  beforeAll(async () => {
    fixture = await makeSetsFixture();
    disk = makeTempFolder('prm-disk-');
    answerTransfers({
      ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } as never,
      dialog: dialog as never,
      mainWindow: () => ({ webContents: contents, isDestroyed: () => false }) as unknown as BrowserWindow,
      desktop: fixture.desktop,
      log: () => undefined,
    });
    await signIn(fixture, PEOPLE.businessUnit);
    await call(fixture, 'vault.setUp', { reference: fixture.reference, agency: POLICE, representative: PEOPLE.policeRep });
    await signIn(fixture, PEOPLE.policeRep);
  });
  afterAll(() => {
    fixture.cleanup();
    fs.rmSync(disk, { recursive: true, force: true });
  });

  it('adds a picked folder, saves a working copy and releases the set, the page never holding a path or a byte', async () => {
    const files = { 'Records/Contact log.txt': randomBytes(2 * MB + 3), 'Records/2026/Referral.bin': randomBytes(4000) };
    for (const [relative, bytes] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(disk, relative)), { recursive: true });
      fs.writeFileSync(path.join(disk, relative), bytes);
    }
    dialog.openAnswers.push({ canceled: false, filePaths: [path.join(disk, 'Records')] });
    const picked = (await handlers.get(TRANSFER_CHANNELS.pick)!(page(), 'folder')) as Result<PickedFiles>;
    if (!picked.ok) throw new Error(picked.error.message);
    const { tickets } = await call<{ tickets: TicketGrant[] }>(fixture, 'vault.beginIntake', { reference: fixture.reference, agency: POLICE, files: picked.value.files, pickId: picked.value.pickId });
    for (const grant of tickets) {
      expect(await handlers.get(TRANSFER_CHANNELS.run)!(page(), grant.ticket)).toMatchObject({ ok: true, value: { kind: 'placed', sha256: sha256(files[grant.path as keyof typeof files]) } });
    }
    const set = setOf(await call<VaultView>(fixture, 'vault.get', { reference: fixture.reference }), POLICE);
    expect(set.files.map((file) => file.path).sort()).toEqual(['Records/2026/Referral.bin', 'Records/Contact log.txt']);

    const contactLog = set.files.find((file) => file.path === 'Records/Contact log.txt')!;
    const copy = await call<OpenResult>(fixture, 'vault.open', { reference: fixture.reference, agency: POLICE, fileId: contactLog.id, purpose: 'Preparing the agency’s chronology', mode: 'copy' });
    if (copy.mode !== 'copy') throw new Error('A copy came back as an open.');
    dialog.saveAnswers.push({ canceled: false, filePath: path.join(disk, 'Working copy.txt') });
    expect(await handlers.get(TRANSFER_CHANNELS.run)!(page(), copy.ticket)).toEqual({ ok: true, value: { kind: 'saved', name: 'Working copy.txt', bytes: files['Records/Contact log.txt'].length } });
    expect(sha256(fs.readFileSync(path.join(disk, 'Working copy.txt')))).toBe(sha256(files['Records/Contact log.txt']));

    const release = await call<{ ticket: string }>(fixture, 'vault.release', { reference: fixture.reference, agency: POLICE, purpose: 'Returning the records to the agency' });
    const releasedTo = path.join(disk, 'released');
    fs.mkdirSync(releasedTo);
    dialog.openAnswers.push({ canceled: false, filePaths: [releasedTo] });
    const released = (await handlers.get(TRANSFER_CHANNELS.run)!(page(), release.ticket)) as Result<TransferOutcome>;
    expect(released).toMatchObject({ ok: true, value: { kind: 'saved' } });
    const folder = released.ok && released.value.kind === 'saved' ? released.value.name : '';
    expect(filesBelow(path.join(releasedTo, folder))).toEqual(new Map(Object.entries(files)));
    // Nothing the page heard named a place on the disk.
    expect(JSON.stringify(contents.sent)).not.toContain(disk);
  });
});

describe('the transfer channels in the app', () => {
  it('are answered from the start, and the private folder in the application-data folder is wiped before anyone signs in', async () => {
    const folders = makeShellFolders();
    try {
      // Where the stand-in's app.getPath('userData') points, as Electron's points at the application-data folder.
      const openCopies = path.join(folders.root, 'user-data', 'open-copies');
      fs.mkdirSync(path.join(openCopies, 'left-by-a-crash'), { recursive: true });
      fs.writeFileSync(path.join(openCopies, 'left-by-a-crash', 'Visit notes.pdf'), 'synthetic');
      const electron = await startShell(holder, folders);
      expect(fs.readdirSync(openCopies)).toEqual([]);
      await electron.becomeReady();
      const contents = electron.windows[0]!.webContents;
      const picked = await electron.ipcHandler(TRANSFER_CHANNELS.pick)({ sender: contents, senderFrame: contents.mainFrame }, 'files');
      // No store yet, so nobody is signed in: no dialog opens.
      expect(picked).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      expect(electron.received('dialog.showOpenDialog')).toEqual([]);
    } finally {
      folders.cleanup();
    }
  });

  it('turn the system’s refusal to open a file into a message the person can act on', async () => {
    await expect(openerWith({ openPath: async () => '' })('/tmp/private/Visit notes.pdf')).resolves.toBeUndefined();
    await expect(openerWith({ openPath: async () => 'No application is associated with the specified file' })('/tmp/private/Visit notes.xyz')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Visit notes.xyz could not be opened on this computer (No application is associated with the specified file). Save a working copy instead, or ask IT for an app that opens this kind of file.',
    });
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 500 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error('The condition did not come true.');
}
