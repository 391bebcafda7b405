import type { MouseEvent } from 'react';
import type { TaskSummary } from '../../shared/exchange/exchange-view.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { formatDate } from '../components/format-date.ts';
import type { Navigate } from '../session/places.ts';
import { dueTag, stateTag } from './task-words.ts';
import { TaskTagView } from './TaskTagView.tsx';

export interface TasksTableProps {
  readonly tasks: readonly TaskSummary[];
  readonly navigate: Navigate;
  /** Shown when the list holds tasks given to more than one person (an administrator sees them all). */
  readonly showAssignee: boolean;
}

/** One row per task, open ones first: what it is, who sent it, their case reference, when it is due and whether it is answered. */
export function TasksTable({ tasks, navigate, showAssignee }: TasksTableProps) {
  const today = todayInLondon();
  const open = (event: MouseEvent<HTMLAnchorElement>, id: number) => {
    event.preventDefault();
    navigate({ name: 'task', id });
  };
  return (
    // Focusable so that someone on a keyboard can scroll it when it is wider than the window.
    <div className="prm-table-scroll" role="region" aria-label="Tasks" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="tasks-table">
        <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Your tasks, open ones first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Task
            </th>
            <th scope="col" className="govuk-table__header">
              From
            </th>
            <th scope="col" className="govuk-table__header">
              Their case reference
            </th>
            {showAssignee ? (
              <th scope="col" className="govuk-table__header">
                Given to
              </th>
            ) : null}
            <th scope="col" className="govuk-table__header">
              Due
            </th>
            <th scope="col" className="govuk-table__header">
              State
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {tasks.map((task) => {
            const due = dueTag(task, today);
            return (
              <tr className="govuk-table__row" key={task.id} data-testid={`task-row-${task.id}`}>
                <th scope="row" className="govuk-table__header">
                  <a className="govuk-link" href={`#task-${task.id}`} onClick={(event) => open(event, task.id)}>
                    {task.title}
                  </a>
                </th>
                <td className="govuk-table__cell">{task.from.organisation}</td>
                <td className="govuk-table__cell prm-nowrap">{task.theirReference}</td>
                {showAssignee ? <td className="govuk-table__cell">{task.assignedTo}</td> : null}
                <td className="govuk-table__cell">
                  {task.dueOn === null ? <span className="prm-secondary-text">No due date</span> : <span className="prm-nowrap">{formatDate(task.dueOn)}</span>}
                  {due === null ? null : (
                    <>
                      <br />
                      <TaskTagView tag={due} testId={`task-due-${task.id}`} />
                    </>
                  )}
                </td>
                <td className="govuk-table__cell">
                  <TaskTagView tag={stateTag(task)} testId={`task-state-${task.id}`} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
