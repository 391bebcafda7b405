/**
 * The statutory clocks (DOMAIN.md and policy): what starts each, how long it runs, and the
 * partnership's policy that sets the amounts. The unit and direction of each clock are fixed by
 * its nature; the amount is the partnership's choice, with these defaults.
 */
import { z } from 'zod';

export const CLOCKS = [
  'referral',
  'screening',
  'la-notification',
  'agency-returns',
  'securing-confirmation',
  'papers',
  'rapid-review-report',
  'lead-reviewer',
  'factual-accuracy',
  'panel-copy',
  'publication-kept',
] as const;
export type ClockName = (typeof CLOCKS)[number];

/**
 * `within`: the work is due at most `amount` units after the starting event;
 * `before`: it is due at least `amount` units before the event it serves (papers, the Panel's copy);
 * `at-least`: the thing must last at least `amount` units (a publication stays up 12 months).
 */
export type ClockDirection = 'within' | 'before' | 'at-least';
export type ClockUnit = 'working-days' | 'calendar-days' | 'hours' | 'months';

export interface ClockDefinition {
  readonly label: string;
  /** The sentence the policy screen and a clock's tooltip show, with {n} for the amount. */
  readonly rule: string;
  readonly unit: ClockUnit;
  readonly direction: ClockDirection;
  readonly defaultAmount: number;
  readonly maximum: number;
}

export const CLOCK_DEFINITIONS: Readonly<Record<ClockName, ClockDefinition>> = {
  referral: { label: 'Referral made', rule: 'Referral made within {n} days of the incident', unit: 'calendar-days', direction: 'within', defaultAmount: 5, maximum: 60 },
  screening: { label: 'Screening decision', rule: 'Screening decision within {n} working days of receiving the referral', unit: 'working-days', direction: 'within', defaultAmount: 5, maximum: 60 },
  'la-notification': {
    label: 'Local Authority notifies the National Panel',
    rule: 'The Local Authority notifies the National Panel within {n} working days of becoming aware',
    unit: 'working-days',
    direction: 'within',
    defaultAmount: 5,
    maximum: 60,
  },
  'agency-returns': { label: 'Agency returns', rule: 'Agencies return their summary and chronology within {n} working days of the request', unit: 'working-days', direction: 'within', defaultAmount: 5, maximum: 60 },
  // Policy 16: an agency asked to secure its files confirms it has, from the request letter's date.
  'securing-confirmation': {
    label: 'Securing confirmed',
    rule: 'Agencies confirm their files are secured within {n} working days of the request',
    unit: 'working-days',
    direction: 'within',
    defaultAmount: 5,
    maximum: 60,
  },
  papers: { label: 'Meeting papers shared', rule: 'Papers shared at least {n} hours before the meeting', unit: 'hours', direction: 'before', defaultAmount: 24, maximum: 240 },
  'rapid-review-report': {
    label: 'Rapid review report to the National Panel',
    rule: 'Rapid review report to the National Panel within {n} working days of the notification',
    unit: 'working-days',
    direction: 'within',
    defaultAmount: 15,
    maximum: 120,
  },
  'lead-reviewer': { label: 'Lead reviewer appointed', rule: 'Lead reviewer appointed within {n} working days of the decision to hold an LCSPR', unit: 'working-days', direction: 'within', defaultAmount: 10, maximum: 120 },
  'factual-accuracy': { label: 'Factual accuracy returned', rule: 'Agencies return factual-accuracy comments within {n} working days of receiving the draft', unit: 'working-days', direction: 'within', defaultAmount: 10, maximum: 120 },
  'panel-copy': { label: 'Copy to the National Panel', rule: 'The final report goes to the National Panel at least {n} days before publication', unit: 'calendar-days', direction: 'before', defaultAmount: 7, maximum: 120 },
  'publication-kept': { label: 'Publication kept on the website', rule: 'A published report stays on the website for at least {n} months', unit: 'months', direction: 'at-least', defaultAmount: 12, maximum: 120 },
};

/** An open clock turns amber when this many working days or fewer are left. */
export const DEFAULT_AMBER_WORKING_DAYS = 2;

export const clockPolicySchema = z
  .object({
    amounts: z.object(
      Object.fromEntries(
        CLOCKS.map((clock) => [
          clock,
          z
            .number({ error: `Enter the number of ${unitWords(CLOCK_DEFINITIONS[clock].unit)} as a whole number` })
            .int(`Enter the number of ${unitWords(CLOCK_DEFINITIONS[clock].unit)} as a whole number`)
            .min(1, `Enter at least 1`)
            .max(CLOCK_DEFINITIONS[clock].maximum, `Enter at most ${CLOCK_DEFINITIONS[clock].maximum}`),
        ]),
      ) as Record<ClockName, z.ZodNumber>,
    ),
    amberWorkingDays: z.number({ error: 'Enter a whole number of working days' }).int('Enter a whole number of working days').min(0, 'Enter 0 or more').max(20, 'Enter at most 20'),
  })
  .strict();
export type ClockPolicy = z.infer<typeof clockPolicySchema>;

export const DEFAULT_CLOCK_POLICY: ClockPolicy = {
  amounts: Object.fromEntries(CLOCKS.map((clock) => [clock, CLOCK_DEFINITIONS[clock].defaultAmount])) as Record<ClockName, number>,
  amberWorkingDays: DEFAULT_AMBER_WORKING_DAYS,
};

export function unitWords(unit: ClockUnit): string {
  switch (unit) {
    case 'working-days':
      return 'working days';
    case 'calendar-days':
      return 'days';
    case 'hours':
      return 'hours';
    case 'months':
      return 'months';
  }
}

export function describeRule(clock: ClockName, amount: number): string {
  return CLOCK_DEFINITIONS[clock].rule.replace('{n}', String(amount));
}

/** Red: overdue or missed; amber: due soon; green: in time. A met clock has no colour, only "met". */
export const RAG = ['red', 'amber', 'green'] as const;
export type Rag = (typeof RAG)[number];

export const CLOCK_STATES = ['open', 'met', 'missed'] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

/** One clock of one case, as main works it out and the screens show it. */
export const clockView = z.object({
  clock: z.enum(CLOCKS),
  /** What this instance is about when a case has several: an agency, a meeting. */
  subject: z.string(),
  label: z.string(),
  rule: z.string(),
  startsOn: z.string(),
  /** A date (YYYY-MM-DD), or for the papers clock a date and time (YYYY-MM-DDTHH:MM). */
  dueOn: z.string(),
  completedOn: z.string().nullable(),
  state: z.enum(CLOCK_STATES),
  /** Days left in the clock's own unit (working or calendar days); negative when overdue. Null once met or missed. */
  daysLeft: z.number().int().nullable(),
  rag: z.enum(RAG).nullable(),
  exception: z.object({ reason: z.string(), panelToldOn: z.string().nullable() }).nullable(),
});
export type ClockView = z.infer<typeof clockView>;
