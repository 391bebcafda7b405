import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { describeNamedPerson } from '../components/RecordMeta.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import type { SectionProps } from '../section-props.ts';
import { DeclarationForm } from '../stages/DeclarationForm.tsx';
import { dateText, text, yesNoText } from '../stages/describe-values.ts';
import { RecordList } from '../stages/RecordList.tsx';
import { SavedNotice, useStageEditing } from '../stages/SavedNotice.tsx';

/** Declarations of interest from the review group and panel members, each recorded on the declarer's behalf. */
export function DeclarationsSection({ view, saveRecord, removeRecord }: SectionProps) {
  const stage = useStageEditing<string>();
  return (
    <section aria-labelledby="declarations-heading" data-testid="declarations-section">
      <SectionHeading lead="Everyone on the review group or panel declares whether they have an interest in the case, using the declaration of interest form.">
        <span id="declarations-heading">Declarations of interest</span>
      </SectionHeading>
      {view.canEdit ? null : <ReadOnlyNotice />}
      <SavedNotice message={stage.notice} />
      <RecordList
        view={view}
        type="declaration"
        removeRecord={removeRecord}
        editing={stage.editing}
        open={stage.open}
        emptyMessage="No declarations recorded yet."
        addLabel="Record a declaration"
        sort={(a, b) => a.data.declaredOn.localeCompare(b.data.declaredOn)}
        card={({ data }) => ({
          title: `${data.person.name}: ${data.hasInterest ? 'has an interest' : 'no interest'}`,
          rows: [
            { key: 'Who', value: describeNamedPerson(data.person) },
            { key: 'Date', value: dateText(data.declaredOn) },
            { key: 'Has an interest to declare', value: yesNoText(data.hasInterest) },
            ...(data.hasInterest ? [{ key: 'The interest', value: text(data.details) }] : []),
          ],
        })}
        form={(id, initial) => <DeclarationForm id={id} initial={initial} view={view} saveRecord={saveRecord} onCancel={stage.close} onSaved={() => stage.saved('The declaration has been saved.')} />}
      />
    </section>
  );
}
