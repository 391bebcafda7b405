/**
 * The distribution register: which version of the redacted draft went to whom, how, whether they
 * may forward it (policy: not without the reviewer's permission), their factual-accuracy reply,
 * and their confirmation that they deleted it when the review ended.
 */
import { z } from 'zod';
import { dateField, optionalDateField } from '../reviews/fields.ts';

export const distributionView = z.object({
  id: z.number().int().positive(),
  version: z.number().int().positive(),
  recipient: z.string(),
  agency: z.string(),
  sentAt: z.string(),
  sentBy: z.string(),
  via: z.enum(['bundle', 'file']),
  mayForward: z.boolean(),
  replyReceivedOn: z.string().nullable(),
  reply: z.string(),
  deletionConfirmedOn: z.string().nullable(),
});
export type DistributionView = z.infer<typeof distributionView>;

/** What the Business Unit records after the draft went out: the reply, then the deletion. */
export const distributionUpdate = z
  .object({
    mayForward: z.boolean(),
    replyReceivedOn: optionalDateField('the date of their reply').default(null),
    reply: z.string().trim().max(20_000, 'Enter a reply of at most 20,000 characters').default(''),
    deletionConfirmedOn: optionalDateField('the date they confirmed deleting it').default(null),
  })
  .strict();
export type DistributionUpdate = z.input<typeof distributionUpdate>;

export const recipientInput = z
  .object({
    recipient: z.string().trim().min(2, 'Enter the name of the person the draft is for').max(120, 'Enter a name of at most 120 characters'),
    agency: z.string().trim().min(1, 'Enter the agency').max(200, 'Enter an agency name of at most 200 characters'),
    mayForward: z.boolean().default(false),
    sentOn: dateField('the date it was sent').optional(),
  })
  .strict();
export type RecipientInput = z.input<typeof recipientInput>;
