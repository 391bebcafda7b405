import type { TaskTag } from './task-words.ts';

/** A GOV.UK tag for a task's state or deadline. */
export function TaskTagView({ tag, testId }: { readonly tag: TaskTag; readonly testId?: string }) {
  return (
    <strong className={`govuk-tag ${tag.tagClass} prm-nowrap`} data-testid={testId}>
      {tag.words}
    </strong>
  );
}
