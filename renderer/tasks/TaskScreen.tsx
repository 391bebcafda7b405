/**
 * One task a bundle opened on this install, and its answer: an information request (the return),
 * a decision asked of the person (signed and sent back), a draft report (the reply), or an
 * agency's actions (an update, then another). Once the answer's bundle is made the page says
 * where it must go, or offers to save it again if the save did not finish.
 */
import { useCallback, useState, type MouseEvent } from 'react';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { TaskView } from '../../shared/exchange/exchange-view.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { ActionsTask } from './ActionsTask.tsx';
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
  // form; or, for actions, when the last update went); quietly, without "Loading", as the
  // outcome above it has taken focus.
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
      {made === null || task.load.state !== 'loaded' ? null : (
        <BundleOutcome
          // A new bundle (an agency's next update) starts afresh; saving the same one again keeps its place.
          key={made.made.bundleId}
          outcome={made}
          bundle={BUNDLE_NAMES[task.load.view.kind]}
          organisation={task.load.view.from.organisation}
          repeatable={task.load.view.kind === 'actions'}
          onOutcome={setMade}
        />
      )}
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
            return <ActionsTask task={task} payload={read.payload} onMade={onMade} />;
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

/**
 * Why there is no form: the task is answered, or it is someone else's to answer. An agency's
 * actions are never done with (each update is one more), so their page says when the last
 * update went instead (ActionsTask).
 */
function AnswerStanding({ task }: { readonly task: TaskView }) {
  if (task.state === 'answered' && task.kind !== 'actions') {
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
