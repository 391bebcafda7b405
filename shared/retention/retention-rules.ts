/**
 * The retention policy's rules (DOMAIN.md, stage 6 and "Secured files"), named once for main, the
 * screen and the audit chain, and the date arithmetic that says when each falls due. What is due
 * is worked out on the day from the cases' own dates, never stored.
 *
 * - `review-drafts`: at the end of a review its draft report versions and the draft copies kept
 *   in the store are deleted; copies sent out are listed with their confirmations of deletion.
 * - `publication-12-months`: a report published for the minimum time may come off the website;
 *   that is a reminder and a record, never a deletion (the report is kept, available on request).
 * - `secured-sets`: an agency's secured files are released or destroyed on its instruction, by its
 *   nominated representative alone; the rule only lists what still waits for that.
 * - `closed-cases`: the partnership's retention period for closed cases, after which the whole
 *   case is deleted.
 */

export const RETENTION_RULES = ['review-drafts', 'publication-12-months', 'secured-sets', 'closed-cases'] as const;
export type RetentionRule = (typeof RETENTION_RULES)[number];

/** The rules under which the app itself deletes something. */
export const DELETING_RULES = ['review-drafts', 'closed-cases'] as const satisfies readonly RetentionRule[];
export type DeletingRule = (typeof DELETING_RULES)[number];

export const RETENTION_RULE_LABELS: Readonly<Record<RetentionRule, string>> = {
  'review-drafts': 'Drafts at the end of a review',
  'publication-12-months': 'Published reports after their time on the website',
  'secured-sets': 'Secured files awaiting the agency’s instruction',
  'closed-cases': 'Closed cases past the retention period',
};

/**
 * Closed cases have no retention period until the partnership sets one: deleting a whole review
 * cannot be undone, so the app never proposes it on a default nobody chose.
 */
export const CLOSED_CASE_YEARS = { minimum: 1, maximum: 100 } as const;

/**
 * The date `months` calendar months after `date` (YYYY-MM-DD). A day the target month lacks
 * falls on its last day (31 January + 1 month = the last day of February), as the case clocks
 * count months (shared/reviews/clock-status.ts), so both say the same about one publication.
 */
export function addCalendarMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** The day a case closed on `closedOn` becomes due for deletion under a period of `years`. */
export function closedCaseDueOn(closedOn: string, years: number): string {
  return addCalendarMonths(closedOn, years * 12);
}
