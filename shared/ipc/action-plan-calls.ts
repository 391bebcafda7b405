/**
 * The calls of a case's action plan and of the actions each agency owes across every review.
 *
 * Access is `signed-in` because the case (or the agency) is not known until it is looked up:
 * main/actions/action-access.ts checks cases.read to read and cases.edit to change.
 */
import { z } from 'zod';
import { actionInput, actionPlanView, owedActionsView, progressInput, recommendationInput } from '../actions/action-plan.ts';
import { fileOutput } from '../evidence/letterhead.ts';
import { MAX_DOCUMENT_BYTES } from './case-calls.ts';
import type { CallDefinition } from './contract.ts';

function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

const reference = z.string().trim().min(1, 'Enter the case reference').max(40, 'Enter a case reference of at most 40 characters');
const id = z.number().int().positive();
const format = z.enum(['pdf', 'xlsx'], { error: 'Choose PDF or spreadsheet' });

export const ACTION_PLAN_CALLS = {
  'actionPlan.get': call({ input: z.object({ reference }).strict(), output: actionPlanView, access: 'signed-in', action: 'see this case’s action plan' }),
  'actionPlan.saveRecommendation': call({
    input: z.object({ reference, id: id.nullable().default(null), recommendation: recommendationInput }).strict(),
    output: actionPlanView,
    access: 'signed-in',
    action: 'change this case’s action plan',
  }),
  'actionPlan.removeRecommendation': call({ input: z.object({ reference, id }).strict(), output: actionPlanView, access: 'signed-in', action: 'change this case’s action plan' }),
  'actionPlan.saveAction': call({
    input: z.object({ reference, id: id.nullable().default(null), action: actionInput }).strict(),
    output: actionPlanView,
    access: 'signed-in',
    action: 'change this case’s action plan',
  }),
  'actionPlan.updateProgress': call({ input: z.object({ reference, id, progress: progressInput }).strict(), output: actionPlanView, access: 'signed-in', action: 'record progress on this case’s actions' }),
  /** A file of evidence of impact, kept in the case's documents and linked to the action. */
  'actionPlan.attachEvidence': call({
    input: z
      .object({
        reference,
        id,
        name: z.string().trim().min(1, 'Choose a file').max(255, 'The file name must be at most 255 characters'),
        mediaType: z.string().max(200).default('application/octet-stream'),
        contentBase64: z.string().min(1, 'Choose a file that is not empty').max(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4, 'The file is larger than 50 MB'),
      })
      .strict(),
    output: actionPlanView,
    access: 'signed-in',
    action: 'add evidence to this case’s actions',
  }),
  /** An agency's update that came back in a bundle: its status, evidence and files applied to the action. */
  'actionPlan.takeUpUpdate': call({ input: z.object({ reference, updateId: id }).strict(), output: actionPlanView, access: 'signed-in', action: 'record progress on this case’s actions' }),
  /** The action plan assurance report for one case. */
  'actionPlan.export': call({ input: z.object({ reference, format }).strict(), output: fileOutput, access: 'signed-in', action: 'export this case’s action plan assurance report' }),
  /** Everything an agency owes across every review; `agency: null` lists every agency's overdue actions. */
  'actions.owed': call({
    input: z.object({ agency: z.string().trim().max(200).nullable().default(null), overdueOnly: z.boolean().default(false) }).strict(),
    output: owedActionsView,
    access: 'signed-in',
    action: 'see the actions agencies owe',
  }),
  /** The action plan assurance report for one agency, across every review. */
  'actions.export': call({
    input: z.object({ agency: z.string().trim().min(1, 'Choose the agency').max(200), format }).strict(),
    output: fileOutput,
    access: 'signed-in',
    action: 'export an agency’s action plan assurance report',
  }),
} as const satisfies Record<string, CallDefinition>;
