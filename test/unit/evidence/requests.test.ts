import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLOCK_POLICY } from '../../../shared/reviews/clocks.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { readEvidence } from '../../../main/evidence/evidence-view.ts';
import { recordChase, recordReceived, removeRequest, saveEscalation, saveRequest } from '../../../main/evidence/requests.ts';
import { saveRecord } from '../../../main/reviews/case-records.ts';
import { readCase } from '../../../main/reviews/case-view.ts';
import { dashboard } from '../../../main/reviews/dashboard.ts';
import { writeClockPolicy } from '../../../main/store/repositories/policy-settings.ts';
import { auditDetails, count, evidenceCounts, expectNothingWritten, HEALTH, makeEvidenceStore, newCase, POLICE, refusalOf, request, type EvidenceStore } from './evidence-fixture.ts';

let store: EvidenceStore;
beforeAll(async () => {
  store = await makeEvidenceStore();
});
afterAll(() => store.cleanup());

describe('requests for information', () => {
  it('gives a request sent on Friday 19 December 2025 five working days, past Christmas and Boxing Day, and adds the agency to the case', () => {
    const { reference, id } = newCase(store.officer);
    const view = saveRequest(store.officer, reference, null, request(HEALTH, '2025-12-19'));
    // Mon 22 (1), Tue 23 (2), Wed 24 (3), Christmas Day and Boxing Day, Mon 29 (4), Tue 30 (5).
    expect(view.requests).toEqual([
      expect.objectContaining({ agency: HEALTH, sentOn: '2025-12-19', dueOn: '2025-12-30', recipientName: 'Zoë Łukasiewicz', secureFiles: true, receivedOn: null, sentBy: 'Ffion Officer', chases: [], escalations: [] }),
    ]);
    expect(view.agencies).toContain(HEALTH);
    expect(readCase(store.officer, reference).summary.agencies).toContain(HEALTH);
    expect(auditDetails(store.officer, 'evidence.request-added').at(-1)).toMatchObject({ agency: HEALTH, sentOn: '2025-12-19', dueOn: '2025-12-30' });
    expect(count(store.officer, 'case_agencies', 'case_id = ?', id)).toBe(2);
  });

  it('files a request under the partnership’s own spelling of the agency', () => {
    const { reference } = newCase(store.officer);
    const view = saveRequest(store.officer, reference, null, request('  greater   manchester police ', '2026-03-02'));
    expect(view.requests.map((item) => item.agency)).toEqual([POLICE]);
  });

  it('refuses a second request to the same agency on a case, naming the agency, and writes nothing', () => {
    const { reference } = newCase(store.officer);
    saveRequest(store.officer, reference, null, request(POLICE, '2026-03-02'));
    const before = evidenceCounts(store.officer);
    const refusal = refusalOf(() => saveRequest(store.officer, reference, null, request(POLICE.toUpperCase(), '2026-03-04')));
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toBe(`There is already a request for information to ${POLICE} on this case. Change that request instead.`);
    expect(refusal.problems).toEqual([{ path: 'request.agency', message: `There is already a request for information to ${POLICE} on this case. Change that request instead` }]);
    expectNothingWritten(store.officer, before);
  });

  it('refuses an agency the partnership does not list, a date in the future and missing fields, each by its path', () => {
    const { reference } = newCase(store.officer);
    const unknown = refusalOf(() => saveRequest(store.officer, reference, null, request('Ministry of Nowhere', '2026-03-02')));
    expect(unknown.code).toBe('INVALID_INPUT');
    expect(unknown.problems).toEqual([{ path: 'request.agency', message: 'Choose an agency from the partnership’s list: “Ministry of Nowhere” is not on it' }]);
    const future = refusalOf(() => saveRequest(store.officer, reference, null, request(POLICE, '2099-03-02')));
    expect(future.problems).toEqual([{ path: 'request.sentOn', message: 'The date the request was sent cannot be in the future' }]);
    const missing = refusalOf(() => saveRequest(store.officer, reference, null, { agency: POLICE, sentOn: '2026-02-30' } as never));
    expect(missing.problems.map((problem) => problem.path)).toEqual(['request.recipientName', 'request.sentOn', 'request.secureFiles']);
    expect(readEvidence(store.officer, reference).requests).toEqual([]);
  });

  it('corrects a request: the due date moves only when the date sent does, and a policy change since does not move it', () => {
    const { reference } = newCase(store.officer);
    const first = saveRequest(store.officer, reference, null, request(POLICE, '2026-03-02')).requests[0]!;
    expect(first.dueOn).toBe('2026-03-09');
    store.officer.store.change((db, audit) => {
      writeClockPolicy(db, { ...DEFAULT_CLOCK_POLICY, amounts: { ...DEFAULT_CLOCK_POLICY.amounts, 'agency-returns': 10 } });
      audit({ actorId: store.officer.userId, action: 'test.policy-changed', recordType: 'setting', recordId: 'clock_policy' });
    });
    try {
      const renamed = saveRequest(store.officer, reference, first.id, request(POLICE, '2026-03-02', { recipientName: 'Dana Inspector' })).requests[0]!;
      expect(renamed).toMatchObject({ id: first.id, recipientName: 'Dana Inspector', dueOn: '2026-03-09' });
      const moved = saveRequest(store.officer, reference, first.id, request(POLICE, '2026-03-03')).requests[0]!;
      expect(moved.dueOn).toBe('2026-03-17');
      expect(auditDetails(store.officer, 'evidence.request-changed')).toHaveLength(2);
    } finally {
      store.officer.store.change((db, audit) => {
        writeClockPolicy(db, DEFAULT_CLOCK_POLICY);
        audit({ actorId: store.officer.userId, action: 'test.policy-changed', recordType: 'setting', recordId: 'clock_policy' });
      });
    }
  });

  it('records chases and escalations with their dates and outcome, each audited, and refuses dates before the request or in the future', () => {
    const { reference } = newCase(store.officer);
    const id = saveRequest(store.officer, reference, null, request(HEALTH, '2026-02-02')).requests[0]!.id;
    let view = recordChase(store.officer, reference, id, { chasedOn: '2026-02-10', method: 'phone', note: 'Left a message with Łucja.' });
    view = recordChase(store.officer, reference, id, { chasedOn: '2026-02-12', method: 'email', note: '' });
    expect(view.requests[0]!.chases).toEqual([
      expect.objectContaining({ chasedOn: '2026-02-10', method: 'phone', note: 'Left a message with Łucja.', recordedBy: 'Ffion Officer' }),
      expect.objectContaining({ chasedOn: '2026-02-12', method: 'email', note: '' }),
    ]);
    view = saveEscalation(store.officer, reference, id, null, { escalatedOn: '2026-02-16', level: 'practice-review-subgroup', escalatedTo: 'Chair of the Practice Review Subgroup', outcome: '' });
    const escalation = view.requests[0]!.escalations[0]!;
    expect(escalation).toMatchObject({ escalatedOn: '2026-02-16', level: 'practice-review-subgroup', outcome: '' });
    view = saveEscalation(store.officer, reference, id, escalation.id, { ...escalation, outcome: 'The agency sent its return on 18 February.' });
    expect(view.requests[0]!.escalations).toEqual([expect.objectContaining({ id: escalation.id, outcome: 'The agency sent its return on 18 February.' })]);
    expect(auditDetails(store.officer, 'evidence.request-chased').slice(-2).map((details) => details.chasedOn)).toEqual(['2026-02-10', '2026-02-12']);
    expect(auditDetails(store.officer, 'evidence.request-escalated').at(-1)).toMatchObject({ escalatedOn: '2026-02-16', level: 'practice-review-subgroup' });
    expect(auditDetails(store.officer, 'evidence.escalation-changed').at(-1)).toMatchObject({ outcome: 'The agency sent its return on 18 February.' });

    const before = evidenceCounts(store.officer);
    expect(refusalOf(() => recordChase(store.officer, reference, id, { chasedOn: '2026-01-30', method: 'letter', note: '' })).problems).toEqual([
      { path: 'chase.chasedOn', message: 'The date of the chase must be on or after the date the request was sent (2026-02-02)' },
    ]);
    expect(refusalOf(() => recordChase(store.officer, reference, id, { chasedOn: '2099-01-30', method: 'letter', note: '' })).problems).toEqual([{ path: 'chase.chasedOn', message: 'The date of the chase cannot be in the future' }]);
    expect(refusalOf(() => saveEscalation(store.officer, reference, id, null, { escalatedOn: '2026-02-01', level: 'lead-safeguarding-partners', escalatedTo: 'Lead partners', outcome: '' })).problems).toEqual([
      { path: 'escalation.escalatedOn', message: 'The date of the escalation must be on or after the date the request was sent (2026-02-02)' },
    ]);
    expect(refusalOf(() => saveEscalation(store.officer, reference, id, 999_999, { escalatedOn: '2026-02-20', level: 'lead-safeguarding-partners', escalatedTo: 'Lead partners', outcome: '' })).code).toBe('NOT_FOUND');
    // A corrected date sent must still come before the chases recorded since.
    expect(refusalOf(() => saveRequest(store.officer, reference, id, request(HEALTH, '2026-02-11'))).problems).toEqual([
      { path: 'request.sentOn', message: 'The date the request was sent must be on or before the first chase (2026-02-10)' },
    ]);
    expectNothingWritten(store.officer, before);
  });

  it('says a request is awaiting, with its working days left, until it is overdue, and received once a date is recorded', () => {
    const { reference } = newCase(store.officer);
    const today = todayInLondon();
    let view = saveRequest(store.officer, reference, null, request(POLICE, today));
    expect(view.requests[0]).toMatchObject({ state: 'awaiting', workingDaysLeft: 5 });
    view = saveRequest(store.officer, reference, null, request(HEALTH, '2026-01-05'));
    const late = view.requests.find((item) => item.agency === HEALTH)!;
    expect(late).toMatchObject({ dueOn: '2026-01-12', state: 'overdue' });
    expect(late.workingDaysLeft).toBeLessThan(-100);
    view = recordReceived(store.officer, reference, late.id, '2026-01-14');
    expect(view.requests.find((item) => item.agency === HEALTH)).toMatchObject({ state: 'received', receivedOn: '2026-01-14', workingDaysLeft: null });
    expect(auditDetails(store.officer, 'evidence.return-received').at(-1)).toMatchObject({ requestId: late.id, receivedOn: '2026-01-14', automatically: false });
    expect(refusalOf(() => recordReceived(store.officer, reference, late.id, '2026-01-02')).problems).toEqual([
      { path: 'receivedOn', message: 'The date the return was received must be on or after the date the request was sent (2026-01-05)' },
    ]);
    expect(refusalOf(() => recordReceived(store.officer, reference, late.id, '2099-01-02')).problems).toEqual([{ path: 'receivedOn', message: 'The date the return was received cannot be in the future' }]);
  });

  it('runs an agency-returns clock per request on the case page and the dashboard, completes it when the return is received, and removes it with the request', () => {
    const { reference, id } = newCase(store.officer);
    // With the screening decision made, the request's clock is the case's only open one.
    saveRecord(store.officer, reference, null, { type: 'screening', data: { decidedOn: '2025-11-06', decision: 'rapid-review', rationale: 'Serious harm.', panel: [{ name: 'Ash Panelmember', organisation: POLICE }] } });
    const requestId = saveRequest(store.officer, reference, null, request(POLICE, '2026-03-02')).requests[0]!.id;
    const clockOf = () => readCase(store.officer, reference).clocks.find((clock) => clock.clock === 'agency-returns');
    expect(clockOf()).toMatchObject({ subject: POLICE, startsOn: '2026-03-02', dueOn: '2026-03-09', completedOn: null, state: 'open', rag: 'red' });
    const row = dashboard(store.officer, { includeClosed: false }).cases.find((candidate) => candidate.reference === reference)!;
    expect(row.nextClock).toMatchObject({ clock: 'agency-returns', subject: POLICE, dueOn: '2026-03-09' });

    recordReceived(store.officer, reference, requestId, '2026-03-06');
    expect(clockOf()).toMatchObject({ completedOn: '2026-03-06', state: 'met' });
    recordReceived(store.officer, reference, requestId, null);
    expect(clockOf()).toMatchObject({ completedOn: null, state: 'open' });

    recordChase(store.officer, reference, requestId, { chasedOn: '2026-03-10', method: 'email', note: '' });
    const view = removeRequest(store.officer, reference, requestId);
    expect(view.requests).toEqual([]);
    expect(clockOf()).toBeUndefined();
    expect(count(store.officer, 'information_request_chases', 'request_id = ?', requestId)).toBe(0);
    expect(auditDetails(store.officer, 'evidence.request-removed').at(-1)).toMatchObject({ requestId, agency: POLICE });
    expect(count(store.officer, 'case_clocks', "case_id = ? AND clock = 'agency-returns'", id)).toBe(0);
    expect(refusalOf(() => removeRequest(store.officer, reference, requestId)).code).toBe('NOT_FOUND');
  });
});
