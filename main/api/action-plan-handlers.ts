/** The action plan calls (shared/ipc/action-plan-calls.ts) in terms of the services in main/actions. */
import { ACTION_PLAN_CALLS } from '../../shared/ipc/action-plan-calls.ts';
import { readActionPlan } from '../actions/action-plan-view.ts';
import { attachEvidence, removeRecommendation, saveAction, saveRecommendation, takeUpUpdate, updateProgress } from '../actions/action-plan-writing.ts';
import { exportAgencyAssurance, exportCaseAssurance } from '../actions/assurance-report.ts';
import { readOwedActions } from '../actions/owed-actions.ts';
import type { Handlers } from './handlers.ts';

type ActionPlanHandlers = Pick<Handlers, keyof typeof ACTION_PLAN_CALLS>;

export const ACTION_PLAN_HANDLERS: ActionPlanHandlers = {
  'actionPlan.get': (desktop, input) => readActionPlan(desktop.requireSession(), input.reference),
  'actionPlan.saveRecommendation': (desktop, input) => saveRecommendation(desktop.requireSession(), input.reference, input.id, input.recommendation),
  'actionPlan.removeRecommendation': (desktop, input) => removeRecommendation(desktop.requireSession(), input.reference, input.id),
  'actionPlan.saveAction': (desktop, input) => saveAction(desktop.requireSession(), input.reference, input.id, input.action),
  'actionPlan.updateProgress': (desktop, input) => updateProgress(desktop.requireSession(), input.reference, input.id, input.progress),
  'actionPlan.attachEvidence': (desktop, input) => attachEvidence(desktop.requireSession(), input.reference, input.id, { name: input.name, mediaType: input.mediaType, bytes: new Uint8Array(Buffer.from(input.contentBase64, 'base64')) }),
  'actionPlan.takeUpUpdate': (desktop, input) => takeUpUpdate(desktop.requireSession(), input.reference, input.updateId),
  'actionPlan.export': (desktop, input) => exportCaseAssurance(desktop.requireSession(), input.reference, input.format),
  'actions.owed': (desktop, input) => readOwedActions(desktop.requireSession(), input.agency, input.overdueOnly),
  'actions.export': (desktop, input) => exportAgencyAssurance(desktop.requireSession(), input.agency, input.format),
};
