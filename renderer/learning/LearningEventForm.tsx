/** Records a learning event or reflective session, with who came and what participants said. */
import { useState } from 'react';
import type { Result } from '../../shared/errors.ts';
import { LEARNING_EVENT_KIND_LABELS, LEARNING_EVENT_KINDS, learningEventInput, type LearningEventsView, type LearningEventView } from '../../shared/learning/learning.ts';
import { TextInput } from '../case/components/TextInput.tsx';
import { DateInput } from '../components/form/DateInput.tsx';
import { NumberField } from '../components/form/NumberField.tsx';
import { Radios } from '../components/form/Radios.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { useFormSave } from '../reports/use-form-save.ts';
import { useApi } from '../session/api-context.tsx';
import { eventAnswers, eventToSend, type EventAnswers } from './event-answers.ts';
import { LearningForm } from './LearningForm.tsx';

/** The form's boxes are "event-title" and so on: main names them "event.title", the schema "title". */
const onScreen = (field: string) => `event-${field}`;

const KIND_HINTS = {
  'learning-event': 'Shares a review’s learning, or a theme’s, with a wider group of practitioners',
  'reflective-session': 'Practitioners reflect together on their own practice in a case or theme',
} as const;

export interface LearningEventFormProps {
  /** Null to record a new one. */
  readonly initial: LearningEventView | null;
  readonly applyResult: (result: Result<LearningEventsView>) => Result<LearningEventsView>;
  readonly onSaved: (title: string) => void;
  readonly onCancel: () => void;
}

export function LearningEventForm({ initial, applyResult, onSaved, onCancel }: LearningEventFormProps) {
  const call = useApi();
  const saving = useFormSave(applyResult, { problemPrefix: 'event.', fieldFor: onScreen });
  const [answers, setAnswers] = useState<EventAnswers>(() => eventAnswers(initial));
  const set = (field: keyof EventAnswers) => (value: string) => setAnswers((current) => ({ ...current, [field]: value }));
  const errorFor = (field: keyof EventAnswers) => saving.errorFor(onScreen(field));

  const submit = async () => {
    const saved = await saving.submit(learningEventInput, eventToSend(answers), (event) => call('learning.saveEvent', { id: initial?.id ?? null, event }));
    if (saved) onSaved(answers.title.trim());
  };

  return (
    <LearningForm
      title={initial === null ? 'Record a learning event or reflective session' : `Change “${initial.title}”`}
      level={3}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the event"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="learning-event-form"
    >
      <Radios
        id={onScreen('kind')}
        legend="Was it a learning event or a reflective session?"
        value={answers.kind}
        onChange={set('kind')}
        error={errorFor('kind')}
        options={LEARNING_EVENT_KINDS.map((kind) => ({ value: kind, label: LEARNING_EVENT_KIND_LABELS[kind], hint: KIND_HINTS[kind] }))}
      />
      <TextInput id={onScreen('title')} label="Title" hint="For example, Hearing the voice of the child: learning from PRM-2025-004" value={answers.title} onChange={set('title')} error={errorFor('title')} />
      <DateInput id={onScreen('heldOn')} label="When was it held?" value={answers.heldOn} onChange={set('heldOn')} error={errorFor('heldOn')} />
      <TextArea id={onScreen('audience')} label="Who was it for?" hint="For example, health visitors, school safeguarding leads and social workers" value={answers.audience} onChange={set('audience')} error={errorFor('audience')} rows={2} />
      <TextInput
        id={onScreen('reference')}
        label="Which review’s learning did it share? (optional)"
        hint="The case reference, for example PRM-2025-004. Leave it empty for a theme or the partnership’s learning as a whole."
        value={answers.reference}
        onChange={set('reference')}
        error={errorFor('reference')}
        widthClass="govuk-input--width-10"
      />
      <NumberField id={onScreen('attendance')} label="How many attended?" value={answers.attendance} onChange={set('attendance')} error={errorFor('attendance')} suffix="people" />
      <NumberField
        id={onScreen('feedbackResponses')}
        label="How many gave feedback?"
        hint="Enter 0 if no feedback was asked for"
        value={answers.feedbackResponses}
        onChange={set('feedbackResponses')}
        error={errorFor('feedbackResponses')}
        suffix="people"
      />
      <NumberField
        id={onScreen('understandBetter')}
        label="How many said they now understand the issues better?"
        value={answers.understandBetter}
        onChange={set('understandBetter')}
        error={errorFor('understandBetter')}
        suffix="people"
      />
      <TextArea id={onScreen('notes')} label="Notes (optional)" hint="What participants said they would do differently, for example" value={answers.notes} onChange={set('notes')} error={errorFor('notes')} rows={4} />
    </LearningForm>
  );
}
