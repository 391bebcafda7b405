/**
 * A case's action plan (policy: outcome-focused action plans monitored by the Business Unit):
 * recommendations, each with its type and the systemic factor it addresses, and under each the
 * SMART actions an agency owns, with their progress and evidence of impact. Evidence files are
 * kept in the case's documents area, never in an agency's secured set, which the Business Unit
 * cannot open.
 */
import { z } from 'zod';
import { choice, dateField, LONG_TEXT, optionalDateField, optionalText, requiredText } from '../reviews/fields.ts';

export const RECOMMENDATION_TYPES = ['single-agency', 'multi-agency', 'partnership-wide', 'national'] as const;
export type RecommendationType = (typeof RECOMMENDATION_TYPES)[number];
export const RECOMMENDATION_TYPE_LABELS: Readonly<Record<RecommendationType, string>> = {
  'single-agency': 'Single-agency',
  'multi-agency': 'Multi-agency',
  'partnership-wide': 'Partnership-wide',
  national: 'National',
};

/**
 * The statuses an action is kept in. "Overdue" is not one of them: an action is overdue when it
 * is not complete (or no longer needed) and its due date has passed, worked out on the day.
 * An agency's update that says "overdue" is taken up as "in progress".
 */
export const PLAN_STATUSES = ['not-started', 'in-progress', 'complete', 'no-longer-needed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  'no-longer-needed': 'No longer needed',
};
/** Statuses that close an action: it is no longer owed, and never overdue. */
export const CLOSED_STATUSES: readonly PlanStatus[] = ['complete', 'no-longer-needed'];

export const recommendationInput = z
  .object({
    text: requiredText('the recommendation', LONG_TEXT),
    type: choice(RECOMMENDATION_TYPES, 'the type of recommendation'),
    systemicFactor: requiredText('the systemic factor it addresses', 2000),
    /** Where it came from, when it was taken from the case discussion's findings: "kolb.whatDifferently.2". */
    fromFinding: optionalText('the finding it came from', 200),
  })
  .strict();
export type RecommendationInput = z.input<typeof recommendationInput>;

/** A SMART action: what, who (agency and person), when, and what will change. */
export const actionInput = z
  .object({
    recommendationId: z.number({ error: 'Choose the recommendation' }).int().positive('Choose the recommendation'),
    what: requiredText('what the action is', 4000),
    agency: requiredText('the agency that owns the action', 200),
    responsiblePerson: requiredText('the responsible person', 200),
    dueOn: dateField('the date the action is due'),
    intendedOutcome: requiredText('the intended outcome: what will change', 4000),
  })
  .strict();
export type ActionInput = z.input<typeof actionInput>;

/**
 * Progress on an action. Completing needs the date it was completed; accepting the evidence of
 * impact needs some evidence (text or a file) and the date it was accepted, on or before today.
 */
export const progressInput = z
  .object({
    status: choice(PLAN_STATUSES, 'the action’s status'),
    completedOn: optionalDateField('the date the action was completed').default(null),
    evidence: optionalText('the evidence of impact', LONG_TEXT),
    evidenceAcceptedOn: optionalDateField('the date the evidence was accepted').default(null),
  })
  .strict()
  .superRefine((progress, context) => {
    if (progress.status === 'complete' && progress.completedOn === null) context.addIssue({ code: 'custom', path: ['completedOn'], message: 'Enter the date the action was completed' });
    if (progress.status !== 'complete' && progress.completedOn !== null) context.addIssue({ code: 'custom', path: ['completedOn'], message: 'Only a complete action has a completion date' });
  });
export type ProgressInput = z.input<typeof progressInput>;

export const evidenceFileView = z.object({ documentId: z.number().int().positive(), name: z.string(), size: z.number().int().nonnegative(), addedOn: z.string() });
export type EvidenceFileView = z.infer<typeof evidenceFileView>;

export const actionView = z.object({
  id: z.number().int().positive(),
  /** The id the action keeps when it travels to its agency and back (a UUID). */
  uid: z.string(),
  recommendationId: z.number().int().positive(),
  what: z.string(),
  agency: z.string(),
  responsiblePerson: z.string(),
  dueOn: z.string(),
  intendedOutcome: z.string(),
  status: z.enum(PLAN_STATUSES),
  completedOn: z.string().nullable(),
  evidence: z.string(),
  evidenceFiles: z.array(evidenceFileView),
  evidenceAcceptedOn: z.string().nullable(),
  /** Worked out for `today`: open and past its due date. */
  overdue: z.boolean(),
  updatedAt: z.string(),
});
export type ActionView = z.infer<typeof actionView>;

export const recommendationView = z.object({
  id: z.number().int().positive(),
  number: z.number().int().positive(),
  text: z.string(),
  type: z.enum(RECOMMENDATION_TYPES),
  systemicFactor: z.string(),
  fromFinding: z.string(),
  actions: z.array(actionView),
});
export type RecommendationView = z.infer<typeof recommendationView>;

/** An agency's update on its actions that came back in a bundle, waiting to be taken up (or taken up). */
export const updateReceivedView = z.object({
  id: z.number().int().positive(),
  actionId: z.number().int().positive().nullable(),
  actionWhat: z.string(),
  agency: z.string(),
  status: z.string(),
  evidence: z.string(),
  evidenceFiles: z.array(evidenceFileView),
  receivedAt: z.string(),
  takenUpAt: z.string().nullable(),
});
export type UpdateReceivedView = z.infer<typeof updateReceivedView>;

/** A finding of the case discussion that could become a recommendation. */
export const findingChoice = z.object({ path: z.string(), frame: z.string(), text: z.string() });

export const actionPlanView = z.object({
  reference: z.string(),
  today: z.string(),
  canChange: z.boolean(),
  recommendations: z.array(recommendationView),
  updatesReceived: z.array(updateReceivedView),
  /** The partnership's agencies, for the owning-agency choice. */
  agencies: z.array(z.string()),
  findings: z.array(findingChoice),
  counts: z.object({ actions: z.number().int(), complete: z.number().int(), overdue: z.number().int(), withAcceptedEvidence: z.number().int() }),
});
export type ActionPlanView = z.infer<typeof actionPlanView>;

/** One action as the agency view and the dashboard list it: with its case. */
export const owedActionView = actionView.extend({ reference: z.string(), caseKind: z.string(), recommendation: z.string() });
export type OwedActionView = z.infer<typeof owedActionView>;

export const owedActionsView = z.object({
  today: z.string(),
  /** null: every agency (the dashboard's overdue list). */
  agency: z.string().nullable(),
  /** The agencies this person may choose among. */
  agencies: z.array(z.string()),
  actions: z.array(owedActionView),
  counts: z.object({ open: z.number().int(), overdue: z.number().int(), complete: z.number().int() }),
});
export type OwedActionsView = z.infer<typeof owedActionsView>;
