/**
 * How an agency's actions are said on its task page: each named by what it is (shortened, as a
 * SMART action can run to paragraphs), its status as people say it, and whether it is late.
 */
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '../../shared/exchange/exchange-view.ts';
import type { ActionsPayload } from '../../shared/exchange/payloads.ts';
import type { TaskTag } from './task-words.ts';

export type SentAction = ActionsPayload['actions'][number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const NAME_LENGTH = 60;
/** Statuses with nothing left to do by the due date. */
const FINISHED: ReadonlySet<string> = new Set<ActionStatus>(['complete', 'no-longer-needed']);

export const ACTION_STATUS_OPTIONS = ACTION_STATUSES.map((value) => ({ value, label: ACTION_STATUS_LABELS[value] }));

export function isActionStatus(status: string): status is ActionStatus {
  return (ACTION_STATUSES as readonly string[]).includes(status);
}

/** "In progress"; a status this version does not know is shown as it was sent. */
export function statusLabel(status: string): string {
  return isActionStatus(status) ? ACTION_STATUS_LABELS[status] : status;
}

/** Action 2, “Audit ten strategy discussions…”: for messages and legends, where the whole text would be too long. */
export function actionName(action: Pick<SentAction, 'what'>, index: number): string {
  const plain = action.what.trim().replace(/\s+/g, ' ');
  const short = plain.length <= NAME_LENGTH ? plain : `${plain.slice(0, NAME_LENGTH - 1).trimEnd()}…`;
  return short === '' ? `action ${index + 1}` : `action ${index + 1}, “${short}”`;
}

/** "Overdue" once its due date has passed and it is not finished, "Due today" on the day; otherwise nothing. */
export function actionDueTag(action: Pick<SentAction, 'dueOn' | 'status'>, today: string): TaskTag | null {
  if (FINISHED.has(action.status)) return null;
  if (action.dueOn < today) return { words: 'Overdue', tagClass: 'govuk-tag--red' };
  if (action.dueOn === today) return { words: 'Due today', tagClass: 'govuk-tag--orange' };
  return null;
}
