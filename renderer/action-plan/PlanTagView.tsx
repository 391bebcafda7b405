import type { PlanTag } from './plan-words.ts';

/** A GOV.UK tag for an action's status, its lateness or a recommendation's type: words, never colour alone. */
export function PlanTagView({ tag, testId }: { readonly tag: PlanTag; readonly testId?: string }) {
  return (
    <strong className={['govuk-tag', tag.tagClass, 'prm-nowrap'].filter((name) => name !== '').join(' ')} data-testid={testId}>
      {tag.words}
    </strong>
  );
}

/** The action's status, and "Overdue" beside it when main worked out that it is. */
export function ActionTags({ tags }: { readonly tags: readonly PlanTag[] }) {
  return (
    <span className="prm-plan-tags">
      {tags.map((tag) => (
        <PlanTagView key={tag.words} tag={tag} />
      ))}
    </span>
  );
}
