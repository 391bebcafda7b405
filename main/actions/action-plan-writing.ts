/**
 * Changing a case's action plan: its recommendations, their SMART actions and the progress on
 * each. Every change checks the right to change the case first, then the input (each problem
 * named by its path under the call's input, so the form can show it beside its field), then
 * writes the change and its audit event in one transaction. The audit holds ids, statuses and
 * counts, never the plan's text: recommendations speak of the family.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { actionInput, progressInput, recommendationInput, type ActionPlanView } from '../../shared/actions/action-plan.ts';
import { AppError, type Problem } from '../../shared/errors.ts';
import { findingPath } from '../../shared/reports/discussion.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { requireAgency } from '../evidence/agencies.ts';
import { parsedOrRefused } from '../evidence/parsed-input.ts';
import { refuseProblems } from '../reviews/input-problems.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import type { Organisation } from '../store/repositories/organisations.ts';
import { countEvidence } from '../store/repositories/plan-action-evidence.ts';
import { countActionsOf, insertAction, updateActionDetails, updateActionProgress } from '../store/repositories/plan-actions.ts';
import { deleteRecommendation, findRecommendation, insertRecommendation, recommendationNumber, updateRecommendation } from '../store/repositories/plan-recommendations.ts';
import { planToChange } from './action-access.ts';
import { buildActionPlanView } from './action-plan-view.ts';
import { noRecommendation, requirePlanAction } from './plan-lookups.ts';

export { attachEvidence, type EvidenceFile } from './action-evidence.ts';
export { takeUpUpdate } from './take-up-update.ts';

export function saveRecommendation(session: Session, reference: string, id: number | null, input: z.output<typeof recommendationInput>): ActionPlanView {
  const inHand = planToChange(session, reference);
  const recommendation = parsedOrRefused(recommendationInput, input, 'recommendation.', 'the recommendation');
  if (recommendation.fromFinding !== '' && !findingPath.safeParse(recommendation.fromFinding).success) {
    refuseProblems([{ path: 'fromFinding', message: 'Choose a finding from the case discussion' }], 'recommendation.', 'the recommendation');
  }
  const fields = { text: recommendation.text, type: recommendation.type, systemicFactor: recommendation.systemicFactor, fromFinding: recommendation.fromFinding };
  session.store.change((db, audit) => {
    const now = new Date().toISOString();
    let saved = id;
    if (saved === null) saved = insertRecommendation(db, inHand.caseId, fields, session.userId, now);
    else if (!updateRecommendation(db, inHand.caseId, saved, fields, now)) throw noRecommendation(inHand.reference, saved);
    audit({
      actorId: session.userId,
      action: 'action-plan.recommendation-saved',
      recordType: 'case',
      recordId: inHand.caseId,
      details: { recommendationId: saved, created: id === null, type: fields.type, fromFinding: fields.fromFinding === '' ? null : fields.fromFinding },
    });
  });
  return buildActionPlanView(session, inHand);
}

export function removeRecommendation(session: Session, reference: string, id: number): ActionPlanView {
  const inHand = planToChange(session, reference);
  session.store.change((db, audit) => {
    const number = recommendationNumber(db, inHand.caseId, id);
    if (number === 0) throw noRecommendation(inHand.reference, id);
    const actions = countActionsOf(db, id);
    if (actions > 0) {
      const their = actions === 1 ? 'its action' : `its ${actions.toLocaleString('en-GB')} actions`;
      throw new AppError('CONFLICT', `Recommendation ${number} still has ${actions === 1 ? 'an action' : `${actions.toLocaleString('en-GB')} actions`}: move ${their} to another recommendation before removing it.`, [
        { path: 'id', message: `Move ${their} to another recommendation first` },
      ]);
    }
    deleteRecommendation(db, inHand.caseId, id);
    audit({ actorId: session.userId, action: 'action-plan.recommendation-removed', recordType: 'case', recordId: inHand.caseId, details: { recommendationId: id } });
  });
  return buildActionPlanView(session, inHand);
}

/** The listed agency that owns the action; refused with every problem when it or the recommendation is not this case's. */
function actionOwner(db: Db, caseId: number, action: z.output<typeof actionInput>): Organisation {
  const problems: Problem[] = [];
  if (findRecommendation(db, caseId, action.recommendationId) === undefined) problems.push({ path: 'recommendationId', message: 'Choose one of this case’s recommendations' });
  let agency: Organisation | null = null;
  try {
    agency = requireAgency(db, action.agency, 'agency');
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length > 0 || agency === null) refuseProblems(problems, 'action.', 'the action');
  return agency;
}

