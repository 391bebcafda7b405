import { PARALLEL_PROCESS_LABELS } from '../../../shared/reviews/records.ts';
import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import type { SectionProps } from '../section-props.ts';
import { text } from '../stages/describe-values.ts';
import { ParallelProcessForm } from '../stages/ParallelProcessForm.tsx';
import { RecordList } from '../stages/RecordList.tsx';
import { SavedNotice, useStageEditing } from '../stages/SavedNotice.tsx';

/** Processes linked to the case or running alongside it, and whether each holds publication up. */
export function ParallelProcessesSection({ view, saveRecord, removeRecord }: SectionProps) {
  const stage = useStageEditing<string>();
  return (
    <section aria-labelledby="parallel-heading" data-testid="parallel-processes-section">
      <SectionHeading lead="Other reviews and proceedings about the same events: a Safeguarding Adult Review, a Domestic Abuse Related Death Review, a coroner’s inquest, criminal proceedings and others.">
        <span id="parallel-heading">Linked and parallel processes</span>
      </SectionHeading>
      {view.canEdit ? null : <ReadOnlyNotice />}
      <SavedNotice message={stage.notice} />
      <RecordList
        view={view}
        type="parallel-process"
        removeRecord={removeRecord}
        editing={stage.editing}
        open={stage.open}
        emptyMessage="No linked or parallel processes recorded."
        addLabel="Add a linked or parallel process"
        card={({ data }) => ({
          title: `${PARALLEL_PROCESS_LABELS[data.process]}${data.delaysPublication ? ': delays publication' : ''}`,
          rows: [
            { key: 'Process', value: PARALLEL_PROCESS_LABELS[data.process] },
            { key: 'Reference', value: text(data.reference) },
            { key: 'Delays publication', value: data.delaysPublication ? 'Yes' : 'No' },
            { key: 'Notes', value: text(data.notes) },
          ],
        })}
        form={(id, initial) => <ParallelProcessForm id={id} initial={initial} view={view} saveRecord={saveRecord} onCancel={stage.close} onSaved={() => stage.saved('The process has been saved.')} />}
      />
    </section>
  );
}
