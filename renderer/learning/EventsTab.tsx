/**
 * The Learning page's events view: learning events and reflective sessions held, with what
 * participants said; the Business Unit records them here, and each counts in the annual figures.
 */
import { useCallback, useState } from 'react';
import type { LearningEventView } from '../../shared/learning/learning.ts';
import { OutcomeBanner } from '../case/components/OutcomeBanner.tsx';
import { useWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { LearningEventForm } from './LearningEventForm.tsx';
import { LearningEventsTable } from './LearningEventsTable.tsx';
import { NotShown } from '../components/NotShown.tsx';

type Editing = { readonly event: LearningEventView | null } | null;

export function EventsTab({ navigate }: { readonly navigate: Navigate }) {
  const call = useApi();
  const events = useWholeView(useCallback(() => call('learning.events', {}), [call]));
  const [editing, setEditing] = useState<Editing>(null);
  const [outcome, setOutcome] = useState<{ readonly heading: string; readonly count: number } | null>(null);
  if (events.load.state !== 'loaded') return <NotShown testId="learning" load={events.load} what="the learning events" onRetry={events.reload} level={2} />;
  const { view } = events.load;

  return (
    <>
      <h2 className="govuk-heading-m">Learning events and reflective sessions</h2>
      {outcome === null ? null : <OutcomeBanner key={outcome.count} heading={outcome.heading} />}
      {view.canManage ? null : (
        <div className="govuk-inset-text" data-testid="events-read-only">
          Only the Business Unit records learning events and reflective sessions.
        </div>
      )}
      {editing === null ? (
        <>
          {view.canManage ? (
            <button type="button" className="govuk-button" onClick={() => setEditing({ event: null })}>
              Record a learning event or reflective session
            </button>
          ) : null}
          <LearningEventsTable events={view.events} navigate={navigate} onChange={view.canManage ? (event) => setEditing({ event }) : undefined} />
        </>
      ) : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <LearningEventForm
              key={editing.event?.id ?? 'new'}
              initial={editing.event}
              applyResult={events.applyResult}
              onCancel={() => setEditing(null)}
              onSaved={(title) => {
                setEditing(null);
                setOutcome((current) => ({ heading: `“${title}” has been saved.`, count: (current?.count ?? 0) + 1 }));
              }}
            />
          </div>
        </div>
      )}
    </>
  );
}
