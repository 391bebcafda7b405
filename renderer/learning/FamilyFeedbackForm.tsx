/** Records (or corrects) one piece of the family's feedback on the review. */
import { useState } from 'react';
import type { z } from 'zod';
import type { Result } from '../../shared/errors.ts';
import { LEARNING_CALLS } from '../../shared/ipc/learning-calls.ts';
import { FAMILY_SENSITIVITY, FAMILY_SENSITIVITY_LABELS, type CaseLearningView, type familyFeedbackView } from '../../shared/learning/learning.ts';
import { DateInput } from '../components/form/DateInput.tsx';
import { Radios } from '../components/form/Radios.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { useFormSave } from '../reports/use-form-save.ts';
import { useApi } from '../session/api-context.tsx';
import { LearningForm } from './LearningForm.tsx';

/** Main names the boxes "feedback.receivedOn" and so on; here they are "family-…". */
const onScreen = (field: string) => `family-${field.replace(/^feedback-/, '')}`;

export interface FamilyFeedbackFormProps {
  readonly reference: string;
  readonly initial: z.infer<typeof familyFeedbackView> | null;
  readonly applyResult: (result: Result<CaseLearningView>) => Result<CaseLearningView>;
  readonly onSaved: () => void;
  readonly onCancel: () => void;
}

export function FamilyFeedbackForm({ reference, initial, applyResult, onSaved, onCancel }: FamilyFeedbackFormProps) {
  const call = useApi();
  const saving = useFormSave(applyResult, { fieldFor: onScreen });
  const [receivedOn, setReceivedOn] = useState(initial?.receivedOn ?? '');
  const [sensitive, setSensitive] = useState<string>(initial?.sensitive ?? '');
  const [comments, setComments] = useState(initial?.comments ?? '');
  const submit = async () => {
    const input = { reference, id: initial?.id ?? null, feedback: { receivedOn, sensitive: sensitive === '' ? undefined : sensitive, comments } };
    if (await saving.submit(LEARNING_CALLS['learning.saveFamilyFeedback'].input, input, (checked) => call('learning.saveFamilyFeedback', checked))) onSaved();
  };
  return (
    <LearningForm
      title={initial === null ? 'Record the family’s feedback' : 'Change the family’s feedback'}
      level={4}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the feedback"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="family-feedback-form"
    >
      <DateInput id={onScreen('receivedOn')} label="When did the family give their feedback?" value={receivedOn} onChange={setReceivedOn} error={saving.errorFor(onScreen('receivedOn'))} />
      <Radios
        id={onScreen('sensitive')}
        legend="Did the family feel the review was sensitive to them?"
        value={sensitive}
        onChange={setSensitive}
        error={saving.errorFor(onScreen('sensitive'))}
        options={FAMILY_SENSITIVITY.map((value) => ({ value, label: FAMILY_SENSITIVITY_LABELS[value] }))}
      />
      <TextArea
        id={onScreen('comments')}
        label="What did the family say? (optional)"
        hint="In their words where you can, without details that identify them"
        value={comments}
        onChange={setComments}
        error={saving.errorFor(onScreen('comments'))}
        rows={4}
      />
    </LearningForm>
  );
}
