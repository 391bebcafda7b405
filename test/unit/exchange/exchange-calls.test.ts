/**
 * The exchange's calls end to end, through each desktop's one pipeline and its transfer tickets,
 * as the screens use them: two installs trust each other by card and fingerprint; the Business
 * Unit sends an information request, saved through its ticket; the agency stages, previews and
 * imports it; the representative opens the task, downloads the template, stages the completed
 * workbook and sends the return; the Business Unit imports it and sees the request received.
 * Real stores, real bundle bytes; nothing but calls and tickets between them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/errors.ts';
import type { FileOutput } from '../../../shared/evidence/letterhead.ts';
import type { ContactCard, ContactsView } from '../../../shared/exchange/contacts.ts';
import type { BundleMade, ExchangeCaseView, ImportPreview, ImportResult, TaskSummary, TaskView } from '../../../shared/exchange/exchange-view.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import type { TicketGrant } from '../../../shared/vault/secured-files.ts';
import { Desktop } from '../../../main/api/desktop.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import type { TicketJob } from '../../../main/vault/transfer-desk.ts';
import { events, POLICE, summary } from '../evidence/evidence-fixture.ts';
import { ADMIN, ADMIN_PASSPHRASE } from '../helpers/temp-store.ts';
import { makeInstall, type Install } from './installs.ts';
import { fillTemplate, makeBusinessUnit, REPRESENTATIVE, type BusinessUnit } from './request-return-fixture.ts';

const OFFICER = 'Gwen Officer';
const PASSPHRASE = 'saffron kestrel beacon';

async function addSignedInUser(install: Install, name: string, role: 'business-unit' | 'nominated-representative', organisation: string): Promise<void> {
  await addUser(install.session, { name, role, organisation, passphrase: PASSPHRASE });
  setMustChangePassphrase(install.session.store.db, findUserByName(install.session.store.db, name)!.id, false);
}

function desktopFor(install: Install): Desktop {
  return new Desktop({ storeFolder: install.temp.folder, openCopiesFolder: path.join(install.temp.root, 'open-copies'), stagingFolder: path.join(install.temp.root, 'staging') });
}

async function call<T>(desktop: Desktop, name: string, input: unknown): Promise<T> {
  const result = (await desktop.invoke(name, input)) as Result<T>;
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

function redeem(desktop: Desktop, ticket: string): TicketJob {
  return desktop.transfers.redeem(ticket, desktop.requireSession().userId);
}

/** Saves a bundle made, as the desktop's save dialog would: every byte read through its ticket. */
async function save(desktop: Desktop, made: BundleMade): Promise<Buffer> {
  const job = redeem(desktop, made.ticket);
  if (job.kind !== 'copy') throw new Error('A bundle made is saved through a copy ticket.');
  const parts: Buffer[] = [];
  for await (const part of job.read({})) parts.push(part);
  return Buffer.concat(parts);
}

/** Brings a file in, as the desktop's open dialog would: exchange.stage, then the ticket's bytes. */
async function stage(desktop: Desktop, fileName: string, bytes: Buffer): Promise<number> {
  const grant = await call<TicketGrant>(desktop, 'exchange.stage', { fileName, size: bytes.length });
  const job = redeem(desktop, grant.ticket);
  if (job.kind !== 'intake') throw new Error('A file is brought in through an intake ticket.');
  async function* once(): AsyncGenerator<Uint8Array> {
    yield bytes;
  }
  return (await job.place(once(), {})).fileId;
}

const filesIn = (folder: string): string[] => fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);

