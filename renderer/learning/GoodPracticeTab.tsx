/**
 * The learning from good outcome reviews (what made an exceptionally positive difference) beside
 * the learning from every other review, so success is learned from as well as harm.
 */
import { useCallback } from 'react';
import { useWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { LearningEntries } from './LearningEntries.tsx';
import { NotShown } from '../components/NotShown.tsx';

export function GoodPracticeTab({ navigate }: { readonly navigate: Navigate }) {
  const call = useApi();
  const learning = useWholeView(useCallback(() => call('learning.goodPractice', {}), [call]));
  if (learning.load.state !== 'loaded') return <NotShown testId="learning" load={learning.load} what="the learning from reviews" onRetry={learning.reload} level={2} />;
  const { view } = learning.load;
  return (
    <div className="govuk-grid-row">
      <section className="govuk-grid-column-one-half" aria-labelledby="good-outcome-heading" data-testid="good-outcome-learning">
        <h2 className="govuk-heading-m" id="good-outcome-heading">
          Learning from good outcome reviews
        </h2>
        <LearningEntries entries={view.goodOutcome} navigate={navigate} empty="No good outcome review has recorded its learning yet." />
      </section>
      <section className="govuk-grid-column-one-half" aria-labelledby="other-learning-heading" data-testid="other-learning">
        <h2 className="govuk-heading-m" id="other-learning-heading">
          Learning from other reviews
        </h2>
        <LearningEntries entries={view.others} navigate={navigate} empty="No other review has recorded its learning yet." />
      </section>
    </div>
  );
}
