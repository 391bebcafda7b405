/**
 * The words the assurance report's PDF and workbook share, so both say the same thing: its title,
 * the summary's columns and how an action's status reads (an open action past its due date reads
 * "Overdue", since overdue is not a status the plan keeps but a fact of the day).
 */
import { PLAN_STATUS_LABELS, type ActionView } from '../../../shared/actions/action-plan.ts';
import type { AssuranceReportInput, AssuranceScope, AssuranceTotals } from './assurance-input.ts';

export const ASSURANCE_TITLE = 'Action plan assurance report';

/** The document's title, in its properties and footer: its kind and what it is about, never a person. */
export function assuranceTitle(subject: string): string {
  return `${ASSURANCE_TITLE} – ${subject}`;
}

export const TOTALS_COLUMNS: readonly { readonly key: keyof AssuranceTotals; readonly header: string }[] = [
  { key: 'actions', header: 'Actions' },
  { key: 'complete', header: 'Complete' },
  { key: 'completeWithEvidenceAccepted', header: 'Complete with evidence accepted' },
  { key: 'overdue', header: 'Overdue' },
  { key: 'notYetDue', header: 'Not yet due' },
  { key: 'noLongerNeeded', header: 'No longer needed' },
];

/** The summary's first column: what each row under the totals is. */
export function breakdownHeader(scope: AssuranceScope): string {
  return scope === 'case' ? 'Agency' : 'Case';
}

/** The label of the totals row at the top of the summary. */
export function totalsLabel(scope: AssuranceScope): string {
  return scope === 'case' ? 'All agencies' : 'All reviews';
}

/** "Not started", "Complete"; "Overdue" for an open action past its due date. */
export function statusWords(action: Pick<ActionView, 'status' | 'overdue'>): string {
  return action.overdue ? 'Overdue' : PLAN_STATUS_LABELS[action.status];
}

/** What the overdue word hides: the status the plan keeps for an overdue action ("In progress"). */
export function keptStatusWords(action: Pick<ActionView, 'status'>): string {
  return PLAN_STATUS_LABELS[action.status];
}

/** "An action is overdue …": said under the title, since the counts depend on the day. */
export function overdueRule(madeOnWords: string): string {
  return `Counted on ${madeOnWords}. An action is overdue when it is neither complete nor no longer needed and its due date has passed.`;
}

function countWords(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** What the report covers, in a sentence under the title. */
export function coverage(input: AssuranceReportInput): string {
  const actions = countWords(input.totals.actions, 'action', 'actions');
  if (input.scope === 'agency') return `Every action ${input.subject} owns, across ${countWords(input.cases.length, 'review', 'reviews')}: ${actions}.`;
  const only = input.cases[0];
  const recommendations = countWords(only?.recommendations.length ?? 0, 'recommendation', 'recommendations');
  return `Case ${input.subject}, ${only?.kindLabel ?? 'kind not known'}: ${recommendations} and ${actions}.`;
}
