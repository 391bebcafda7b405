/** The action plan calls (shared/ipc/action-plan-calls.ts) in terms of the services in main/actions. */
import type { z } from 'zod';
import { ACTION_PLAN_CALLS } from '../../shared/ipc/action-plan-calls.ts';
import { readActionPlan } from '../actions/action-plan-view.ts';
import { attachEvidence, removeRecommendation, saveAction, saveRecommendation, takeUpUpdate, updateProgress } from '../actions/action-plan-writing.ts';
import { exportAgencyAssurance, exportCaseAssurance } from '../actions/assurance-report.ts';
import { readOwedActions } from '../actions/owed-actions.ts';
import type { Handlers } from './handlers.ts';

type ActionPlanHandlers = Pick<Handlers, keyof typeof ACTION_PLAN_CALLS>;
type ActionPlanCall = keyof typeof ACTION_PLAN_CALLS;

/** The pipeline parsed the input already; parsing again here gives the handler its defaults' types. */
function parsed<K extends ActionPlanCall>(name: K, input: unknown): z.output<(typeof ACTION_PLAN_CALLS)[K]['input']> {
  return ACTION_PLAN_CALLS[name].input.parse(input) as z.output<(typeof ACTION_PLAN_CALLS)[K]['input']>;
}

export const ACTION_PLAN_HANDLERS: ActionPlanHandlers = {
  'actionPlan.get': (desktop, input) => readActionPlan(desktop.requireSession(), input.reference),
  'actionPlan.saveRecommendation': (desktop, raw) => {
    const input = parsed('actionPlan.saveRecommendation', raw);
    return saveRecommendation(desktop.requireSession(), input.reference, input.id, input.recommendation);
  },
  'actionPlan.removeRecommendation': (desktop, input) => removeRecommendation(desktop.requireSession(), input.reference, input.id),
  'actionPlan.saveAction': (desktop, raw) => {
    const input = parsed('actionPlan.saveAction', raw);
    return saveAction(desktop.requireSession(), input.reference, input.id, input.action);
  },
  'actionPlan.updateProgress': (desktop, raw) => {
    const input = parsed('actionPlan.updateProgress', raw);
    return updateProgress(desktop.requireSession(), input.reference, input.id, input.progress);
  },
  'actionPlan.attachEvidence': (desktop, raw) => {
    const input = parsed('actionPlan.attachEvidence', raw);
    return attachEvidence(desktop.requireSession(), input.reference, input.id, { name: input.name, mediaType: input.mediaType, bytes: new Uint8Array(Buffer.from(input.contentBase64, 'base64')) });
  },
  'actionPlan.takeUpUpdate': (desktop, input) => takeUpUpdate(desktop.requireSession(), input.reference, input.updateId),
  'actionPlan.export': (desktop, input) => exportCaseAssurance(desktop.requireSession(), input.reference, input.format),
  'actions.owed': (desktop, raw) => {
    const input = parsed('actions.owed', raw);
    return readOwedActions(desktop.requireSession(), input.agency, input.overdueOnly);
  },
  'actions.export': (desktop, input) => exportAgencyAssurance(desktop.requireSession(), input.agency, input.format),
};
