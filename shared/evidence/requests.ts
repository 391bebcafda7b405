/**
 * Requests for information (policy sections 11, 12 and 16): one per case and agency, with who it
 * went to, when, its due date (the agency-returns clock: 5 working days by default), whether the
 * agency must secure its files, when the return came in, every chase, and any escalation of an
 * agency that does not comply.
 */
import { z } from 'zod';
import { dateField, optionalText, requiredText } from '../reviews/fields.ts';

export const requestInput = z.object({
  agency: requiredText('the agency', 200),
  recipientName: requiredText('the name of the person the request went to', 120),
  recipientRole: optionalText('their job title', 200),
  recipientEmail: z
    .string()
    .trim()
    .max(200, 'Enter an email address of at most 200 characters')
    .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'Enter an email address in the correct format, like name@example.com')
    .default(''),
  sentOn: dateField('the date the request was sent'),
  /** Policy 16: the letter also asks the agency to secure all records about the case. */
  secureFiles: z.boolean({ error: 'Choose whether the agency must secure its files' }),
  note: optionalText('a note', 2000),
});
export type RequestInput = z.input<typeof requestInput>;

export const CHASE_METHODS = ['email', 'phone', 'letter', 'meeting'] as const;
export type ChaseMethod = (typeof CHASE_METHODS)[number];
export const CHASE_METHOD_LABELS: Readonly<Record<ChaseMethod, string>> = { email: 'Email', phone: 'Phone', letter: 'Letter', meeting: 'In person' };

export const chaseInput = z.object({
  chasedOn: dateField('the date of the chase'),
  method: z.enum(CHASE_METHODS, { error: 'Choose how the agency was chased' }),
  note: optionalText('a note', 2000),
});
export type ChaseInput = z.input<typeof chaseInput>;

/**
 * Policy section 10: the Independent Reviewer refers non-compliance to the Practice Review
 * Subgroup, which seeks to resolve it with the agency's strategic safeguarding lead; failing a
 * prompt resolution, it goes to the Lead Safeguarding Partners for formal action (section 12).
 */
export const ESCALATION_LEVELS = ['practice-review-subgroup', 'strategic-safeguarding-lead', 'lead-safeguarding-partners'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];
export const ESCALATION_LEVEL_LABELS: Readonly<Record<EscalationLevel, string>> = {
  'practice-review-subgroup': 'Practice Review Subgroup',
  'strategic-safeguarding-lead': 'The agency’s strategic safeguarding lead',
  'lead-safeguarding-partners': 'Lead Safeguarding Partners (formal action)',
};

export const escalationInput = z.object({
  escalatedOn: dateField('the date of the escalation'),
  level: z.enum(ESCALATION_LEVELS, { error: 'Choose who it was escalated to' }),
  escalatedTo: requiredText('the name of the person it was escalated to', 200),
  /** Empty while the escalation is open. */
  outcome: optionalText('the outcome', 4000),
});
export type EscalationInput = z.input<typeof escalationInput>;

export const requestView = z.object({
  id: z.number().int(),
  agency: z.string(),
  recipientName: z.string(),
  recipientRole: z.string(),
  recipientEmail: z.string(),
  sentOn: z.string(),
  dueOn: z.string(),
  secureFiles: z.boolean(),
  note: z.string(),
  receivedOn: z.string().nullable(),
  /** 'received'; else 'overdue' once past due; else 'awaiting'. */
  state: z.enum(['awaiting', 'overdue', 'received']),
  /** Working days left (negative once overdue); null once received. */
  workingDaysLeft: z.number().int().nullable(),
  chases: z.array(chaseInput.extend({ id: z.number().int(), recordedBy: z.string(), recordedAt: z.string() })),
  escalations: z.array(escalationInput.extend({ id: z.number().int(), recordedBy: z.string(), recordedAt: z.string() })),
  sentBy: z.string(),
});
export type RequestView = z.infer<typeof requestView>;
