/**
 * The log IT reads holds no personal data, through the real pipeline (Desktop.invoke, the IPC
 * channel's sender check, the app:// protocol) writing the real log file (fileLog, as the shell
 * makes it): calls fail in every way a call can — an
 * unexpected error whose message, stack or cause holds a child's name, a file name and a
 * purpose; a SQLite error quoting a value; a file error naming its path; an expected refusal
 * whose message names the person; a call from outside the app's window; a background task that
 * fails; an app:// address naming a file — and the file holds none of the fixture's names,
 * file names or purposes, while it does hold what IT needs: call names, error classes and
 * codes, the task's id, and where in the app's code it failed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fakerEN_GB as faker } from '@faker-js/faker';
import type { BrowserWindow, IpcMain } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Desktop } from '../../../main/api/desktop.ts';
import { HANDLERS } from '../../../main/api/handlers.ts';
import { answerRendererCalls } from '../../../main/app/ipc.ts';
import { fileLog } from '../../../main/app/log.ts';
import { respond } from '../../../main/app/protocol.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { IPC_CHANNEL } from '../../../shared/ipc/transport.ts';
import { isolateCheckpoints, makeTempFolder } from '../helpers/temp-store.ts';

faker.seed(20_260_511);
const person = () => ({ first: faker.person.firstName(), last: faker.person.lastName() });
const fullName = (p: { first: string; last: string }) => `${p.first} ${p.last}`;
const administrator = person();
const stranger = person();
const child = person();
const referrer = person();
const PASSPHRASE = 'orange kettle lighthouse';
const fileNames = [`${fullName(child)} chronology 2026.xlsx`, `Referral for ${child.first} ${faker.string.numeric(4)}.docx`];
const purposes = [`Preparing the chronology for ${fullName(child)}’s review`, `Sharing ${child.first}’s school records with ${referrer.last}`];
const people = [administrator, stranger, child, referrer];

type Outcome = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

describe('the log file, after calls fail in every way', () => {
  let root: string;
  let desktop: Desktop;
  let log: string;
  let jobId = '';
  const previousCheckpoints = process.env.PRM_CHECKPOINT_DIR;
  const spies: { mockRestore(): void }[] = [];

  const call = async (name: string, input: unknown = {}): Promise<Outcome> => (await desktop.invoke(name, input)) as Outcome;

  beforeAll(async () => {
    root = makeTempFolder('prm-log-');
    isolateCheckpoints(root);
    const logsFolder = path.join(root, 'logs');
    const writeLog = fileLog(() => logsFolder);
    desktop = new Desktop({ storeFolder: path.join(root, 'store'), log: writeLog });
    const caseFolder = path.join(root, fullName(child));
    const referral = { referral: demoReferral({ referrerName: fullName(referrer), aboutTheChild: `${fullName(child)} loves drawing.`, agencies: [] }) };

    expect(await call('store.create', { name: fullName(administrator), passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE })).toMatchObject({ ok: true });

    const createCase = vi.spyOn(HANDLERS, 'cases.create');
    spies.push(createCase);
    // A query built from the data: SQLite's message quotes the value it choked on.
    createCase.mockImplementationOnce((current, input) => {
      current.requireSession().store.db.prepare(`SELECT id FROM cases WHERE child = ${input.referral.aboutTheChild}`).all();
      throw new Error('unreachable');
    });
    // A file named after the child, in a folder named after the child: the path is in the message.
    createCase.mockImplementationOnce(() => {
      fs.readFileSync(path.join(caseFolder, fileNames[0]!));
      throw new Error('unreachable');
    });
    // A message over several lines, one of them shaped like a stack frame, wrapping a cause that names the purpose.
    createCase.mockImplementationOnce(() => {
      throw new Error(`Could not record ${fullName(child)}\n    at ${child.last} (${path.join(caseFolder, fileNames[1]!)}:1:1)`, {
        cause: new TypeError(`${purposes[0]} is not a function`),
      });
    });
    for (let attempt = 0; attempt < 3; attempt += 1) expect(await call('cases.create', referral)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });

    // A background task that fails with the file and the purpose in its error.
    const status = vi.spyOn(HANDLERS, 'app.status');
    spies.push(status);
    status.mockImplementationOnce((current) => {
      jobId = current.jobs.start('backup', null, { phase: 'Writing the copy', done: 0, total: 2 }, async () => {
        throw new Error(`Could not write ${path.join(caseFolder, fileNames[1]!)} (${purposes[1]})`);
      });
      return current.status();
    });
    await call('app.status');
    await vi.waitFor(async () => expect(await call('jobs.read', { jobId })).toMatchObject({ ok: true, value: { state: 'failed' } }));

    // Refusals the app expects: their messages may name the person; the log takes the code.
    expect(await call('people.search', { name: fullName(child) })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    await call('session.lock');
    expect(await call('session.unlock', { name: fullName(stranger), passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_USER', message: expect.stringContaining(fullName(stranger)) } });
    expect(await call('session.unlock', { name: fullName(administrator), passphrase: `${PASSPHRASE}!` })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });

    // From outside the app's window, at an address naming a file and a purpose: the channel refuses it.
    const channels = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain = { handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) => channels.set(channel, listener) };
    answerRendererCalls(ipcMain as unknown as IpcMain, () => null as BrowserWindow | null, desktop, writeLog);
    const elsewhere = { url: `https://example.com/cases/${encodeURIComponent(fileNames[0]!)}?purpose=${encodeURIComponent(purposes[0]!)}`, processId: 7, routingId: 1 };
    expect(await channels.get(IPC_CHANNEL)!({ sender: {}, senderFrame: elsewhere }, 'cases.list', { name: fullName(child) })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    // An app:// address reaching outside the renderer's folder for a file named after the child.
    const rendererFolder = path.join(root, 'renderer');
    fs.mkdirSync(rendererFolder);
    expect((await respond({ url: `app://renderer/..%2f${encodeURIComponent(fileNames[1]!)}`, method: 'GET' }, rendererFolder, writeLog)).status).toBe(403);

    desktop.lock();
    log = fs.readFileSync(path.join(logsFolder, 'main.log'), 'utf8');
  });
  afterAll(() => {
    for (const spy of spies) spy.mockRestore();
    if (previousCheckpoints === undefined) delete process.env.PRM_CHECKPOINT_DIR;
    else process.env.PRM_CHECKPOINT_DIR = previousCheckpoints;
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('holds none of the fixture’s names, file names or purposes, nor any path above the app', () => {
    const forbidden = [
      ...people.map(fullName),
      ...fileNames,
      ...fileNames.map((name) => path.parse(name).name),
      ...purposes,
      PASSPHRASE,
      root,
    ];
    for (const text of forbidden) expect(log, text).not.toContain(text);
    expect(log).not.toMatch(/(?:^|[\s=<("'])(?:\/[\w.-]+\/|[A-Za-z]:\\)/m);
    // Each name on its own too, as a word: a surname alone still names a family.
    for (const part of people.flatMap((p) => [p.first, p.last])) expect(log, part).not.toMatch(new RegExp(`\\b${part.replace(/[^\w]/g, '.')}\\b`));
  });

  it('holds what IT needs: the call, the error’s class and code, where in the app’s code, the task’s id', () => {
    expect(log).toMatch(/call\.failed The call "cases\.create" failed unexpectedly\. error=SqliteError code=SQLITE_ERROR at=\S*main\/api\/desktop\.ts:\d+:\d+/);
    expect(log).toMatch(/call\.failed The call "cases\.create" failed unexpectedly\. error=Error code=ENOENT syscall=open at=\S*test\/unit\/logging\/log-journey\.test\.ts:\d+:\d+/);
    expect(log).toMatch(/call\.failed The call "cases\.create" failed unexpectedly\. error=Error at=\S+ cause\.error=TypeError/);
    // jobs.ts's own line, or the job.failed event's: the task's kind and id either way.
    expect(log).toMatch(new RegExp(`job backup ${jobId} failed|The task backup failed \\(job ${jobId}\\)`));
    expect(log).toContain('call.declined The call "session.unlock" was declined: UNKNOWN_USER.');
    expect(log).toContain('call.declined The call "session.unlock" was declined: WRONG_PASSPHRASE.');
    expect(log).toContain('call.declined The call "people.search" was declined: NOT_ALLOWED.');
    expect(log).toContain('call.refused Refused the call "cases.list" from https://example.com: it did not come from the app’s own window.');
    expect(log).toContain('request.refused Refused an app:// request outside the renderer folder.');
  });

  it('writes one line per event, each stamped with the time', () => {
    const lines = log.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(9);
    for (const line of lines) expect(line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \S/);
  });
});
