/**
 * A decision from someone without an account on the Business Unit's desk, between two real
 * installs: the Business Unit recorded a partner's endorsement on their behalf, asks the partner
 * for their own, the partner's install opens a task, the partner gives their decision signed,
 * and the Business Unit takes it in: it replaces the on-behalf entry, and both stay in the history.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import type { RecordInput } from '../../../shared/reviews/records.ts';
import { readCase } from '../../../main/reviews/case-view.ts';
import { removeRecord, saveRecord } from '../../../main/reviews/case-records.ts';
import type { Session } from '../../../main/security/session.ts';
import { importBundle, makeBundle, previewBundle } from '../../../main/exchange/exchange-service.ts';
import { buildDecisionBundle, buildDecisionRequestBundle } from '../../../main/exchange/flows/decision-out.ts';
import { findRecord } from '../../../main/store/repositories/case-records.ts';
import { findTask } from '../../../main/store/repositories/exchange-tasks.ts';
import { makeInstall, trustEachOther, type Install } from './installs.ts';
import { auditActions, bundlePath, caseIdOf, contactIn, footprint, importFixtureCase, IMPORT, refusalOf, signIn } from './handover-fixture.ts';

const POLICE = 'Greater Manchester Police';
const PARTNER = 'Gwenllian Okafor';

describe('a decision signed by someone without an account on the Business Unit’s desk', () => {
  let bu: Install;
  let police: Install;
  const sessions: Session[] = [];
  let officer: Session;
  let partner: Session;
  let reference: string;
  let endorsementId: number;
  let contacts: { bInA: number; aInB: number };

  beforeEach(async () => {
    bu = await makeInstall('Northam Safeguarding Children Partnership', 'Business Unit desk');
    police = await makeInstall(POLICE, 'Public protection desk');
    contacts = trustEachOther(bu, police);
    officer = await signIn(bu, 'Ffion Officer', 'business-unit', 'Business Unit');
    partner = await signIn(police, PARTNER, 'screening-panel', POLICE);
    sessions.push(officer, partner);
    reference = importFixtureCase(bu);
    const caseId = caseIdOf(officer, reference);
    const meetingId = (officer.store.db.prepare("SELECT id FROM case_records WHERE case_id = ? AND type = 'meeting'").get(caseId) as { id: number }).id;
    const onBehalf: RecordInput<'endorsement'> = { meetingId, capacity: 'police', person: { name: PARTNER, organisation: POLICE }, endorses: true, recordedOn: '2025-10-02' };
    const view = saveRecord(officer, reference, null, { type: 'endorsement', data: onBehalf });
    endorsementId = Math.max(...view.records.filter((record) => record.type === 'endorsement').map((record) => record.id));
  });
  afterEach(() => {
    for (const session of sessions.splice(0)) if (!session.locked) session.lock();
    bu.temp.cleanup();
    police.temp.cleanup();
  });

  async function askAndAnswer(data: (entry: Record<string, unknown>) => Record<string, unknown>): Promise<{ path: string; taskId: number }> {
    const request = await buildDecisionRequestBundle(officer, { reference, recordId: endorsementId, personName: 'gwenllian okafor', question: 'Please confirm whether Police endorse the outcome of the rapid review.', replyBy: null }, contactIn(bu, contacts.bInA));
    const requestPath = bundlePath(bu, 'decision-request');
    await makeBundle(officer, request, requestPath);
    // The police install's administrator imports it; the task goes to the partner, named in the request.
    const preview = await previewBundle(police.session, requestPath, 1);
    expect(preview.suggestedAssignee).toBe(PARTNER);
    const opened = await importBundle(police.session, requestPath, null, IMPORT);
    const taskId = opened.taskId!;
    const task = findTask(police.session.store.db, taskId)!;
    const asked = JSON.parse(task.payload) as { entry: { data: Record<string, unknown> } };
    const decision = await buildDecisionBundle(partner, taskId, { decidedOn: todayInLondon(), data: data(asked.entry.data) });
    const path = bundlePath(police, 'decision');
    await makeBundle(partner, decision, path);
    return { path, taskId };
  }

  it('replaces the entry made on the partner’s behalf, keeps that entry in the history, and shows the record as signed', async () => {
    const before = findRecord(officer.store.db, endorsementId)!;
    const comment = 'Police do not endorse: the learning about information sharing at weekends is missing.';
    const { path, taskId } = await askAndAnswer((entry) => ({ ...entry, endorses: false, comment }));
    expect(findTask(police.session.store.db, taskId)!.state).toBe('answered');

    const preview = await previewBundle(officer, path, 2);
    expect(preview.willDo[0]).toMatch(
      new RegExp(`^Replace the entry Ffion Officer made on \\d{1,2} \\w+ \\d{4} on behalf of ${PARTNER} with ${PARTNER}’s own signed decision \\(from ${POLICE}, Public protection desk\\); the earlier entry is kept in the history$`),
    );
    expect(preview.willDo[1]).toBe(`${PARTNER} changed: endorses, comment`);
    await importBundle(officer, path, null, IMPORT);

    const after = findRecord(officer.store.db, endorsementId)!;
    expect(after.data).toMatchObject({ endorses: false, comment, person: { name: PARTNER, organisation: POLICE } });
    expect(after.updatedBy).toBe(officer.userId);
    const signed = officer.store.db.prepare('SELECT signed_by AS signedBy, contact_id AS contactId FROM signed_records WHERE record_id = ?').all(endorsementId);
    expect(signed).toEqual([{ signedBy: PARTNER, contactId: contacts.bInA }]);
    const versions = officer.store.db.prepare('SELECT data, entered_by AS enteredBy, entered_at AS enteredAt FROM case_record_versions WHERE record_id = ?').all(endorsementId) as { data: string; enteredBy: string; enteredAt: string }[];
    expect(versions).toHaveLength(1);
    expect(JSON.parse(versions[0]!.data)).toEqual(before.data);
    expect(versions[0]).toMatchObject({ enteredBy: 'Ffion Officer', enteredAt: before.enteredAt });

    const view = readCase(officer, reference).records.find((record) => record.id === endorsementId)!;
    expect(view.signed).toMatchObject({ by: PARTNER, organisation: POLICE, installName: 'Public protection desk' });
    expect(view.onBehalfOf).toEqual([]);
    const signedEvents = auditActions(officer, 'case.record-signed');
    expect(signedEvents.map((event) => event.details)).toEqual([expect.objectContaining({ type: 'endorsement', recordId: endorsementId, signedBy: PARTNER, replacedEntryBy: 'Ffion Officer' })]);

    // The same bundle again is refused by the exchange, and writes nothing.
    const untouched = footprint(officer);
    const again = await refusalOf(() => importBundle(officer, path, null, IMPORT));
    expect(again.code).toBe('BUNDLE_REFUSED');
    expect(again.message).toMatch(/already imported/);
    expect(footprint(officer)).toEqual(untouched);

    // Changed here afterwards, the record is the Business Unit's entry again: no longer shown as signed.
    saveRecord(officer, reference, endorsementId, { type: 'endorsement', data: { ...(after.data as RecordInput<'endorsement'>), comment: `${comment} (Noted by the Business Unit.)` } });
    const edited = readCase(officer, reference).records.find((record) => record.id === endorsementId)!;
    expect(edited.signed).toBeNull();
    expect(edited.onBehalfOf.map((person) => person.name)).toEqual([PARTNER]);

    // Removed, it takes its earlier entries and its signature with it.
    removeRecord(officer, reference, endorsementId);
    expect(findRecord(officer.store.db, endorsementId)).toBeUndefined();
    const left = officer.store.db.prepare('SELECT (SELECT count(*) FROM signed_records WHERE record_id = ?) + (SELECT count(*) FROM case_record_versions WHERE record_id = ?) AS n').get(endorsementId, endorsementId) as { n: number };
    expect(left.n).toBe(0);
  });

  it('refuses an answer the record’s own form would refuse, by field, and a second answer to the same task', async () => {
    const { taskId } = await askAndAnswer((entry) => ({ ...entry, comment: 'Endorsed.' }));
    const answered = await refusalOf(() => buildDecisionBundle(partner, taskId, { decidedOn: todayInLondon(), data: {} }));
    expect(answered.code).toBe('CONFLICT');

    // A fresh task, answered badly.
    const request = await buildDecisionRequestBundle(officer, { reference, recordId: endorsementId, personName: PARTNER, question: 'Please confirm.', replyBy: null }, contactIn(bu, contacts.bInA));
    const requestPath = bundlePath(bu, 'decision-request-2');
    await makeBundle(officer, request, requestPath);
    const { taskId: second } = await importBundle(police.session, requestPath, null, IMPORT);
    const bad = await refusalOf(() => buildDecisionBundle(partner, second!, { decidedOn: '2999-01-01', data: { capacity: 'police', person: { name: PARTNER, organisation: POLICE }, recordedOn: todayInLondon() } }));
    expect(bad.code).toBe('INVALID_INPUT');
    expect(bad.problems.map((problem) => problem.path).sort()).toEqual(['answer.data.endorses', 'answer.data.meetingId', 'answer.decidedOn']);
  });

  it('asks only for decisions, and only of a person the record names', async () => {
    const caseId = caseIdOf(officer, reference);
    const meetingId = (officer.store.db.prepare("SELECT id FROM case_records WHERE case_id = ? AND type = 'meeting'").get(caseId) as { id: number }).id;
    const to = contactIn(bu, contacts.bInA);
    const notADecision = await refusalOf(() => buildDecisionRequestBundle(officer, { reference, recordId: meetingId, personName: PARTNER, question: 'Confirm?', replyBy: null }, to));
    expect(notADecision.problems.map((problem) => problem.path)).toEqual(['recordId']);
    const someoneElse = await refusalOf(() => buildDecisionRequestBundle(officer, { reference, recordId: endorsementId, personName: 'Someone Else', question: 'Confirm?', replyBy: null }, to));
    expect(someoneElse.problems).toEqual([{ path: 'personName', message: `Enter the name as the record gives it: ${PARTNER}` }]);
  });

  it('refuses a signed decision whose record was removed after the request went, writing nothing', async () => {
    const { path } = await askAndAnswer((entry) => entry);
    removeRecord(officer, reference, endorsementId);
    const before = footprint(officer);
    const refused = await refusalOf(() => importBundle(officer, path, null, IMPORT));
    expect(refused.code).toBe('BUNDLE_REFUSED');
    expect(refused.message).toBe(`The endorsement this signed decision replaces is no longer on case ${reference}: it was removed after the request was sent. Record the decision by hand if it is still needed. Nothing was imported.`);
    expect(footprint(officer)).toEqual(before);
  });
});
