/**
 * The words an agency's actions and its updates are described in, on both installs: an action
 * named by what it is (shortened: a SMART action can run to paragraphs), its status as people
 * say it, and counts.
 */
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '../../../shared/exchange/exchange-view.ts';
import type { ActionsPayload } from '../../../shared/exchange/payloads.ts';
import { counted } from './case-words.ts';

export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type SentAction = ActionsPayload['actions'][number];

const NAME_LENGTH = 80;

export function isActionStatus(status: string): status is ActionStatus {
  return (ACTION_STATUSES as readonly string[]).includes(status);
}

/** “Audit every strategy discussion…”: what the action is, in quotes, short enough for a line. */
export function actionName(what: string): string {
  const plain = what.trim().replace(/\s+/g, ' ');
  const short = plain.length <= NAME_LENGTH ? plain : `${plain.slice(0, NAME_LENGTH - 1).trimEnd()}…`;
  return `“${short === '' ? 'untitled action' : short}”`;
}

/** "in progress", "no longer needed"; a status this version does not know is shown as sent. */
export function statusWords(status: string): string {
  return isActionStatus(status) ? ACTION_STATUS_LABELS[status].toLowerCase() : status;
}

/** "with no evidence file", "with 1 evidence file", "with 3 evidence files". */
export function withEvidenceFiles(count: number): string {
  return count === 0 ? 'with no evidence file' : `with ${counted(count, 'evidence file', 'evidence files')}`;
}

export function actionsCount(count: number): string {
  return counted(count, 'action', 'actions');
}

/** The date the first of the actions falls due (ISO dates sort as text). */
export function earliestDue(actions: readonly SentAction[]): string {
  return actions.map((action) => action.dueOn).reduce((earliest, due) => (due < earliest ? due : earliest));
}

/** The subject a set of actions and its updates are logged under on the Business Unit's install. */
export function actionsSubject(agency: string): string {
  return `actions:${agency}`;
}