export function saveAction(session: Session, reference: string, id: number | null, input: z.output<typeof actionInput>): ActionPlanView {
  const inHand = planToChange(session, reference);
  const action = parsedOrRefused(actionInput, input, 'action.', 'the action');
  session.store.change((db, audit) => {
    if (id !== null) requirePlanAction(db, inHand.caseId, inHand.reference, id);
    const agency = actionOwner(db, inHand.caseId, action);
    const details = {
      recommendationId: action.recommendationId,
      what: action.what,
      organisationId: agency.id,
      responsiblePerson: action.responsiblePerson,
      dueOn: action.dueOn,
      intendedOutcome: action.intendedOutcome,
    };
    const now = new Date().toISOString();
    let saved = id;
    if (saved === null) saved = insertAction(db, inHand.caseId, randomUUID(), details, session.userId, now);
    else updateActionDetails(db, inHand.caseId, saved, details, session.userId, now);
    audit({
      actorId: session.userId,
      action: 'action-plan.action-saved',
      recordType: 'case',
      recordId: inHand.caseId,
      details: { actionId: saved, recommendationId: details.recommendationId, organisationId: agency.id, created: id === null },
    });
  });
  return buildActionPlanView(session, inHand);
}

/** The dates must not be in the future, and accepting evidence needs some evidence to accept. */
function progressProblems(progress: z.output<typeof progressInput>, evidenceFiles: number, today: string): Problem[] {
  const problems: Problem[] = [];
  if (progress.completedOn !== null && progress.completedOn > today) problems.push({ path: 'completedOn', message: 'Enter a completion date that is today or in the past' });
  if (progress.evidenceAcceptedOn !== null) {
    if (progress.evidence === '' && evidenceFiles === 0) problems.push({ path: 'evidenceAcceptedOn', message: 'Add the evidence of impact (text or a file) before recording that it was accepted' });
    else if (progress.evidenceAcceptedOn > today) problems.push({ path: 'evidenceAcceptedOn', message: 'Enter a date the evidence was accepted that is today or in the past' });
  }
  return problems;
}

export function updateProgress(session: Session, reference: string, id: number, input: z.output<typeof progressInput>): ActionPlanView {
  const inHand = planToChange(session, reference, 'record progress on this case’s actions');
  const progress = parsedOrRefused(progressInput, input, 'progress.', 'the progress');
  session.store.change((db, audit) => {
    const action = requirePlanAction(db, inHand.caseId, inHand.reference, id);
    const files = countEvidence(db, action.id);
    const problems = progressProblems(progress, files, todayInLondon());
    if (problems.length > 0) refuseProblems(problems, 'progress.', 'the progress');
    // The schema keeps a completion date on complete actions only, so leaving "complete" clears it.
    updateActionProgress(db, inHand.caseId, id, { status: progress.status, completedOn: progress.completedOn, evidence: progress.evidence, evidenceAcceptedOn: progress.evidenceAcceptedOn }, session.userId, new Date().toISOString());
    audit({
      actorId: session.userId,
      action: 'action-plan.progress-recorded',
      recordType: 'case',
      recordId: inHand.caseId,
      details: { actionId: id, from: action.status, status: progress.status, evidenceFiles: files, evidenceAccepted: progress.evidenceAcceptedOn !== null },
    });
  });
  return buildActionPlanView(session, inHand);
}
