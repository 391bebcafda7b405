/**
 * Action plans built through the real services on the evidence tests' store (an administrator,
 * a Business Unit officer "Ffion Officer", others signed in by role): a recommendation and its
 * SMART actions with invented content, and small date helpers around today in London. Other
 * tests (the figures') build their plans with these too.
 */
import type { z } from 'zod';
import { actionInput, recommendationInput, type ActionPlanView } from '../../../shared/actions/action-plan.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { saveAction, saveRecommendation, updateProgress } from '../../../main/actions/action-plan-writing.ts';
import { assignRole } from '../../../main/security/role-assignments.ts';
import type { Session } from '../../../main/security/session.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import { POLICE, type EvidenceStore } from '../evidence/evidence-fixture.ts';

/** A recommendation and an action as the services take them (the call's input once parsed). */
export type RecommendationFields = z.output<typeof recommendationInput>;
export type ActionFields = z.output<typeof actionInput>;

export { asyncRefusalOf, auditCount, auditDetails, count, EDUCATION, HEALTH, HOUSING, lastAuditAction, makeEvidenceStore, newCase, POLICE, refusalOf, testChange, type EvidenceStore } from '../evidence/evidence-fixture.ts';

/** Long past: an open action due then is overdue. */
export const LONG_AGO = '2020-01-31';
/** Far ahead (the date fields accept years up to 2200): an action due then is not overdue. */
export const FAR_AHEAD = '2199-12-31';

/** The date `days` from today in London (negative for the past). */
export function daysFromToday(days: number): string {
  const today = new Date(`${todayInLondon()}T12:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export function recommendationFields(overrides: Partial<RecommendationFields> = {}): RecommendationFields {
  return {
    text: 'Agencies meet together whenever two of them raise concerns about the same child.',
    type: 'multi-agency',
    systemicFactor: 'Concerns were held by each agency alone.',
    fromFinding: '',
    ...overrides,
  };
}

export function actionFields(recommendationId: number, overrides: Partial<ActionFields> = {}): ActionFields {
  return {
    recommendationId,
    what: 'Audit ten strategy discussions a quarter for whether every child was seen and spoken to',
    agency: POLICE,
    responsiblePerson: 'Detective Inspector Rhiannon Example',
    dueOn: FAR_AHEAD,
    intendedOutcome: 'Every child at a call is seen, and what they say is recorded',
    ...overrides,
  };
}

function newest(ids: readonly number[]): number {
  return Math.max(...ids);
}

/** A new recommendation on the case; its id. */
export function addRecommendation(officer: Session, reference: string, overrides: Partial<RecommendationFields> = {}): number {
  const view = saveRecommendation(officer, reference, null, recommendationInput.parse(recommendationFields(overrides)));
  return newest(view.recommendations.map((recommendation) => recommendation.id));
}

/** A new action (not started) under the recommendation; its id. */
export function addAction(officer: Session, reference: string, recommendationId: number, overrides: Partial<ActionFields> = {}): number {
  const view = saveAction(officer, reference, null, actionInput.parse(actionFields(recommendationId, overrides)));
  return newest(allActions(view).map((action) => action.id));
}

/** Marks the action complete on `completedOn`, with evidence text, accepted that day when `accepted`. */
export function completeAction(officer: Session, reference: string, actionId: number, completedOn: string, options: { evidence?: string; accepted?: boolean } = {}): ActionPlanView {
  const evidence = options.evidence ?? 'Invented audit: ten of ten children seen and spoken to.';
  return updateProgress(officer, reference, actionId, { status: 'complete', completedOn, evidence, evidenceAcceptedOn: options.accepted === true ? completedOn : null });
}

export function allActions(view: ActionPlanView): ActionPlanView['recommendations'][number]['actions'] {
  return view.recommendations.flatMap((recommendation) => recommendation.actions);
}

export function actionIn(view: ActionPlanView, id: number): ActionPlanView['recommendations'][number]['actions'][number] {
  const found = allActions(view).find((action) => action.id === id);
  if (found === undefined) throw new Error(`The view has no action ${id}`);
  return found;
}

const AGENCY_PASSPHRASE = 'meadow lantern quarry';

/** Someone whose role is given for one case and one agency (a contributor, a representative); lock the session when done. */
export async function signInForAgency(store: EvidenceStore, name: string, role: 'agency-contributor' | 'nominated-representative', caseReference: string, agency: string): Promise<Session> {
  await addUser(store.admin, { name, role, organisation: agency, passphrase: AGENCY_PASSPHRASE });
  setMustChangePassphrase(store.admin.store.db, findUserByName(store.admin.store.db, name)!.id, false);
  assignRole(store.admin, { targetUser: name, role, caseReference, agency });
  return unlock(store.temp.folder, name, AGENCY_PASSPHRASE);
}
