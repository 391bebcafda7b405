/**
 * A case's "Learning and feedback" section: the themes it shows, repeat incidents (the person
 * search suggests earlier cases with the same child or family), the family's feedback on whether
 * the review was sensitive to them, and the learning events that shared its learning. What is
 * recorded here is what the annual figures count as the difference made.
 */
import { useCallback, useState } from 'react';
import { OutcomeBanner } from '../case/components/OutcomeBanner.tsx';
import { SectionHeading } from '../case/components/SectionHeading.tsx';
import type { SectionProps } from '../case/section-props.ts';
import { useWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';
import type { CaseLearningPartProps } from './case-learning-part.ts';
import { CaseLearningEvents } from './CaseLearningEvents.tsx';
import { CaseThemes } from './CaseThemes.tsx';
import { FamilyFeedback } from './FamilyFeedback.tsx';
import { NotShown } from '../components/NotShown.tsx';
import { RepeatIncidents } from './RepeatIncidents.tsx';

export function CaseLearningSection({ view, navigate }: SectionProps) {
  const call = useApi();
  const reference = view.summary.reference;
  const learning = useWholeView(useCallback(() => call('learning.case', { reference }), [call, reference]));
  return (
    <section aria-labelledby="learning-heading" data-testid="learning-section">
      <SectionHeading lead="The learning themes this case shows, repeat incidents, the family’s feedback on the review, and the learning events that shared its learning.">
        <span id="learning-heading">Learning and feedback</span>
      </SectionHeading>
      {learning.load.state === 'loaded' ? (
        <CaseLearning view={learning.load.view} applyResult={learning.applyResult} navigate={navigate} />
      ) : (
        <NotShown testId="learning" load={learning.load} what="this case’s learning" onRetry={learning.reload} level={3} />
      )}
    </section>
  );
}

function CaseLearning({ view, applyResult, navigate }: Omit<CaseLearningPartProps, 'onOutcome'>) {
  const [outcome, setOutcome] = useState<{ readonly heading: string; readonly count: number } | null>(null);
  const onOutcome = (heading: string) => setOutcome((current) => ({ heading, count: (current?.count ?? 0) + 1 }));
  const parts = { view, applyResult, navigate, onOutcome };
  return (
    <>
      {outcome === null ? null : <OutcomeBanner key={outcome.count} heading={outcome.heading} />}
      {view.canChange ? null : (
        <div className="govuk-inset-text" data-testid="learning-read-only">
          You can read this case’s learning but not change it. The Business Unit records themes, repeat incidents and the family’s feedback.
        </div>
      )}
      <CaseThemes {...parts} />
      <RepeatIncidents {...parts} />
      <FamilyFeedback {...parts} />
      <CaseLearningEvents events={view.events} navigate={navigate} />
    </>
  );
}
