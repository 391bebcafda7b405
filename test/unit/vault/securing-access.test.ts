/**
 * Who may see and record an agency's securing: reading needs the right to read the case,
 * recording needs the right to change it. Each refusal is audited and writes nothing else.
 * Through the one pipeline, against a real store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallInput } from '../../../shared/ipc/contract.ts';
import { ADMIN } from '../helpers/temp-store.ts';
import { adminDesk, confirmation, count, lastEvent, makeSecuringStore, POLICE, request, screenedCase, userId, type SecuringStore } from './securing-fixture.ts';

let store: SecuringStore;
let reference: string;
let caseId: number;
let otherReference: string;
beforeAll(async () => {
  store = await makeSecuringStore();
  ({ reference, id: caseId } = await screenedCase(store.officer));
  ({ reference: otherReference } = await screenedCase(store.officer));
  await store.officer.call('requests.save', { reference, id: null, request: request(POLICE, '2025-11-10', true) });
  await store.officer.call('securing.confirm', { reference, agency: POLICE, confirmation: confirmation('2025-11-12') });
});
afterAll(() => store.cleanup());

const confirm = (): CallInput<'securing.confirm'> => ({ reference, agency: POLICE, confirmation: confirmation('2025-11-13', { representativeName: 'Never Recorded' }) });
const instruct = (): CallInput<'securing.instruct'> => ({ reference, agency: POLICE, instruction: { instruction: 'release', givenOn: '2025-12-01' } });

function written(): { records: string; events: number } {
  const rows = store.admin.store.db.prepare('SELECT * FROM securing_records ORDER BY case_id, organisation_id').all();
  return { records: JSON.stringify(rows), events: count(store.admin, 'audit_events') };
}

/** The call is refused as not allowed, with one audited refusal and nothing else written. */
async function expectRefused(name: string, permission: string, call: () => Promise<{ code: string; message: string }>): Promise<void> {
  const before = written();
  const refusal = await call();
  expect(refusal.code).toBe('NOT_ALLOWED');
  expect(refusal.message).toMatch(/^You are not allowed to .+\. Ask an administrator if your role should include it\.$/);
  expect(lastEvent(store.admin)).toMatchObject({ action: 'access.refused', actorId: userId(store.admin, name), recordType: 'case', recordId: String(caseId), details: { permission } });
  expect(written()).toEqual({ ...before, events: before.events + 1 });
}

describe('who may see and record agencies’ securing', () => {
  it('lets the scrutineer read it, without the right to change it, and refuses each change', async () => {
    const scrutineer = await store.signIn('Lee Marchetti', 'scrutineer');
    const view = await scrutineer.call('securing.get', { reference });
    expect(view.canEdit).toBe(false);
    expect(view.rows[0]).toMatchObject({ agency: POLICE, confirmation: { representativeName: 'Oluwaseun Ní Bhriain' } });
    await expectRefused('Lee Marchetti', 'cases.edit', () => scrutineer.refusal('securing.confirm', confirm()));
    await expectRefused('Lee Marchetti', 'cases.edit', () => scrutineer.refusal('securing.instruct', instruct()));
  });

  it('lets Police’s nominated representative read the case’s record but not write it: the Business Unit records it', async () => {
    const representative = await store.signIn('Dana Whitlow', 'nominated-representative', { caseReference: reference, agency: POLICE });
    expect((await representative.call('securing.get', { reference })).canEdit).toBe(false);
    await expectRefused('Dana Whitlow', 'cases.edit', () => representative.refusal('securing.confirm', confirm()));
  });

  it('refuses a lead reviewer of another case even the reading', async () => {
    const outsider = await store.signIn('Rhiannon Price', 'lead-reviewer', { caseReference: otherReference });
    await expectRefused('Rhiannon Price', 'cases.read', () => outsider.refusal('securing.get', { reference }));
    await expectRefused('Rhiannon Price', 'cases.edit', () => outsider.refusal('securing.confirm', confirm()));
    expect((await outsider.call('securing.get', { reference: otherReference })).rows).toEqual([]);
  });

  it('refuses an administrator, whose role does not include reading cases', async () => {
    const admin = await adminDesk(store);
    await expectRefused(ADMIN, 'cases.read', () => admin.refusal('securing.get', { reference }));
    await expectRefused(ADMIN, 'cases.edit', () => admin.refusal('securing.confirm', confirm()));
    admin.desktop.lock();
  });
});
