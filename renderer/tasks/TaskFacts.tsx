/** What every task says about itself: who sent it, for which of their cases, when it came, when it is due and where it stands. */
import type { TaskView } from '../../shared/exchange/exchange-view.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { SummaryList, type SummaryRow } from '../case/components/SummaryList.tsx';
import { formatDate } from '../components/format-date.ts';
import { dueTag, TASK_KIND_LABELS } from './task-words.ts';
import { TaskTagView } from './TaskTagView.tsx';

export function TaskFacts({ task }: { readonly task: TaskView }) {
  const due = dueTag(task, todayInLondon());
  const rows: SummaryRow[] = [
    { label: 'Kind of task', value: TASK_KIND_LABELS[task.kind] },
    { label: 'From', value: `${task.from.organisation} (${task.from.installName})` },
    { label: 'Their case reference', value: task.theirReference },
    { label: 'Received', value: formatTimestamp(task.receivedAt) },
    {
      label: 'Due',
      value:
        task.dueOn === null ? (
          'No due date'
        ) : (
          <>
            {formatDate(task.dueOn)} {due === null ? null : <TaskTagView tag={due} testId="task-due" />}
          </>
        ),
    },
    { label: 'Given to', value: task.assignedTo },
    { label: 'State', value: stateWords(task) },
  ];
  return <SummaryList rows={rows} testId="task-facts" />;
}

/** An agency's actions take one update after another, so "answered" would say the work is over. */
function stateWords(task: TaskView): string {
  if (task.kind === 'actions') return task.answeredAt === null ? 'Open: no update sent yet' : `Open: last update sent on ${formatTimestamp(task.answeredAt)}`;
  return task.answeredAt === null ? 'Open: not yet answered' : `Answered on ${formatTimestamp(task.answeredAt)}`;
}
