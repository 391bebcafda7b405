import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import type { SectionProps } from '../section-props.ts';
import { ClockTag, clocksFor } from '../stages/ClockTag.tsx';
import { dateText, text } from '../stages/describe-values.ts';
import { FactualAccuracyForm } from '../stages/FactualAccuracyForm.tsx';
import { RecordList } from '../stages/RecordList.tsx';
import { SavedNotice, useStageEditing } from '../stages/SavedNotice.tsx';

/** The draft report's factual-accuracy round, agency by agency, each with its own 10-working-day clock. */
export function FactualAccuracySection({ view, saveRecord, removeRecord }: SectionProps) {
  const stage = useStageEditing<string>();
  const clocks = clocksFor(view.clocks, 'factual-accuracy');
  return (
    <section aria-labelledby="factual-accuracy-heading" data-testid="factual-accuracy-section">
      <SectionHeading lead="The draft report goes to each contributing agency to check the facts. Drafts are not forwarded without the reviewer’s permission.">
        <span id="factual-accuracy-heading">Factual accuracy</span>
      </SectionHeading>
      {view.canEdit ? null : <ReadOnlyNotice />}
      <SavedNotice message={stage.notice} />
      <RecordList
        view={view}
        type="factual-accuracy"
        removeRecord={removeRecord}
        editing={stage.editing}
        open={stage.open}
        emptyMessage="The draft has not been sent to any agency yet."
        addLabel="Send the draft to an agency"
        sort={(a, b) => a.data.agency.localeCompare(b.data.agency, 'en-GB')}
        card={({ record, data }) => {
          // Main names each round’s clock by its agency, adding the record id when one agency has a second round.
          const second = clocks.filter((clock) => clock.subject === `${data.agency} (${record.id})`);
          const own = second.length > 0 ? second : clocks.filter((clock) => clock.subject === data.agency);
          return {
            title: data.agency,
            rows: [
              { key: 'Draft sent on', value: dateText(data.sentOn) },
              { key: 'Replied on', value: dateText(data.returnedOn) },
              { key: 'Comments', value: text(data.comments) },
            ],
            extra: own.map((clock) => <ClockTag key={clock.subject} clock={clock} />),
          };
        }}
        form={(id, initial) => <FactualAccuracyForm id={id} initial={initial} view={view} saveRecord={saveRecord} onCancel={stage.close} onSaved={() => stage.saved('The factual-accuracy round has been saved.')} />}
      />
    </section>
  );
}
