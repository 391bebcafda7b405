/** Flags an earlier case as a repeat incident: one the person search suggested, or one whose reference is typed in. */
import { useState } from 'react';
import type { Result } from '../../shared/errors.ts';
import { LEARNING_CALLS } from '../../shared/ipc/learning-calls.ts';
import type { CaseLearningView } from '../../shared/learning/learning.ts';
import { TextInput } from '../case/components/TextInput.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { useFormSave } from '../reports/use-form-save.ts';
import { useApi } from '../session/api-context.tsx';
import { LearningForm } from './LearningForm.tsx';

/** Main names the boxes "incident.earlierReference" and "incident.note"; here they are "repeat-…". */
const onScreen = (field: string) => `repeat-${field.replace(/^incident-/, '')}`;

export interface RepeatIncidentFormProps {
  readonly reference: string;
  /** The suggested earlier case, or null when the person types one in. */
  readonly suggested: string | null;
  readonly applyResult: (result: Result<CaseLearningView>) => Result<CaseLearningView>;
  readonly onSaved: (earlierReference: string) => void;
  readonly onCancel: () => void;
}

export function RepeatIncidentForm({ reference, suggested, applyResult, onSaved, onCancel }: RepeatIncidentFormProps) {
  const call = useApi();
  const saving = useFormSave(applyResult, { fieldFor: onScreen });
  const [earlierReference, setEarlierReference] = useState(suggested ?? '');
  const [note, setNote] = useState('');
  const submit = async () => {
    const input = { reference, incident: { earlierReference, note } };
    if (await saving.submit(LEARNING_CALLS['learning.flagRepeat'].input, input, (checked) => call('learning.flagRepeat', checked))) onSaved(earlierReference.trim());
  };
  return (
    <LearningForm
      title={suggested === null ? 'Flag another case as a repeat incident' : `Flag ${suggested} as a repeat incident`}
      level={4}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Flag as a repeat incident"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="repeat-incident-form"
    >
      {suggested === null ? (
        <TextInput
          id={onScreen('earlierReference')}
          label="Reference of the earlier case"
          hint="For example, PRM-2024-007"
          value={earlierReference}
          onChange={setEarlierReference}
          error={saving.errorFor(onScreen('earlierReference'))}
          widthClass="govuk-input--width-10"
        />
      ) : null}
      <TextArea
        id={onScreen('note')}
        label="Why is it a repeat incident? (optional)"
        hint="For example, the same concerns about neglect, two years later"
        value={note}
        onChange={setNote}
        error={saving.errorFor(onScreen('note'))}
        rows={3}
      />
    </LearningForm>
  );
}
