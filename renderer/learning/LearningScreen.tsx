/**
 * The partnership's learning (DOMAIN.md stage 8): the themes that recur across reviews and years,
 * the learning events and reflective sessions held, and the learning of good outcome reviews
 * alongside the rest.
 */
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import type { LearningTab, Navigate } from '../session/places.ts';
import { EventsTab } from './EventsTab.tsx';
import { GoodPracticeTab } from './GoodPracticeTab.tsx';
import { LEARNING_TAB_LABELS, LearningTabs } from './LearningTabs.tsx';
import { ThemesTab } from './ThemesTab.tsx';

export interface LearningScreenProps {
  readonly tab: LearningTab;
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

export function LearningScreen({ tab, navigate }: LearningScreenProps) {
  useDocumentTitle(`${LEARNING_TAB_LABELS[tab]} – Learning`);
  return (
    <>
      <PageHeading>Learning</PageHeading>
      <div className="govuk-tabs" data-testid="learning-screen">
        <LearningTabs current={tab} navigate={navigate} />
        <div className="govuk-tabs__panel" data-testid={`learning-${tab}`}>
          <TabContent tab={tab} navigate={navigate} />
        </div>
      </div>
    </>
  );
}

function TabContent({ tab, navigate }: { readonly tab: LearningTab; readonly navigate: Navigate }) {
  switch (tab) {
    case 'themes':
      return <ThemesTab navigate={navigate} />;
    case 'events':
      return <EventsTab navigate={navigate} />;
    case 'good-practice':
      return <GoodPracticeTab navigate={navigate} />;
  }
}
