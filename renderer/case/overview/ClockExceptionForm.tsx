import { useState, type FormEvent } from 'react';
import type { CaseView } from '../../../shared/ipc/case-calls.ts';
import { CLOCK_DEFINITIONS, CLOCKS, type ClockName } from '../../../shared/reviews/clocks.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../../components/field-errors.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Select } from '../../components/form/Select.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { fieldErrorsFrom } from '../../components/problems.ts';
import { TextInput } from '../components/TextInput.tsx';
import type { SectionProps } from '../section-props.ts';

interface Answers {
  readonly clock: string;
  readonly subject: string;
  readonly reason: string;
  readonly panelToldOn: string;
}

const EMPTY: Answers = { clock: '', subject: '', reason: '', panelToldOn: '' };

function isClockName(value: string): value is ClockName {
  return (CLOCKS as readonly string[]).includes(value);
}

/** The form's own checks of what is obviously missing; main checks everything again. */
export function checkClockException(answers: Answers): FieldError[] {
  const errors: FieldError[] = [];
  if (!isClockName(answers.clock)) errors.push({ field: 'clock', message: 'Choose the clock' });
  if (answers.reason.trim() === '') errors.push({ field: 'reason', message: 'Enter the reason for the delay' });
  return errors;
}

export interface ClockExceptionFormProps {
  readonly view: CaseView;
  readonly saveRecord: SectionProps['saveRecord'];
  readonly onSaved: () => void;
  readonly onCancel: () => void;
}

/**
 * Recording a delay or exception to a clock. The policy says delays "must be shared with the
 * National Panel", so the date the Panel was told is asked for beside the reason.
 */
export function ClockExceptionForm({ view, saveRecord, onSaved, onCancel }: ClockExceptionFormProps) {
  const [answers, setAnswers] = useState<Answers>(EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  // The case's own clocks first, since those are the ones that can be late.
  const caseClocks = [...new Set(view.clocks.map((clock) => clock.clock))];
  const options = [...caseClocks, ...CLOCKS.filter((clock) => !caseClocks.includes(clock))].map((clock) => ({ value: clock, label: CLOCK_DEFINITIONS[clock].label }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const found = checkClockException(answers);
    if (found.length > 0 || !isClockName(answers.clock)) {
      setErrors(found);
      return;
    }
    setSaving(true);
    const result = await saveRecord(null, {
      type: 'clock-exception',
      data: { clock: answers.clock, subject: answers.subject, reason: answers.reason, panelToldOn: answers.panelToldOn === '' ? null : answers.panelToldOn },
    });
    setSaving(false);
    if (result.ok) {
      setAnswers(EMPTY);
      setErrors([]);
      onSaved();
    } else if (result.error.code !== 'LOCKED') setErrors(fieldErrorsFrom(result.error, 'record.data.'));
  };

  const set = (field: keyof Answers) => (value: string) => setAnswers({ ...answers, [field]: value });
  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="clock-exception-form">
      <h3 className="govuk-heading-m">Record a delay or exception</h3>
      <ErrorSummary errors={errors} />
      <Select id="clock" label="Which clock" value={answers.clock} onChange={set('clock')} options={options} error={errorFor(errors, 'clock')} />
      <TextInput
        id="subject"
        label="What it is about (optional)"
        hint="For a clock that runs once per agency or meeting, say which one, for example Greater Manchester Police"
        value={answers.subject}
        onChange={set('subject')}
        error={errorFor(errors, 'subject')}
      />
      <TextArea id="reason" label="Reason for the delay or exception" value={answers.reason} onChange={set('reason')} error={errorFor(errors, 'reason')} />
      <DateInput
        id="panelToldOn"
        label="Date the National Panel was told (optional)"
        hint="Delays and exceptions to these timescales must be shared with the National Panel. Leave this empty until it has been told. For example, 27 3 2026"
        value={answers.panelToldOn}
        onChange={set('panelToldOn')}
        error={errorFor(errors, 'panelToldOn')}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={saving}>
          {saving ? 'Saving…' : 'Save the delay or exception'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
