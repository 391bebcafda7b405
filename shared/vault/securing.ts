/**
 * The Business Unit's side of securing (policy 16), on its own install: for each agency asked
 * for information on a case, whether securing was requested, the agency's confirmation, and at
 * the close the agency's instruction (release or destroy) and its confirmation. The files
 * themselves stay on the agency's side; this is the record that they were secured.
 */
import { z } from 'zod';
import { dateField } from '../reviews/fields.ts';

export const HELD_WHERE = {
  'this-app': 'In Practice Review Manager, on the agency’s own install',
  'agency-system': 'In the agency’s own system',
} as const;
export type HeldWhere = keyof typeof HELD_WHERE;

export const confirmationInput = z
  .object({
    confirmedOn: dateField('the date the agency confirmed'),
    representativeName: z.string().trim().min(2, 'Enter the nominated representative’s name').max(100, 'Enter a name of at most 100 characters'),
    heldWhere: z.enum(['this-app', 'agency-system'], { message: 'Choose where the records are held' }),
    heldDetails: z.string().trim().max(1000, 'Enter at most 1,000 characters').default(''),
  })
  .strict();
export type ConfirmationInput = z.infer<typeof confirmationInput>;

export const INSTRUCTIONS = { release: 'Release the records back to the agency', destroy: 'Destroy the secured copy' } as const;
export type Instruction = keyof typeof INSTRUCTIONS;

export const instructionInput = z
  .object({
    instruction: z.enum(['release', 'destroy'], { message: 'Choose the agency’s instruction' }),
    givenOn: dateField('the date the agency gave its instruction'),
    /** When the agency confirmed it was carried out; null until then. */
    confirmedOn: dateField('the date the agency confirmed it was done').nullable().default(null),
  })
  .strict();
export type InstructionInput = z.infer<typeof instructionInput>;

export const securingRow = z.object({
  agency: z.string(),
  /** Whether the information request asked the agency to secure its files. */
  requested: z.boolean(),
  requestedOn: z.string().nullable(),
  /** The securing-confirmation clock's due date, when securing was requested. */
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  confirmation: z
    .object({ confirmedOn: z.string(), representativeName: z.string(), heldWhere: z.enum(['this-app', 'agency-system']), heldDetails: z.string(), recordedBy: z.string(), recordedAt: z.string() })
    .nullable(),
  instruction: z.object({ instruction: z.enum(['release', 'destroy']), givenOn: z.string(), confirmedOn: z.string().nullable(), recordedBy: z.string(), recordedAt: z.string() }).nullable(),
});
export type SecuringRow = z.infer<typeof securingRow>;

export const securingView = z.object({ reference: z.string(), rows: z.array(securingRow), canEdit: z.boolean() });
export type SecuringView = z.infer<typeof securingView>;
