/**
 * Who may see and change a case's action plan: reading needs the right to read the case, every
 * change the right to change it. A read-only partnership role (the Independent Scrutineer) and a
 * lead reviewer (who writes the report but does not run the case) see the plan and change
 * nothing; a lead reviewer of another case does not even see it. Each refusal is audited and
 * writes nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { readActionPlan } from '../../../main/actions/action-plan-view.ts';
import { attachEvidence, removeRecommendation, saveAction, saveRecommendation, takeUpUpdate, updateProgress } from '../../../main/actions/action-plan-writing.ts';
import type { Session } from '../../../main/security/session.ts';
import { actionFields, addAction, addRecommendation, auditDetails, count, lastAuditAction, makeEvidenceStore, newCase, recommendationFields, type EvidenceStore } from './action-plan-fixture.ts';

const PLAN_TABLES = ['plan_recommendations', 'plan_actions', 'plan_action_evidence', 'case_documents', 'action_updates_received', 'audit_events'] as const;

let store: EvidenceStore;
let caseX: string;
let caseY: string;
let recommendation: number;
let action: number;
let scrutineer: Session;
let reviewerOfX: Session;
let reviewerOfY: Session;

beforeAll(async () => {
  store = await makeEvidenceStore();
  caseX = newCase(store.officer).reference;
  caseY = newCase(store.officer).reference;
  recommendation = addRecommendation(store.officer, caseX);
  action = addAction(store.officer, caseX, recommendation);
  scrutineer = await store.signIn('Gwenllian Scrutineer', 'scrutineer');
  reviewerOfX = await store.signIn('Ines Reviewer', 'lead-reviewer', caseX);
  reviewerOfY = await store.signIn('Oluwaseun Reviewer', 'lead-reviewer', caseY);
});
afterAll(() => store.cleanup());

/** Every call that changes the plan of case X. */
const writes: Record<string, (session: Session) => unknown> = {
  saveRecommendation: (session) => saveRecommendation(session, caseX, null, recommendationFields()),
  editRecommendation: (session) => saveRecommendation(session, caseX, recommendation, recommendationFields({ text: 'Changed by someone not allowed to' })),
  removeRecommendation: (session) => removeRecommendation(session, caseX, recommendation),
  saveAction: (session) => saveAction(session, caseX, null, actionFields(recommendation)),
  updateProgress: (session) => updateProgress(session, caseX, action, { status: 'in-progress', completedOn: null, evidence: '', evidenceAcceptedOn: null }),
  attachEvidence: (session) => attachEvidence(session, caseX, action, { name: 'a.pdf', mediaType: 'application/pdf', bytes: new Uint8Array([1]) }),
  takeUpUpdate: (session) => takeUpUpdate(session, caseX, 1),
};

function counts(): Record<string, number> {
  return Object.fromEntries(PLAN_TABLES.map((table) => [table, count(store.officer, table)]));
}

function expectRefused(session: Session, name: string, call: () => unknown): AppError {
  const before = counts();
  let refusal: unknown = null;
  try {
    call();
  } catch (error) {
    refusal = error;
  }
  expect(refusal, name).toBeInstanceOf(AppError);
  expect((refusal as AppError).code, name).toBe('NOT_ALLOWED');
  expect(lastAuditAction(store.officer), name).toBe('access.refused');
  expect(counts(), name).toEqual({ ...before, audit_events: before.audit_events! + 1 });
  return refusal as AppError;
}

describe('who may see and change a case’s action plan', () => {
  it('lets the Business Unit change it', () => {
    expect(readActionPlan(store.officer, caseX).canChange).toBe(true);
  });

  it('shows it to a read-only partnership role, who may change nothing', () => {
    const view = readActionPlan(scrutineer, caseX);
    expect(view.canChange).toBe(false);
    expect(view.recommendations[0]!.actions.map((each) => each.id)).toEqual([action]);
    for (const [name, call] of Object.entries(writes)) expectRefused(scrutineer, name, () => call(scrutineer));
    expect(auditDetails(store.officer, 'access.refused').at(-1)).toMatchObject({ permission: 'cases.edit', attempted: 'record progress on this case’s actions' });
  });

  it('shows it to the case’s lead reviewer, who may change nothing', () => {
    expect(readActionPlan(reviewerOfX, caseX).canChange).toBe(false);
    for (const [name, call] of Object.entries(writes)) expectRefused(reviewerOfX, name, () => call(reviewerOfX));
  });

  it('refuses a lead reviewer of another case even a look', () => {
    const refusal = expectRefused(reviewerOfY, 'read', () => readActionPlan(reviewerOfY, caseX));
    expect(refusal.message).toBe('You are not allowed to see this case’s action plan. Ask an administrator if your role should include it.');
    for (const [name, call] of Object.entries(writes)) expectRefused(reviewerOfY, name, () => call(reviewerOfY));
    expect(readActionPlan(reviewerOfY, caseY).canChange).toBe(false);
  });
});
