/**
 * Everything an agency owes across every review, and the dashboard's list of every agency's
 * overdue actions: overdue first, then by due date; each row with its case and recommendation.
 * Who sees what follows their roles: the Business Unit every case; a lead reviewer their case;
 * an agency's contributor only their agency's actions on their case; an administrator, who does
 * not read cases, nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { owedActionsView } from '../../../shared/actions/action-plan.ts';
import { attachEvidence, updateProgress } from '../../../main/actions/action-plan-writing.ts';
import { readOwedActions } from '../../../main/actions/owed-actions.ts';
import { knownAgencies } from '../../../main/evidence/agencies.ts';
import type { Session } from '../../../main/security/session.ts';
import {
  addAction,
  addRecommendation,
  auditDetails,
  completeAction,
  count,
  daysFromToday,
  EDUCATION,
  FAR_AHEAD,
  HEALTH,
  HOUSING,
  LONG_AGO,
  makeEvidenceStore,
  newCase,
  POLICE,
  refusalOf,
  signInForAgency,
  type EvidenceStore,
} from './action-plan-fixture.ts';

let store: EvidenceStore;
let caseA: string;
let caseB: string;
let ids: Record<'a1' | 'a2' | 'a3' | 'a4' | 'b1' | 'b2', number>;
let reviewerOfA: Session;
let policeOnA: Session;

beforeAll(async () => {
  store = await makeEvidenceStore();
  caseA = newCase(store.officer).reference;
  caseB = newCase(store.officer).reference;
  const recA = addRecommendation(store.officer, caseA, { text: 'Agencies meet when two raise concerns.' });
  const recB = addRecommendation(store.officer, caseB, { text: 'Every child at a call is seen.' });
  ids = {
    a1: addAction(store.officer, caseA, recA, { agency: POLICE, dueOn: LONG_AGO }),
    a2: addAction(store.officer, caseA, recA, { agency: POLICE, dueOn: FAR_AHEAD }),
    a3: addAction(store.officer, caseA, recA, { agency: HEALTH, dueOn: '2021-06-30' }),
    a4: addAction(store.officer, caseA, recA, { agency: EDUCATION, dueOn: daysFromToday(-1) }),
    b1: addAction(store.officer, caseB, recB, { agency: POLICE, dueOn: '2020-06-30' }),
    b2: addAction(store.officer, caseB, recB, { agency: HOUSING, dueOn: '2150-01-01' }),
  };
  completeAction(store.officer, caseA, ids.a4, daysFromToday(-1));
  attachEvidence(store.officer, caseA, ids.a4, { name: 'Register of briefings.pdf', mediaType: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.4 invented') });
  updateProgress(store.officer, caseB, ids.b2, { status: 'in-progress', completedOn: null, evidence: '', evidenceAcceptedOn: null });
  reviewerOfA = await store.signIn('Ines Reviewer', 'lead-reviewer', caseA);
  policeOnA = await signInForAgency(store, 'Rhiannon Example', 'agency-contributor', caseA, POLICE);
});
afterAll(() => {
  if (policeOnA !== undefined && !policeOnA.locked) policeOnA.lock();
  store.cleanup();
});

const listed = (session: Session, agency: string | null, overdueOnly = false) => owedActionsView.parse(readOwedActions(session, agency, overdueOnly));
const order = (view: ReturnType<typeof listed>) => view.actions.map((action) => action.id);

describe('the actions agencies owe', () => {
  it('lists every case’s actions for the Business Unit, overdue first, then by due date', () => {
    const view = listed(store.officer, null);
    expect(order(view)).toEqual([ids.a1, ids.b1, ids.a3, ids.a4, ids.b2, ids.a2]);
    expect(view.actions.map((action) => action.overdue)).toEqual([true, true, true, false, false, false]);
    expect(view.counts).toEqual({ open: 5, overdue: 3, complete: 1 });
    expect(view).toMatchObject({ agency: null, today: daysFromToday(0) });
    expect(view.agencies).toEqual(knownAgencies(store.officer.store.db).map((agency) => agency.name));
  });

  it('carries each action’s case, kind of review, recommendation and evidence files', () => {
    const row = listed(store.officer, EDUCATION).actions[0]!;
    expect(row).toMatchObject({ id: ids.a4, reference: caseA, caseKind: 'rapid-review', recommendation: 'Agencies meet when two raise concerns.', agency: EDUCATION, status: 'complete', completedOn: daysFromToday(-1) });
    expect(row.evidenceFiles).toEqual([expect.objectContaining({ name: 'Register of briefings.pdf', addedOn: daysFromToday(0) })]);
    expect(row.uid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lists one agency’s actions across every review, whatever the case of the name typed', () => {
    const view = listed(store.officer, ' greater manchester police ');
    expect(view.agency).toBe(POLICE);
    expect(order(view)).toEqual([ids.a1, ids.b1, ids.a2]);
    expect(view.counts).toEqual({ open: 3, overdue: 2, complete: 0 });
    expect(new Set(view.actions.map((action) => action.reference))).toEqual(new Set([caseA, caseB]));
  });

  it('lists only the overdue for the dashboard, counting everything in scope', () => {
    const view = listed(store.officer, null, true);
    expect(order(view)).toEqual([ids.a1, ids.b1, ids.a3]);
    expect(view.counts).toEqual({ open: 5, overdue: 3, complete: 1 });
    expect(order(listed(store.officer, HOUSING, true))).toEqual([]);
  });

  it('shows a lead reviewer only the actions of their own case', () => {
    const view = listed(reviewerOfA, null);
    expect(order(view)).toEqual([ids.a1, ids.a3, ids.a4, ids.a2]);
    expect(view.counts).toEqual({ open: 3, overdue: 2, complete: 1 });
    expect(order(listed(reviewerOfA, POLICE))).toEqual([ids.a1, ids.a2]);
  });

  it('shows an agency’s contributor only their agency’s actions on their case, and refuses another agency’s', () => {
    const view = listed(policeOnA, null);
    expect(view.agencies).toEqual([POLICE]);
    expect(order(view)).toEqual([ids.a1, ids.a2]);
    expect(order(listed(policeOnA, POLICE, true))).toEqual([ids.a1]);
    const events = count(store.officer, 'audit_events');
    const refusal = refusalOf(() => readOwedActions(policeOnA, HEALTH, false));
    expect(refusal.code).toBe('NOT_ALLOWED');
    expect(refusal.message).toBe(`You are not allowed to see ${HEALTH}’s actions. Ask an administrator if your role should include it.`);
    expect(count(store.officer, 'audit_events')).toBe(events + 1);
    expect(auditDetails(store.officer, 'access.refused').at(-1)).toMatchObject({ permission: 'cases.read', agency: HEALTH });
  });

  it('refuses someone who reads no case, and an agency not on the partnership’s list', () => {
    const refusal = refusalOf(() => readOwedActions(store.admin, null, true));
    expect(refusal.code).toBe('NOT_ALLOWED');
    expect(refusal.message).toBe('You are not allowed to see the actions agencies owe. Ask an administrator if your role should include it.');
    const unknown = refusalOf(() => readOwedActions(store.officer, 'Ministry of Magic', false));
    expect(unknown.code).toBe('INVALID_INPUT');
    expect(unknown.problems).toEqual([{ path: 'agency', message: 'Choose an agency from the partnership’s list: “Ministry of Magic” is not on it' }]);
  });
});
