import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCase } from '../../../main/reviews/case-view.ts';
import { saveRecord } from '../../../main/reviews/case-records.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { moveCase } from '../../../main/reviews/moves.ts';
import { assignRole } from '../../../main/security/role-assignments.ts';
import { auditCount, LA, makeLifecycleStore, refusalOf, type LifecycleStore } from './lifecycle-fixture.ts';

let store: LifecycleStore;
beforeAll(async () => {
  store = await makeLifecycleStore();
});
afterAll(() => store.cleanup());

describe('who may read and change a case', () => {
  it('lets a lead reviewer read their own case but not another', async () => {
    const theirs = createCase(store.officer, demoReferral({ incidentDate: '2026-03-01', referralDate: '2026-03-02' }));
    const other = createCase(store.officer, demoReferral({ incidentDate: '2026-03-01', referralDate: '2026-03-03' }));
    const lead = await store.signIn('Rowan Leadreviewer', 'lead-reviewer');
    assignRole(store.temp.session, { targetUser: 'Rowan Leadreviewer', role: 'lead-reviewer', caseReference: theirs.summary.reference });
    const view = readCase(lead, theirs.summary.reference);
    expect(view.summary.reference).toBe(theirs.summary.reference);
    expect(view.canEdit).toBe(false);
    const refusal = refusalOf(() => readCase(lead, other.summary.reference));
    expect(refusal.code).toBe('NOT_ALLOWED');
    expect(refusal.message).toBe('You are not allowed to open this case. Ask an administrator if your role should include it.');
  });

  it('refuses a screening-panel member who tries to record a decision or move the case, and writes nothing but the refusal', async () => {
    const view = createCase(store.officer, demoReferral({ incidentDate: '2026-03-01', referralDate: '2026-03-02' }));
    const panel = await store.signIn('Quinn Panelmember', 'screening-panel');
    expect(readCase(panel, view.summary.reference).canEdit).toBe(false);
    const before = auditCount(store.officer);
    const refusal = refusalOf(() =>
      saveRecord(panel, view.summary.reference, null, { type: 'screening', data: { decidedOn: '2026-03-04', decision: 'rapid-review', rationale: 'Serious harm.', panel: [{ name: 'Quinn Panelmember', organisation: LA }] } }),
    );
    expect(refusal.code).toBe('NOT_ALLOWED');
    expect(refusalOf(() => moveCase(panel, view.summary.reference, 'screening')).code).toBe('NOT_ALLOWED');
    expect(auditCount(store.officer)).toBe(before + 2);
    expect(store.officer.store.db.prepare(`SELECT action FROM audit_events ORDER BY seq DESC LIMIT 2`).all()).toEqual([{ action: 'access.refused' }, { action: 'access.refused' }]);
    expect(readCase(store.officer, view.summary.reference).records.map((record) => record.type)).toEqual(['referral']);
  });

  it('says plainly when there is no such case', () => {
    const refusal = refusalOf(() => readCase(store.officer, 'PRM-1999-999'));
    expect(refusal.code).toBe('NOT_FOUND');
    expect(refusal.message).toBe('There is no case with reference PRM-1999-999. Check the reference and try again.');
  });

  it('lets an administrator record a referral and see the case it opened, but not change it', () => {
    const view = createCase(store.temp.session, demoReferral({ incidentDate: '2026-03-01', referralDate: '2026-03-02' }));
    expect(view.summary.stage).toBe('referral');
    expect(view.canEdit).toBe(false);
    const audit = store.officer.store.db.prepare(`SELECT action, record_type AS type FROM audit_events ORDER BY seq DESC LIMIT 1`).get();
    expect(audit).toEqual({ action: 'case.created', type: 'case' });
  });
});
