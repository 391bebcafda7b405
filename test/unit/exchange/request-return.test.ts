/**
 * The first Must-show, on real SQLCipher stores and real bundle files: an information
 * request goes from the Business Unit's install to the agency's, opens a task for its nominated
 * representative with the template and the letter, and the agency's return comes back with its
 * summary, chronology and securing confirmation, completing the request and its clocks; both
 * audit chains record both ends. And the refusals each side owes: a return from an install the
 * request did not go to, a request to the wrong organisation's install, a return without the
 * securing confirmation the request asked for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { requestPayload, type ReturnPayload } from '../../../shared/exchange/payloads.ts';
import { clockStatus, todayInLondon } from '../../../shared/reviews/clock-status.ts';
import type { ConfirmationInput } from '../../../shared/vault/securing.ts';
import { requestTemplate } from '../../../main/evidence/evidence-exports.ts';
import { makeBundle, importBundle, previewBundle } from '../../../main/exchange/exchange-service.ts';
import { dateInWords } from '../../../main/exports/pdf/date-words.ts';
import { buildRequestBundle } from '../../../main/exchange/flows/request-out.ts';
import { itemFromBytes } from '../../../main/exchange/flows/request-files.ts';
import { buildReturnBundle } from '../../../main/exchange/flows/return-out.ts';
import { storeCalendar } from '../../../main/reviews/calendar.ts';
import { verifyChain } from '../../../main/security/audit-chain.ts';
import type { Session } from '../../../main/security/session.ts';
import { findSummary } from '../../../main/store/repositories/agency-summaries.ts';
import { listClocks } from '../../../main/store/repositories/case-clocks.ts';
import { findCurrentReturn, listCurrentRows } from '../../../main/store/repositories/chronology-returns.ts';
import { findTask, listTaskFiles, readTaskFileContent } from '../../../main/store/repositories/exchange-tasks.ts';
import { findRequest } from '../../../main/store/repositories/information-requests.ts';
import { findSecuring } from '../../../main/store/repositories/securing-records.ts';
import { findUserByName } from '../../../main/store/repositories/users.ts';
import { sha256Of } from '../../../main/reviews/documents.ts';
import { asyncRefusalOf, auditDetails, count, events, HEALTH, POLICE, summary } from '../evidence/evidence-fixture.ts';
import { makeInstall, trustEachOther, type Install } from './installs.ts';
import { bundlePath, contactIn, fillTemplate, makeBusinessUnit, REPRESENTATIVE, signIn, type BusinessUnit } from './request-return-fixture.ts';

const NO_OPTIONS = { assignTo: null, acceptProblems: false };
const EVENTS = [...events(6, '2025-03-03', 'Officers attended the family home'), { date: 'sometime in spring', event: 'A call from a neighbour, date not recorded' }];

let bu: BusinessUnit;
let police: Install;
let health: Install;
let policeInBu: number;
let buInPolice: number;
let healthInBu: number;
let buInHealth: number;
let representative: Session;
let today: string;

/** Every table either side of the exchange writes, counted: a refused import must change none of them. */
function written(session: Session): Record<string, number> {
  const tables = ['audit_events', 'exchange_bundles', 'exchange_tasks', 'exchange_task_files', 'agency_summaries', 'chronology_returns', 'chronology_rows', 'securing_records', 'case_documents', 'case_clocks'];
  return Object.fromEntries(tables.map((table) => [table, count(session, table)]));
}

function securing(overrides: Partial<ConfirmationInput> = {}): ConfirmationInput {
  return { confirmedOn: today, representativeName: REPRESENTATIVE, heldWhere: 'agency-system', heldDetails: 'Flagged as restricted in the force’s case system', ...overrides };
}

beforeAll(async () => {
  today = todayInLondon();
  bu = await makeBusinessUnit(POLICE);
  police = await makeInstall(POLICE, 'Public Protection Unit desk');
  health = await makeInstall(HEALTH, 'Safeguarding team desk');
  ({ bInA: policeInBu, aInB: buInPolice } = trustEachOther(bu.install, police));
  ({ bInA: healthInBu, aInB: buInHealth } = trustEachOther(bu.install, health));
  representative = await signIn(police, REPRESENTATIVE, 'nominated-representative', POLICE);
}, 120_000);

afterAll(() => {
  for (const session of [bu?.officer, representative]) if (session !== undefined && !session.locked) session.lock();
  for (const install of [bu?.install, police, health]) install?.temp.cleanup();
});

