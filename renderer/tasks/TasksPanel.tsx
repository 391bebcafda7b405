/**
 * A short line above the case list when bundles from other organisations have opened tasks for
 * the person: how many are open, how many overdue, and the way to them. It shows nothing when
 * there are none, or when they cannot be read (the Tasks page says why).
 */
import { useEffect, useState, type MouseEvent } from 'react';
import type { TaskSummary } from '../../shared/exchange/exchange-view.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { dueTag } from './task-words.ts';

export function TasksPanel({ navigate }: { readonly navigate: Navigate }) {
  const call = useApi();
  const [tasks, setTasks] = useState<readonly TaskSummary[]>([]);
  useEffect(() => {
    let current = true;
    void call('exchange.tasks', {}).then((result) => {
      if (current && result.ok) setTasks(result.value.tasks);
    });
    return () => {
      current = false;
    };
  }, [call]);

  const open = tasks.filter((task) => task.state === 'open');
  if (open.length === 0) return null;
  const today = todayInLondon();
  const overdue = open.filter((task) => dueTag(task, today)?.words === 'Overdue').length;
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate({ name: 'tasks' });
  };
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="tasks-panel-title" data-testid="tasks-panel">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="tasks-panel-title">
          Your tasks
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          {`You have ${open.length === 1 ? '1 open task' : `${open.length.toLocaleString('en-GB')} open tasks`} from other organisations${overdue === 0 ? '' : `, ${overdue.toLocaleString('en-GB')} overdue`}. `}
          <a className="govuk-notification-banner__link" href="#tasks" onClick={go}>
            See your tasks
          </a>
        </p>
      </div>
    </div>
  );
}
