import { useState } from 'react';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { dateOrNull } from './answers.ts';
import type { StageFormProps } from './form-props.ts';
import { RecordForm } from './RecordForm.tsx';
import { useRecordSave } from './use-record-save.ts';

export const PUBLICATION_DECISION_LABELS = { publish: 'Publish the report', 'do-not-publish': 'Do not publish the report' } as const;

/** The decision to publish (or not, with reasons and the Panel's advice), the Panel's copy, and the dates it went up and came down. */
export function PublicationForm({ id, initial, saveRecord, onCancel, onSaved }: StageFormProps<'publication'>) {
  const saving = useRecordSave(saveRecord);
  const [decision, setDecision] = useState<string>(initial?.decision ?? '');
  const [reasonsNotToPublish, setReasonsNotToPublish] = useState(initial?.reasonsNotToPublish ?? '');
  const [panelAdviceSoughtOn, setPanelAdviceSoughtOn] = useState(initial?.panelAdviceSoughtOn ?? '');
  const [panelAdvice, setPanelAdvice] = useState(initial?.panelAdvice ?? '');
  const [communityImpactAssessment, setCommunityImpactAssessment] = useState(initial?.communityImpactAssessment ?? '');
  const [panelCopySentOn, setPanelCopySentOn] = useState(initial?.panelCopySentOn ?? '');
  const [publicationDate, setPublicationDate] = useState(initial?.publicationDate ?? '');
  const [removalDate, setRemovalDate] = useState(initial?.removalDate ?? '');
  const notPublishing = decision === 'do-not-publish';
  const publishing = decision === 'publish';

  const submit = async () => {
    const saved = await saving.save(id, 'publication', {
      decision,
      reasonsNotToPublish: notPublishing ? reasonsNotToPublish : '',
      panelAdviceSoughtOn: notPublishing ? dateOrNull(panelAdviceSoughtOn) : null,
      panelAdvice: notPublishing ? panelAdvice : '',
      communityImpactAssessment,
      panelCopySentOn: publishing ? dateOrNull(panelCopySentOn) : null,
      publicationDate: publishing ? dateOrNull(publicationDate) : null,
      removalDate: publishing ? dateOrNull(removalDate) : null,
    });
    if (saved) onSaved();
  };

  return (
    <RecordForm
      title={initial === null ? 'Record the publication decision' : 'Change the publication'}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the publication"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="publication-form"
    >
      <Radios
        id="decision"
        legend="Will the report be published?"
        hint="Publication is decided case by case; the aim is to publish every report."
        value={decision}
        onChange={setDecision}
        error={saving.errorFor('decision')}
        options={[
          { value: 'publish', label: PUBLICATION_DECISION_LABELS.publish },
          { value: 'do-not-publish', label: PUBLICATION_DECISION_LABELS['do-not-publish'], hint: 'The decision goes to the National Panel for its advice' },
        ]}
      />
      <TextArea
        id="communityImpactAssessment"
        label="Community impact assessment (optional)"
        hint="What it found, where one informs the decision"
        value={communityImpactAssessment}
        onChange={setCommunityImpactAssessment}
        error={saving.errorFor('communityImpactAssessment')}
        rows={4}
      />
      {notPublishing ? (
        <div className="govuk-inset-text">
          <TextArea id="reasonsNotToPublish" label="Reasons not to publish" value={reasonsNotToPublish} onChange={setReasonsNotToPublish} error={saving.errorFor('reasonsNotToPublish')} rows={4} />
          <DateInput id="panelAdviceSoughtOn" label="Date the National Panel’s advice was sought" value={panelAdviceSoughtOn} onChange={setPanelAdviceSoughtOn} error={saving.errorFor('panelAdviceSoughtOn')} />
          <TextArea
            id="panelAdvice"
            label="What the National Panel advised (optional)"
            hint="Policy 20.2: the Panel is told of a decision not to publish and gives its advice. Record it when it comes."
            value={panelAdvice}
            onChange={setPanelAdvice}
            error={saving.errorFor('panelAdvice')}
            rows={4}
          />
        </div>
      ) : null}
      {publishing ? (
        <>
          <DateInput
            id="panelCopySentOn"
            label="Date the copy went to the National Panel"
            hint="At least 7 days before publication"
            value={panelCopySentOn}
            onChange={setPanelCopySentOn}
            error={saving.errorFor('panelCopySentOn')}
          />
          <DateInput id="publicationDate" label="Publication date" hint="The day it went on the partnership’s website" value={publicationDate} onChange={setPublicationDate} error={saving.errorFor('publicationDate')} />
          <DateInput
            id="removalDate"
            label="Date it was taken off the website"
            hint="At least 12 months after publication. Taking it off the website is not deleting it: the report is kept and is available on request."
            value={removalDate}
            onChange={setRemovalDate}
            error={saving.errorFor('removalDate')}
          />
        </>
      ) : null}
    </RecordForm>
  );
}
