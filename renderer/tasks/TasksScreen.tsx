/**
 * The tasks bundles from other organisations opened on this install: an information request for
 * an agency's nominated representative, a decision asked of a panel member or a partner, a draft
 * report to check for factual accuracy, an agency's actions to keep updated. Main decides whose
 * tasks the person sees.
 */
import { useCallback } from 'react';
import type { TaskSummary } from '../../shared/exchange/exchange-view.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { inWorkOrder } from './task-words.ts';
import { TasksNotShown } from './TasksNotShown.tsx';
import { TasksTable } from './TasksTable.tsx';

export function TasksScreen({ navigate }: { readonly navigate: Navigate }) {
  const call = useApi();
  const fetchTasks = useCallback(() => call('exchange.tasks', {}), [call]);
  const tasks = useWholeView(fetchTasks);
  useDocumentTitle('Your tasks', tasks.load.state === 'failed');
  return (
    <>
      <PageHeading>Your tasks</PageHeading>
      {tasks.load.state === 'loaded' ? <TaskList tasks={tasks.load.view.tasks} navigate={navigate} /> : <TasksNotShown load={tasks.load} what="your tasks" onRetry={tasks.reload} />}
    </>
  );
}

function TaskList({ tasks, navigate }: { readonly tasks: readonly TaskSummary[]; readonly navigate: Navigate }) {
  if (tasks.length === 0) {
    return (
      <div className="govuk-!-width-two-thirds" data-testid="tasks-empty">
        <p className="govuk-body">You have no tasks. Tasks appear here when a bundle from another organisation is imported for you.</p>
      </div>
    );
  }
  const open = tasks.filter((task) => task.state === 'open').length;
  return (
    <>
      <p className="govuk-body" data-testid="tasks-count">
        {open === 0 ? 'You have no open tasks.' : `You have ${open === 1 ? '1 open task' : `${open.toLocaleString('en-GB')} open tasks`}.`}
      </p>
      <TasksTable tasks={inWorkOrder(tasks)} navigate={navigate} showAssignee={new Set(tasks.map((task) => task.assignedTo)).size > 1} />
    </>
  );
}
