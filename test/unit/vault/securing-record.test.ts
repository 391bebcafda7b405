/**
 * Recording an agency's confirmation that its files are secured, and its instruction at the
 * close: what is kept, the audit trail, and the checks that refuse a record that cannot be
 * true, each problem by its path in the call's input. Through the one pipeline, on a real store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmation, count, HOUSING, lastEvent, makeSecuringStore, OFFICER, POLICE, request, screenedCase, type SecuringStore } from './securing-fixture.ts';

let store: SecuringStore;
beforeAll(async () => {
  store = await makeSecuringStore();
});
afterAll(() => store.cleanup());

const SENT = '2025-11-10';

async function caseWithPoliceRequest(): Promise<{ reference: string; id: number; requestId: number }> {
  const made = await screenedCase(store.officer);
  const requestId = (await store.officer.call('requests.save', { reference: made.reference, id: null, request: request(POLICE, SENT, true) })).requests[0]!.id;
  return { ...made, requestId };
}

function written(): { records: number; events: number } {
  return { records: count(store.admin, 'securing_records'), events: count(store.admin, 'audit_events') };
}

describe('an agency’s confirmation', () => {
  it('refuses a date in the future or before the request was sent, naming the field, and writes nothing', async () => {
    const { reference } = await caseWithPoliceRequest();
    const before = written();
    const future = await store.officer.refusal('securing.confirm', { reference, agency: POLICE, confirmation: confirmation('2099-01-05') });
    expect(future).toMatchObject({ code: 'INVALID_INPUT', message: 'The date the agency confirmed cannot be in the future.' });
    expect(future.problems).toEqual([{ path: 'confirmation.confirmedOn', message: 'The date the agency confirmed cannot be in the future' }]);
    const early = await store.officer.refusal('securing.confirm', { reference, agency: POLICE, confirmation: confirmation('2025-11-07') });
    expect(early.problems).toEqual([{ path: 'confirmation.confirmedOn', message: `The date the agency confirmed must be on or after the date the request was sent (${SENT})` }]);
    expect(written()).toEqual(before);
  });

  it('refuses a missing name, an unchosen place, an impossible date and an agency the partnership does not list, each by its path', async () => {
    const { reference } = await caseWithPoliceRequest();
    const before = written();
    const missing = await store.officer.refusal('securing.confirm', {
      reference,
      agency: POLICE,
      confirmation: { confirmedOn: '2025-02-30', representativeName: ' ', heldDetails: '' } as never,
    });
    expect(missing.code).toBe('INVALID_INPUT');
    expect(missing.problems).toEqual([
      { path: 'confirmation.confirmedOn', message: 'Enter the date the agency confirmed as a real date, for example 2026-03-27' },
      { path: 'confirmation.representativeName', message: 'Enter the nominated representative’s name' },
      { path: 'confirmation.heldWhere', message: 'Choose where the records are held' },
    ]);
    const unknown = await store.officer.refusal('securing.confirm', { reference, agency: 'Ministry of Nowhere', confirmation: confirmation('2025-11-12') });
    expect(unknown.problems).toEqual([{ path: 'agency', message: 'Choose an agency from the partnership’s list: “Ministry of Nowhere” is not on it' }]);
    expect(written()).toEqual(before);
  });

  it('is corrected in place, with the correction audited', async () => {
    const { reference } = await caseWithPoliceRequest();
    await store.officer.call('securing.confirm', { reference, agency: POLICE, confirmation: confirmation('2025-11-12') });
    const view = await store.officer.call('securing.confirm', {
      reference,
      agency: POLICE,
      confirmation: confirmation('2025-11-13', { representativeName: 'Tomasz Wiśniewski', heldWhere: 'this-app', heldDetails: '' }),
    });
    expect(view.rows).toHaveLength(1);
    expect(view.rows[0]!.confirmation).toMatchObject({ confirmedOn: '2025-11-13', representativeName: 'Tomasz Wiśniewski', heldWhere: 'this-app', heldDetails: '', recordedBy: OFFICER });
    expect(lastEvent(store.admin)).toMatchObject({ action: 'securing.confirmed', details: { agency: POLICE, representativeName: 'Tomasz Wiśniewski', corrected: true } });
  });

  it('may be recorded for an agency never sent a request, which then has a row of its own and no deadline, and joins the case', async () => {
    const { reference } = await caseWithPoliceRequest();
    const view = await store.officer.call('securing.confirm', { reference, agency: 'housing', confirmation: confirmation('2025-11-05') });
    expect(view.rows.map((row) => row.agency)).toEqual([POLICE, HOUSING]);
    expect(view.rows[1]).toMatchObject({ agency: HOUSING, requested: false, requestedOn: null, dueOn: null, overdue: false, confirmation: { confirmedOn: '2025-11-05' } });
    expect((await store.officer.call('cases.get', { reference })).summary.agencies).toContain(HOUSING);
  });

  it('stays on the case when the request is removed, its row saying securing is no longer requested', async () => {
    const { reference, requestId } = await caseWithPoliceRequest();
    await store.officer.call('securing.confirm', { reference, agency: POLICE, confirmation: confirmation('2025-11-12') });
    await store.officer.call('requests.remove', { reference, id: requestId });
    expect((await store.officer.call('securing.get', { reference })).rows).toEqual([
      expect.objectContaining({ agency: POLICE, requested: false, dueOn: null, confirmation: expect.objectContaining({ confirmedOn: '2025-11-12' }) }),
    ]);
  });
});

describe('an agency’s instruction at the close', () => {
  it('needs the confirmation first', async () => {
    const { reference } = await caseWithPoliceRequest();
    const before = written();
    const refusal = await store.officer.refusal('securing.instruct', { reference, agency: POLICE, instruction: { instruction: 'destroy', givenOn: '2025-12-01' } });
    expect(refusal).toMatchObject({ code: 'CONFLICT', message: `Record ${POLICE}’s confirmation that its files are secured before recording its instruction for them.` });
    expect(written()).toEqual(before);
  });

  it('refuses dates out of order or in the future, each by its path', async () => {
    const { reference } = await caseWithPoliceRequest();
    await store.officer.call('securing.confirm', { reference, agency: POLICE, confirmation: confirmation('2025-11-12') });
    const before = written();
    const early = await store.officer.refusal('securing.instruct', { reference, agency: POLICE, instruction: { instruction: 'release', givenOn: '2025-11-11', confirmedOn: null } });
    expect(early.problems).toEqual([{ path: 'instruction.givenOn', message: 'The date the agency gave its instruction must be on or after the date it confirmed its files were secured (2025-11-12)' }]);
    const doneEarly = await store.officer.refusal('securing.instruct', { reference, agency: POLICE, instruction: { instruction: 'release', givenOn: '2025-12-01', confirmedOn: '2025-11-30' } });
    expect(doneEarly.problems).toEqual([{ path: 'instruction.confirmedOn', message: 'The date the agency confirmed it was done must be on or after the date it gave its instruction (2025-12-01)' }]);
    const future = await store.officer.refusal('securing.instruct', { reference, agency: POLICE, instruction: { instruction: 'release', givenOn: '2099-12-01', confirmedOn: '2099-12-02' } });
    expect(future.problems).toEqual([
      { path: 'instruction.givenOn', message: 'The date the agency gave its instruction cannot be in the future' },
      { path: 'instruction.confirmedOn', message: 'The date the agency confirmed it was done cannot be in the future' },
    ]);
    const unchosen = await store.officer.refusal('securing.instruct', { reference, agency: POLICE, instruction: { givenOn: '2025-12-01' } as never });
    expect(unchosen.problems).toEqual([{ path: 'instruction.instruction', message: 'Choose the agency’s instruction' }]);
    expect(written()).toEqual(before);
  });

  it('is recorded, then completed with the date the agency confirmed it was done, each audited; the confirmation cannot then move after it', async () => {
    const { reference, id } = await caseWithPoliceRequest();
    await store.officer.call('securing.confirm', { reference, agency: POLICE, confirmation: confirmation('2025-11-12') });
    const given = await store.officer.call('securing.instruct', { reference, agency: POLICE, instruction: { instruction: 'destroy', givenOn: '2025-12-01' } });
    expect(given.rows[0]!.instruction).toMatchObject({ instruction: 'destroy', givenOn: '2025-12-01', confirmedOn: null, recordedBy: OFFICER });
    expect(lastEvent(store.admin)).toMatchObject({
      action: 'securing.instruction-recorded',
      recordType: 'case',
      recordId: String(id),
      details: { agency: POLICE, instruction: 'destroy', givenOn: '2025-12-01', confirmedOn: null, corrected: false },
    });

    const done = await store.officer.call('securing.instruct', { reference, agency: POLICE, instruction: { instruction: 'destroy', givenOn: '2025-12-01', confirmedOn: '2025-12-03' } });
    expect(done.rows[0]!.instruction).toMatchObject({ instruction: 'destroy', givenOn: '2025-12-01', confirmedOn: '2025-12-03' });
    // The confirmation is kept beside it.
    expect(done.rows[0]!.confirmation).toMatchObject({ confirmedOn: '2025-11-12' });
    expect(lastEvent(store.admin)).toMatchObject({ action: 'securing.instruction-recorded', details: { confirmedOn: '2025-12-03', corrected: true } });

    const moved = await store.officer.refusal('securing.confirm', { reference, agency: POLICE, confirmation: confirmation('2025-12-02') });
    expect(moved.problems).toEqual([{ path: 'confirmation.confirmedOn', message: 'The date the agency confirmed must be on or before the date it gave its instruction for the records (2025-12-01)' }]);
    // A corrected confirmation keeps the instruction.
    const corrected = await store.officer.call('securing.confirm', { reference, agency: POLICE, confirmation: confirmation('2025-11-13') });
    expect(corrected.rows[0]!.instruction).toMatchObject({ instruction: 'destroy', confirmedOn: '2025-12-03' });
  });
});
