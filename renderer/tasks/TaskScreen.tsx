/**
 * One task a bundle opened on this install, and its answer: an information request (the return),
 * a decision asked of the person (signed and sent back), or a draft report (the reply). Once the
 * answer's bundle is made the task is answered, and the page says where the bundle must go.
 */
import { useCallback, useState, type MouseEvent } from 'react';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { TaskView } from '../../shared/exchange/exchange-view.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { BundleOutcome, type MadeBundle } from './BundleOutcome.tsx';
import { DecisionTask } from './DecisionTask.tsx';
import { DraftTask } from './DraftTask.tsx';
import { RequestTask } from './RequestTask.tsx';
import { TaskFacts } from './TaskFacts.tsx';
import { readPayload } from './task-payload.ts';
import { TasksNotShown } from './TasksNotShown.tsx';

/** What the saved bundle is called on this page, by the task's kind. */
const BUNDLE_NAMES: Readonly<Record<TaskView['kind'], string>> = { request: 'Return bundle', 'decision-request': 'Decision bundle', draft: 'Reply bundle', actions: 'Update bundle' };

export function TaskScreen({ id, user, navigate }: { readonly id: number; readonly user: SignedInUser; readonly navigate: Navigate }) {
  const call = useApi();
  const fetchTask = useCallback(() => call('exchange.task', { id }), [call, id]);
  const task = useWholeView(fetchTask);
  const [made, setMade] = useState<MadeBundle | null>(null);
  const title = task.load.state === 'loaded' ? task.load.view.title : 'Task';
  useDocumentTitle(title, task.load.state === 'failed');

  const back = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate({ name: 'tasks' });
  };
  // The answered task is read again, so the page shows it as main now holds it (answered, no
  // form); quietly, without "Loading", as the outcome above it has taken focus.
  const onMade = async (outcome: MadeBundle) => {
    setMade(outcome);
    const again = await fetchTask();
    if (again.ok) task.replaceView(again.value);
  };

  return (
    <>
      <a href="#tasks" className="govuk-back-link" onClick={back}>
        Back to your tasks
      </a>
      {made === null || task.load.state !== 'loaded' ? null : <BundleOutcome outcome={made} bundle={BUNDLE_NAMES[task.load.view.kind]} organisation={task.load.view.from.organisation} />}
      <PageHeading>{title}</PageHeading>
      {task.load.state === 'loaded' ? <TaskShown task={task.load.view} user={user} onMade={(outcome) => void onMade(outcome)} /> : <TasksNotShown load={task.load} what="this task" onRetry={task.reload} />}
    </>
  );
}

interface TaskShownProps {
  readonly task: TaskView;
  readonly user: SignedInUser;
  readonly onMade: (outcome: MadeBundle) => void;
}

function TaskShown({ task, user, onMade }: TaskShownProps) {
  const read = readPayload(task);
  return (
    <>
      <TaskFacts task={task} />
      <AnswerStanding task={task} />
      {(() => {
        switch (read.kind) {
          case 'request':
            return <RequestTask task={task} payload={read.payload} user={user} onMade={onMade} />;
          case 'decision-request':
            return <DecisionTask task={task} payload={read.payload} onMade={onMade} />;
          case 'draft':
            return <DraftTask task={task} payload={read.payload} onMade={onMade} />;
          case 'actions':
            return (
              <div className="govuk-inset-text" data-testid="actions-not-yet">
                {`${task.from.organisation} sent ${read.payload.actions.length === 1 ? 'an action' : `${read.payload.actions.length} actions`} for ${read.payload.agency}. This install cannot show or answer agency actions yet: ask ${task.from.organisation} to send them another way for now.`}
              </div>
            );
          case 'unreadable':
            return (
              <div className="govuk-inset-text" role="alert" data-testid="payload-unreadable">
                {`What this task holds could not be read by this version of Practice Review Manager. Ask ${task.from.organisation} which version they use, and your IT team to update this install if it is older.`}
              </div>
            );
        }
      })()}
    </>
  );
}

/** Why there is no form: the task is answered, or it is someone else's to answer. */
function AnswerStanding({ task }: { readonly task: TaskView }) {
  if (task.state === 'answered') {
    return (
      <div className="govuk-inset-text" data-testid="task-answered">
        {`This task has been answered and its bundle made for ${task.from.organisation}: there is nothing more to do here.`}
      </div>
    );
  }
  if (!task.canAnswer) {
    return (
      <div className="govuk-inset-text" data-testid="task-not-yours">
        {`This task was given to ${task.assignedTo}, so only they can answer it. You can read it and download its files.`}
      </div>
    );
  }
  return null;
}