describe('the exchange’s calls between two desktops', () => {
  let bu: BusinessUnit;
  let police: Install;
  let buDesk: Desktop;
  let policeDesk: Desktop;
  let policeInBu: number;
  let requestBundle: Buffer;
  let requestMade: BundleMade;
  let taskId: number;
  let returnBundle: Buffer;

  beforeAll(async () => {
    bu = await makeBusinessUnit(POLICE);
    police = await makeInstall(POLICE, 'Public Protection Unit desk');
    await addSignedInUser(bu.install, OFFICER, 'business-unit', 'Business Unit');
    await addSignedInUser(police, REPRESENTATIVE, 'nominated-representative', POLICE);
    buDesk = desktopFor(bu.install);
    policeDesk = desktopFor(police);
    await buDesk.unlock(OFFICER, PASSPHRASE);
    await policeDesk.unlock(ADMIN, ADMIN_PASSPHRASE);
  }, 120_000);
  afterAll(() => {
    buDesk?.lock();
    policeDesk?.lock();
    if (bu !== undefined && !bu.officer.locked) bu.officer.lock();
    bu?.install.temp.cleanup();
    police?.temp.cleanup();
  });

  it('trusts each install on the other by its card and the fingerprint read out', async () => {
    const cardOf = async (desktop: Desktop): Promise<ContactCard> => {
      const file = await call<FileOutput>(desktop, 'exchange.exportCard', {});
      expect(file).toMatchObject({ mediaType: 'application/json', fileName: expect.stringMatching(/ contact card\.json$/) });
      return JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8')) as ContactCard;
    };
    const buCard = await cardOf(buDesk);
    const policeCard = await cardOf(policeDesk);
    expect(buCard.organisation).toBe('Northam Safeguarding Children Partnership');

    const added = await call<ContactsView>(policeDesk, 'exchange.importCard', { cardJson: JSON.stringify(buCard) });
    expect(added.contacts).toEqual([expect.objectContaining({ organisation: 'Northam Safeguarding Children Partnership', state: 'unconfirmed' })]);
    const mismatch = await policeDesk.invoke('exchange.confirmContact', { id: added.contacts[0]!.id, fingerprint: policeCard.fingerprint });
    expect(mismatch).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', problems: [{ path: 'fingerprint' }] } });
    expect((await call<ContactsView>(policeDesk, 'exchange.confirmContact', { id: added.contacts[0]!.id, fingerprint: buCard.fingerprint })).contacts[0]!.state).toBe('trusted');

    const theirs = await call<ContactsView>(buDesk, 'exchange.importCard', { cardJson: JSON.stringify(policeCard) });
    policeInBu = theirs.contacts.find((contact) => contact.organisation === POLICE)!.id;
    await call<ContactsView>(buDesk, 'exchange.confirmContact', { id: policeInBu, fingerprint: policeCard.fingerprint });

    const notACard = await buDesk.invoke('exchange.importCard', { cardJson: 'not json' });
    expect(notACard).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('it is not JSON') } });
  });

  it('sends the request as a bundle saved through its ticket, and shows it sent on the case', async () => {
    const view = await call<ExchangeCaseView>(buDesk, 'exchange.case', { reference: bu.reference });
    expect(view.contacts).toEqual([{ contactId: policeInBu, organisation: POLICE, installName: 'Public Protection Unit desk' }]);
    expect(view.canSend).toBe(true);
    expect(view.requests).toEqual([expect.objectContaining({ requestId: bu.requestId, agency: POLICE, sent: null, returned: null })]);

    requestMade = await call<BundleMade>(buDesk, 'exchange.send', { kind: 'request', reference: bu.reference, to: policeInBu, requestId: bu.requestId });
    expect(requestMade.fileName).toMatch(/\.prmbundle$/);
    expect(requestMade.summary).toContain('Template workbook and letter');
    requestBundle = await save(buDesk, requestMade);
    expect(requestBundle.length).toBe(requestMade.size);
    expect(requestBundle.subarray(0, 11).toString('latin1')).toBe('PRM-BUNDLE\n');
    // Saved, so no longer kept in the private folder.
    expect(filesIn(buDesk.staging.folder)).toEqual([]);

    const sent = await call<ExchangeCaseView>(buDesk, 'exchange.case', { reference: bu.reference });
    expect(sent.requests[0]!.sent).toMatchObject({ bundleId: requestMade.bundleId, to: { contactId: policeInBu } });
    expect(sent.log.map((row) => [row.direction, row.kind, row.bundleId])).toEqual([['sent', 'request', requestMade.bundleId]]);
  });

  it('stages, previews and imports the request on the agency’s install, opening a task for the representative', async () => {
    const stagedId = await stage(policeDesk, requestMade.fileName, requestBundle);
    const preview = await call<ImportPreview>(policeDesk, 'exchange.preview', { stagedId });
    expect(preview).toMatchObject({ stagedId, bundleId: requestMade.bundleId, kind: 'request', suggestedAssignee: REPRESENTATIVE, from: { organisation: 'Northam Safeguarding Children Partnership' } });
    const imported = await call<ImportResult>(policeDesk, 'exchange.apply', { stagedId, sha256: preview.sha256, options: { assignTo: REPRESENTATIVE } });
    expect(imported).toMatchObject({ kind: 'request', bundleId: requestMade.bundleId, taskId: expect.any(Number) });
    taskId = imported.taskId!;
    // The staged bundle is used up.
    expect(await policeDesk.invoke('exchange.preview', { stagedId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(filesIn(policeDesk.staging.folder)).toEqual([]);
  });

  it('lets the representative open the task, download its template and send the return', async () => {
    policeDesk.lock();
    await policeDesk.unlock(REPRESENTATIVE, PASSPHRASE);
    const { tasks } = await call<{ tasks: TaskSummary[] }>(policeDesk, 'exchange.tasks', {});
    expect(tasks).toEqual([expect.objectContaining({ id: taskId, kind: 'request', state: 'open', title: `Information request from Northam Safeguarding Children Partnership for case ${bu.reference}` })]);
    const task = await call<TaskView>(policeDesk, 'exchange.task', { id: taskId });
    expect(task.canAnswer).toBe(true);
    const templateFile = task.files.find((file) => file.mediaType === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')!;
    const template = await call<FileOutput>(policeDesk, 'exchange.taskFile', { taskId, fileId: templateFile.id });
    const workbook = await fillTemplate(Buffer.from(template.contentBase64, 'base64'), summary(), events(4, '2025-03-03', 'Officers attended the family home'));

    const stagedWorkbook = await stage(policeDesk, 'GMP return.xlsx', workbook);
    const securing = { confirmedOn: todayInLondon(), representativeName: REPRESENTATIVE, heldWhere: 'agency-system', heldDetails: 'Flagged as restricted in the force’s case system' };
    const made = await call<BundleMade>(policeDesk, 'exchange.answer', { kind: 'return', taskId, answer: { stagedWorkbook, securing, note: '' } });
    returnBundle = await save(policeDesk, made);
    expect(returnBundle.length).toBe(made.size);
    expect(filesIn(policeDesk.staging.folder)).toEqual([]);
    expect(await call<TaskView>(policeDesk, 'exchange.task', { id: taskId })).toMatchObject({ state: 'answered', canAnswer: false });
  });

  it('imports the return on the Business Unit’s install and shows the request received', async () => {
    const stagedId = await stage(buDesk, 'return.prmbundle', returnBundle);
    const preview = await call<ImportPreview>(buDesk, 'exchange.preview', { stagedId });
    expect(preview).toMatchObject({ kind: 'return', caseReference: { ours: bu.reference }, problemsToAccept: [] });
    const imported = await call<ImportResult>(buDesk, 'exchange.apply', { stagedId, sha256: preview.sha256, options: {} });
    expect(imported).toMatchObject({ kind: 'return', caseReference: bu.reference });
    const view = await call<ExchangeCaseView>(buDesk, 'exchange.case', { reference: bu.reference });
    expect(view.requests[0]).toMatchObject({ state: 'received', receivedOn: todayInLondon(), returned: { bundleId: preview.bundleId, from: { contactId: policeInBu } } });
    expect(view.log.map((row) => [row.direction, row.kind])).toEqual([
      ['received', 'return'],
      ['sent', 'request'],
    ]);
    // The same file again is refused by the exchange: a bundle is taken in once.
    const again = await stage(buDesk, 'return.prmbundle', returnBundle);
    expect(await buDesk.invoke('exchange.preview', { stagedId: again })).toMatchObject({ ok: false, error: { code: 'BUNDLE_REFUSED' } });
  });
});
