/**
 * How a task's standing is said on the screens: its due date as a tag (words first, the colour
 * only repeating them), its state, and what kind of work it is. Dates are compared as text in
 * London's calendar, as every clock in the app is.
 */
import type { TaskKind, TaskSummary } from '../../shared/exchange/exchange-view.ts';

export interface TaskTag {
  readonly words: string;
  readonly tagClass: string;
}

export const TASK_KIND_LABELS: Readonly<Record<TaskKind, string>> = {
  request: 'Information request',
  'decision-request': 'Request for a signed decision',
  draft: 'Draft report for factual accuracy',
  actions: 'Agency actions',
};

/** "Overdue" once the due date has passed, "Due today" on it; nothing for an answered task or one with no due date. */
export function dueTag(task: Pick<TaskSummary, 'dueOn' | 'state'>, today: string): TaskTag | null {
  if (task.state === 'answered' || task.dueOn === null) return null;
  if (task.dueOn < today) return { words: 'Overdue', tagClass: 'govuk-tag--red' };
  if (task.dueOn === today) return { words: 'Due today', tagClass: 'govuk-tag--orange' };
  return null;
}

/** An agency's actions stay open to further updates: once one is sent they are "Update sent", not "Answered". */
export function stateTag(task: Pick<TaskSummary, 'state' | 'kind'>): TaskTag {
  if (task.state === 'open') return { words: 'Open', tagClass: 'govuk-tag--blue' };
  return task.kind === 'actions' ? { words: 'Update sent', tagClass: 'govuk-tag--green' } : { words: 'Answered', tagClass: 'govuk-tag--green' };
}

/** Open tasks first, then by due date (none last); main sends them so, and this keeps it so whatever the order. */
export function inWorkOrder<T extends Pick<TaskSummary, 'state' | 'dueOn' | 'id'>>(tasks: readonly T[]): T[] {
  const rank = (task: T) => (task.state === 'open' ? 0 : 1);
  return [...tasks].sort((a, b) => rank(a) - rank(b) || (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') || a.id - b.id);
}