describe('an information request and the agency’s return, between two real installs', () => {
  it('opens a task for the representative on the agency’s install, and the return completes the request on the case', async () => {
    // The Business Unit sends the request.
    const outgoing = await buildRequestBundle(bu.officer, bu.reference, contactIn(bu.install, policeInBu), bu.requestId);
    const requestFile = bundlePath(bu.install, 'request');
    const sentRequest = await makeBundle(bu.officer, outgoing, requestFile);
    expect(sentRequest.summary).toContain('2 people to search for');
    expect(sentRequest.summary).toContain('Template workbook and letter');

    // The agency's administrator imports it: a task for the representative the request names.
    const preview = await previewBundle(police.session, requestFile, 1);
    expect(preview.kind).toBe('request');
    expect(preview.suggestedAssignee).toBe(REPRESENTATIVE);
    expect(preview.assignees).toEqual(expect.arrayContaining([REPRESENTATIVE, police.session.user.name]));
    expect(preview.willDo[0]).toMatch(new RegExp(`^Open a task for ${REPRESENTATIVE}: information request from Northam Safeguarding Children Partnership for case ${bu.reference}, due `));
    const opened = await importBundle(police.session, requestFile, preview.sha256, NO_OPTIONS);
    expect(opened.taskId).not.toBeNull();
    const taskId = opened.taskId!;
    const task = findTask(police.session.store.db, taskId)!;
    expect(task).toMatchObject({ kind: 'request', state: 'open', theirReference: bu.reference, assignedTo: findUserByName(police.session.store.db, REPRESENTATIVE)!.id, bundleId: sentRequest.bundleId });

    // What the agency searches by: the child and the family, not the practitioner, and no contact details.
    const payload = requestPayload.parse(JSON.parse(task.payload));
    expect(payload).toMatchObject({ requestId: bu.requestId, partnership: 'Northam Safeguarding Children Partnership', agency: POLICE, recipientName: REPRESENTATIVE, sentOn: today, secureFiles: true });
    expect(payload.people.map((person) => [person.role, person.givenNames, person.familyName, person.datesOfBirth, person.relationship])).toEqual([
      ['child', 'Mali', 'Ó Dónaill', ['2019-04-11'], ''],
      ['family-member', 'Siobhán', 'Ó Dónaill', ['1994-07-30'], 'Mother'],
    ]);
    expect(payload.people[0]).toMatchObject({ otherNames: ['Molly Donnell'], addresses: ['12 Example Row, Northam NM1 4ZZ'] });
    expect(task.payload).not.toContain('07700 900123');

    const files = listTaskFiles(police.session.store.db, taskId);
    expect(files.map((file) => file.mediaType)).toEqual(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf']);
    const template = readTaskFileContent(police.session.store.db, taskId, files[0]!.id)!;
    expect(sha256Of(template)).toBe(files[0]!.sha256);
    expect(readTaskFileContent(police.session.store.db, taskId, files[1]!.id)!.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The representative fills in the template. Without the securing confirmation the request asked for, no return is made.
    const workbook = { fileName: 'GMP return.xlsx', bytes: await fillTemplate(template, summary(), EVENTS) };
    const unsecured = await asyncRefusalOf(() => buildReturnBundle(representative, taskId, { securing: null, note: '', workbook }));
    expect(unsecured.code).toBe('INVALID_INPUT');
    expect(unsecured.message).toBe('The request asked your agency to secure its records: confirm that you have, with the date.');
    expect(findTask(police.session.store.db, taskId)!.state).toBe('open');

    const returnOut = await buildReturnBundle(representative, taskId, { securing: securing(), note: 'One entry has no date in our system.', workbook });
    expect(returnOut.summary).toContain('1 row could not be read: the Business Unit will see it');
    expect((returnOut.payload as ReturnPayload).securedFiles).toEqual([]);
    const returnFile = bundlePath(police, 'return');
    const sentReturn = await makeBundle(representative, returnOut, returnFile);
    expect(findTask(police.session.store.db, taskId)).toMatchObject({ state: 'answered', answeredBundleId: sentReturn.bundleId });

    // The Business Unit previews it: what it will do, and the row that could not be read.
    const returnPreview = await previewBundle(bu.officer, returnFile, 2);
    expect(returnPreview.caseReference).toEqual({ theirs: null, ours: bu.reference });
    expect(returnPreview.willDo).toEqual([
      `Save ${POLICE}’s summary (completed by Siân Ó Briain on 10 November 2025)`,
      'Add 6 chronology rows to the composite',
      `Record securing confirmed on ${dateInWords(today)} by ${REPRESENTATIVE}`,
      `Mark the request received today (${dateInWords(today)}): in time`,
      `Keep the workbook “GMP return.xlsx” in the case’s documents, with ${POLICE}’s note: “One entry has no date in our system.”`,
    ]);
    expect(returnPreview.problemsToAccept).toHaveLength(1);
    expect(returnPreview.problemsToAccept[0]).toMatch(/^Sheet “Chronology”, row 13, column .+: /);

    // Not accepted knowingly: refused, nothing written.
    const before = written(bu.officer);
    const unaccepted = await asyncRefusalOf(() => importBundle(bu.officer, returnFile, returnPreview.sha256, NO_OPTIONS));
    expect(unaccepted.code).toBe('BUNDLE_REFUSED');
    expect(written(bu.officer)).toEqual(before);

    const applied = await importBundle(bu.officer, returnFile, returnPreview.sha256, { assignTo: null, acceptProblems: true });
    expect(applied).toMatchObject({ kind: 'return', bundleId: sentReturn.bundleId, caseReference: bu.reference, taskId: null });

    // The case has the agency's summary, its chronology rows and its securing confirmation.
    const db = bu.officer.store.db;
    const agencyId = (db.prepare('SELECT id FROM organisations WHERE name = ?').get(POLICE) as { id: number }).id;
    const saved = findSummary(db, bu.caseId, agencyId)!;
    expect(saved.source).toBe('imported');
    expect(saved.form).toEqual(summary());
    const chronology = findCurrentReturn(db, bu.caseId, agencyId)!;
    expect(chronology).toMatchObject({ fileName: 'GMP return.xlsx', rowCount: 6, sha256: sha256Of(workbook.bytes) });
    expect(chronology.problems.filter((problem) => problem.row > 0)).toHaveLength(1);
    expect(listCurrentRows(db, bu.caseId).map((row) => row.event)).toEqual(EVENTS.slice(0, 6).map((event) => event.event));
    expect(findSecuring(db, bu.caseId, agencyId)!.confirmation).toMatchObject({ confirmedOn: today, representativeName: REPRESENTATIVE, heldWhere: 'agency-system' });
    expect(count(bu.officer, 'case_documents', 'case_id = ? AND sha256 = ?', bu.caseId, sha256Of(workbook.bytes))).toBe(1);

    // The request is received today, and its clocks are complete and met.
    expect(findRequest(db, bu.caseId, bu.requestId)!.receivedOn).toBe(today);
    const calendar = storeCalendar(db);
    for (const name of ['agency-returns', 'securing-confirmation'] as const) {
      const clock = listClocks(db, bu.caseId).find((stored) => stored.clock === name && stored.subject === POLICE)!;
      expect(clock.completedOn).toBe(today);
      expect(clockStatus(clock, today, calendar, 2).state).toBe('met');
    }

    // Each change is audited as its own service audits it, marked as come by bundle.
    for (const action of ['evidence.summary-imported', 'evidence.chronology-imported', 'securing.confirmed', 'evidence.return-received']) {
      expect(auditDetails(bu.officer, action).at(-1)).toMatchObject({ via: 'bundle', bundleId: sentReturn.bundleId });
    }

    // Both audit chains record both ends, and both hold.
    const ids = (session: Session, action: string) => auditDetails(session, action).map((details) => details.bundleId);
    expect(ids(bu.officer, 'exchange.bundle-sent')).toContain(sentRequest.bundleId);
    expect(ids(bu.officer, 'exchange.bundle-received')).toContain(sentReturn.bundleId);
    expect(ids(police.session, 'exchange.bundle-received')).toContain(sentRequest.bundleId);
    expect(ids(police.session, 'exchange.bundle-sent')).toContain(sentReturn.bundleId);
    for (const session of [bu.officer, police.session]) expect(verifyChain(session.store.db, session.store.auditKeyForVerification).intact).toBe(true);
  }, 120_000);

  it('refuses to send the request to an install of another organisation: the child’s details must not go there', async () => {
    const before = written(bu.officer);
    const error = await asyncRefusalOf(() => buildRequestBundle(bu.officer, bu.reference, contactIn(bu.install, healthInBu), bu.requestId));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(new RegExp(`^${HEALTH} – Safeguarding team desk is ${HEALTH}, but this request is to ${POLICE}\\. The child’s identifying details must not go to another organisation`));
    expect(written(bu.officer)).toEqual(before);
  });

  it('refuses, with nothing written, a return for the request from an install the request was not sent to', async () => {
    const outgoing = await buildRequestBundle(bu.officer, bu.reference, contactIn(bu.install, policeInBu), bu.requestId);
    const request = await makeBundle(bu.officer, outgoing, bundlePath(bu.install, 'request-again'));
    // Another agency's install claims to answer it, with a workbook that would otherwise import.
    const template = Buffer.from((await requestTemplate(bu.officer, bu.reference, POLICE)).contentBase64, 'base64');
    const workbook = await fillTemplate(template, summary(), EVENTS.slice(0, 2));
    const payload: ReturnPayload = { requestId: bu.requestId, agency: POLICE, workbookItem: 1, securing: securing(), note: '', securedFiles: [] };
    const forged = bundlePath(health, 'return-forged');
    await makeBundle(
      health.session,
      {
        kind: 'return',
        to: contactIn(health, buInHealth),
        caseId: null,
        caseReference: { sender: null, recipient: bu.reference },
        inReplyTo: request.bundleId,
        payload,
        files: [itemFromBytes('return.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', workbook)],
        subject: null,
        summary: ['A return'],
        fileStem: 'forged',
      },
      forged,
    );
    const before = written(bu.officer);
    const error = await asyncRefusalOf(() => importBundle(bu.officer, forged, null, { assignTo: null, acceptProblems: true }));
    expect(error.code).toBe('BUNDLE_REFUSED');
    expect(error.message).toContain(HEALTH);
    expect(error.message).toContain('Nothing was imported.');
    expect(written(bu.officer)).toEqual(before);
  });

  it('refuses, before writing anything, to give the task to someone who is not a user of the agency’s install', async () => {
    const file = bundlePath(bu.install, 'request-unassigned');
    await makeBundle(bu.officer, await buildRequestBundle(bu.officer, bu.reference, contactIn(bu.install, policeInBu), bu.requestId), file);
    const before = written(police.session);
    const error = await asyncRefusalOf(() => importBundle(police.session, file, null, { assignTo: 'Nobody Here', acceptProblems: false }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe(`There is no active user called “Nobody Here” on this install to give the task to. Choose one of: Test Administrator, ${REPRESENTATIVE}.`);
    expect(written(police.session)).toEqual(before);
  });

  it('reads the returned workbook on arrival as a spreadsheet import would: a summary that cannot be read is refused, listing why', async () => {
    const request = await makeBundle(bu.officer, await buildRequestBundle(bu.officer, bu.reference, contactIn(bu.install, policeInBu), bu.requestId), bundlePath(bu.install, 'request-for-bad-return'));
    // The agency's own install would refuse this workbook; a return made some other way meets the same reader here.
    const template = Buffer.from((await requestTemplate(bu.officer, bu.reference, POLICE)).contentBase64, 'base64');
    const workbook = await fillTemplate(template, summary({ completedOn: '2099-01-04' }), EVENTS.slice(0, 2));
    const payload: ReturnPayload = { requestId: bu.requestId, agency: POLICE, workbookItem: 1, securing: securing(), note: '', securedFiles: [] };
    const file = bundlePath(police, 'return-unreadable');
    await makeBundle(
      police.session,
      {
        kind: 'return',
        to: contactIn(police, buInPolice),
        caseId: null,
        caseReference: { sender: null, recipient: bu.reference },
        inReplyTo: request.bundleId,
        payload,
        files: [itemFromBytes('GMP return.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', workbook)],
        subject: null,
        summary: ['A return'],
        fileStem: 'unreadable',
      },
      file,
    );
    const before = written(bu.officer);
    const error = await asyncRefusalOf(() => previewBundle(bu.officer, file, 3));
    expect(error.code).toBe('BUNDLE_REFUSED');
    expect(error.message).toMatch(new RegExp(`^The agency summary in ${POLICE}’s return \\(“GMP return\\.xlsx”\\) has a problem: .*cannot be in the future`));
    expect(error.message).toMatch(/Nothing was imported\.$/);
    expect(error.problems).toHaveLength(1);
    expect(written(bu.officer)).toEqual(before);
  });
});
