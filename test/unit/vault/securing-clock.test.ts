/**
 * The securing-confirmation clock (policy 16): started by a request that asks an agency to secure
 * its files, stopped by the agency's confirmation, and shown on the case page and the dashboard
 * like every other clock. Everything through the one pipeline, against a real store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLOCK_POLICY } from '../../../shared/reviews/clocks.ts';
import { exportCase } from '../../../main/reviews/case-file-io.ts';
import { adminDesk, confirmation, count, HEALTH, lastEvent, makeSecuringStore, OFFICER, POLICE, request, screenedCase, userId, type SecuringStore } from './securing-fixture.ts';

let store: SecuringStore;
beforeAll(async () => {
  store = await makeSecuringStore();
});
afterAll(() => store.cleanup());

const SENT = '2025-11-10';
// Monday 10 November 2025 plus five working days.
const DUE = '2025-11-17';

async function securingClocks(reference: string) {
  return (await store.officer.call('cases.get', { reference })).clocks.filter((clock) => clock.clock === 'securing-confirmation');
}

async function dashboardRow(reference: string) {
  return (await store.officer.call('cases.dashboard', { includeClosed: false })).cases.find((row) => row.reference === reference)!;
}

describe('the securing-confirmation clock', () => {
  it('starts from the date a request asking the agency to secure its files was sent, shows overdue on the case page and the dashboard, and stops at the confirmation', async () => {
    const { reference, id } = await screenedCase(store.officer);
    const police = (await store.officer.call('requests.save', { reference, id: null, request: request(POLICE, SENT, true) })).requests[0]!;
    const health = (await store.officer.call('requests.save', { reference, id: null, request: request(HEALTH, SENT, false) })).requests.find((each) => each.agency === HEALTH)!;

    // Only the agency asked to secure its files has the clock.
    expect(await securingClocks(reference)).toEqual([
      expect.objectContaining({ subject: POLICE, label: 'Securing confirmed', startsOn: SENT, dueOn: DUE, completedOn: null, state: 'open', rag: 'red' }),
    ]);
    expect((await securingClocks(reference))[0]!.rule).toBe('Agencies confirm their files are secured within 5 working days of the request');
    const view = await store.officer.call('securing.get', { reference });
    expect(view).toEqual({
      reference,
      canEdit: true,
      rows: [
        { agency: POLICE, requested: true, requestedOn: SENT, dueOn: DUE, overdue: true, confirmation: null, instruction: null },
        { agency: HEALTH, requested: false, requestedOn: null, dueOn: null, overdue: false, confirmation: null, instruction: null },
      ],
    });

    // With both returns in, the overdue confirmation is the case's next deadline on the dashboard, naming the agency.
    await store.officer.call('requests.received', { reference, id: police.id, receivedOn: '2025-11-14' });
    await store.officer.call('requests.received', { reference, id: health.id, receivedOn: '2025-11-14' });
    expect((await dashboardRow(reference)).nextClock).toMatchObject({ clock: 'securing-confirmation', subject: POLICE, label: 'Securing confirmed', dueOn: DUE, state: 'open', rag: 'red' });

    const confirmed = await store.officer.call('securing.confirm', { reference, agency: POLICE, confirmation: confirmation('2025-11-14') });
    expect(confirmed.rows[0]).toMatchObject({
      agency: POLICE,
      overdue: false,
      confirmation: { confirmedOn: '2025-11-14', representativeName: 'Oluwaseun Ní Bhriain', heldWhere: 'agency-system', heldDetails: 'A restricted folder in the force’s records system.', recordedBy: OFFICER },
    });
    expect(await securingClocks(reference)).toEqual([expect.objectContaining({ subject: POLICE, completedOn: '2025-11-14', state: 'met' })]);
    expect((await dashboardRow(reference)).nextClock).toBeNull();
    expect(lastEvent(store.admin)).toEqual({
      action: 'securing.confirmed',
      actorId: userId(store.admin, OFFICER),
      recordType: 'case',
      recordId: String(id),
      details: { agency: POLICE, confirmedOn: '2025-11-14', representativeName: 'Oluwaseun Ní Bhriain', heldWhere: 'agency-system', heldDetails: 'A restricted folder in the force’s records system.', corrected: false },
    });
  });

  it('marks a confirmation after the due date as missed, not met', async () => {
    const { reference } = await screenedCase(store.officer);
    await store.officer.call('requests.save', { reference, id: null, request: request(POLICE, SENT, true) });
    await store.officer.call('securing.confirm', { reference, agency: POLICE, confirmation: confirmation('2025-11-18') });
    expect(await securingClocks(reference)).toEqual([expect.objectContaining({ dueOn: DUE, completedOn: '2025-11-18', state: 'missed', rag: 'red' })]);
  });

  it('follows the request: a corrected date sent moves the deadline, and a request no longer asking to secure files, or removed, takes the clock away', async () => {
    const { reference, id } = await screenedCase(store.officer);
    const saved = (await store.officer.call('requests.save', { reference, id: null, request: request(POLICE, SENT, true) })).requests[0]!;
    // Wednesday 12 November plus five working days.
    await store.officer.call('requests.save', { reference, id: saved.id, request: request(POLICE, '2025-11-12', true) });
    expect(await securingClocks(reference)).toEqual([expect.objectContaining({ startsOn: '2025-11-12', dueOn: '2025-11-19' })]);
    expect((await store.officer.call('securing.get', { reference })).rows[0]).toMatchObject({ requestedOn: '2025-11-12', dueOn: '2025-11-19' });

    await store.officer.call('requests.save', { reference, id: saved.id, request: request(POLICE, '2025-11-12', false) });
    expect(await securingClocks(reference)).toEqual([]);
    expect((await store.officer.call('securing.get', { reference })).rows).toEqual([
      { agency: POLICE, requested: false, requestedOn: null, dueOn: null, overdue: false, confirmation: null, instruction: null },
    ]);

    await store.officer.call('requests.save', { reference, id: saved.id, request: request(POLICE, '2025-11-12', true) });
    expect(await securingClocks(reference)).toHaveLength(1);
    await store.officer.call('requests.remove', { reference, id: saved.id });
    expect(await securingClocks(reference)).toEqual([]);
    expect(count(store.admin, 'case_clocks', "case_id = ? AND clock = 'securing-confirmation'", id)).toBe(0);
  });

  it('takes its amount from the policy, with the default for a policy saved before the clock existed', async () => {
    const admin = await adminDesk(store);
    // A policy as a store made before this clock saved it: no amount for it at all.
    const { 'securing-confirmation': _absent, ...olderAmounts } = DEFAULT_CLOCK_POLICY.amounts;
    store.admin.store.change((db, audit) => {
      db.prepare("INSERT INTO settings (key, value) VALUES ('clock_policy', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
        JSON.stringify({ amounts: { ...olderAmounts, 'agency-returns': 10 }, amberWorkingDays: 2 }),
      );
      audit({ actorId: null, action: 'test.older-policy', recordType: 'store', recordId: 'test' });
    });
    const older = await admin.call('policy.get', {});
    expect(older.policy.amounts).toMatchObject({ 'agency-returns': 10, 'securing-confirmation': 5 });

    await admin.call('policy.save', { policy: { ...older.policy, amounts: { ...older.policy.amounts, 'securing-confirmation': 3 } }, publicationNaming: older.publicationNaming });
    const { reference } = await screenedCase(store.officer);
    await store.officer.call('requests.save', { reference, id: null, request: request(POLICE, SENT, true) });
    // Monday 10 November plus three working days; the returns have their own ten.
    expect(await securingClocks(reference)).toEqual([expect.objectContaining({ dueOn: '2025-11-13', rule: 'Agencies confirm their files are secured within 3 working days of the request' })]);
    expect((await store.officer.call('cases.get', { reference })).clocks.find((clock) => clock.clock === 'agency-returns')).toMatchObject({ dueOn: '2025-11-24' });
    expect(await admin.refusal('policy.save', { policy: { ...older.policy, amounts: { ...older.policy.amounts, 'securing-confirmation': 61 } }, publicationNaming: older.publicationNaming })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    await admin.call('policy.save', { policy: DEFAULT_CLOCK_POLICY, publicationNaming: older.publicationNaming });
    admin.desktop.lock();
  });

  it('stays out of a case file, as the requests it comes from do', async () => {
    const { reference } = await screenedCase(store.officer);
    await store.officer.call('requests.save', { reference, id: null, request: request(POLICE, SENT, true) });
    expect(await securingClocks(reference)).toHaveLength(1);
    const file = exportCase(store.admin, reference);
    expect(file.clocks.map((clock) => clock.clock)).not.toContain('securing-confirmation');
    expect(file.clocks.map((clock) => clock.clock)).toContain('screening');
  });
});
