import { useState, type FormEvent } from 'react';
import type { PolicyView } from '../../shared/ipc/case-calls.ts';
import { CLOCK_DEFINITIONS, CLOCKS, describeRule, unitWords } from '../../shared/reviews/clocks.ts';
import type { PublicationNaming } from '../../shared/reviews/people.ts';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { NumberField } from '../components/form/NumberField.tsx';
import { Radios } from '../components/form/Radios.tsx';
import { fieldErrorsFrom } from '../components/problems.ts';
import { useApi } from '../session/api-context.tsx';
import { NAMING_OPTIONS } from './naming.ts';
import { AMBER_FIELD, amountField, answersFrom, checkPolicyAnswers, NAMING_FIELD, type PolicyAnswers } from './policy-answers.ts';

export interface PolicyFormProps {
  readonly view: PolicyView;
  readonly errors: readonly FieldError[];
  readonly onErrors: (errors: FieldError[]) => void;
  readonly onSaved: (view: PolicyView) => void;
}

/** The clocks' amounts, when a deadline shows as due soon, and how people are named in publications. */
export function PolicyForm({ view, errors, onErrors, onSaved }: PolicyFormProps) {
  const call = useApi();
  const [answers, setAnswers] = useState<PolicyAnswers>(() => answersFrom(view));
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkPolicyAnswers(answers);
    if ('problems' in checked) {
      onErrors(checked.problems);
      return;
    }
    setBusy(true);
    const result = await call('policy.save', checked);
    setBusy(false);
    if (result.ok) {
      setAnswers(answersFrom(result.value));
      onSaved(result.value);
    } else if (result.error.code !== 'LOCKED') {
      onErrors(fieldErrorsFrom(result.error, ''));
    }
  };

  return (
    <form noValidate onSubmit={submit} data-testid="policy-form">
      <h2 className="govuk-heading-m">Deadlines</h2>
      <p className="govuk-body">A change applies to deadlines that start from now on. A deadline already running keeps the date it was given.</p>
      {CLOCKS.map((clock) => {
        const definition = CLOCK_DEFINITIONS[clock];
        const typed = Number(answers.amounts[clock]);
        const amount = Number.isInteger(typed) && typed > 0 ? typed : definition.defaultAmount;
        return (
          <NumberField
            key={clock}
            id={amountField(clock)}
            label={`${definition.label} (${unitWords(definition.unit)})`}
            hint={`${describeRule(clock, amount)}. The default is ${definition.defaultAmount}.`}
            value={answers.amounts[clock]}
            onChange={(value) => setAnswers({ ...answers, amounts: { ...answers.amounts, [clock]: value } })}
            error={errorFor(errors, amountField(clock))}
            suffix={unitWords(definition.unit)}
          />
        );
      })}
      <NumberField
        id={AMBER_FIELD}
        label="Due soon (working days)"
        hint="A deadline shows as “Due soon” when this many working days or fewer are left. The default is 2."
        value={answers.amberWorkingDays}
        onChange={(amberWorkingDays) => setAnswers({ ...answers, amberWorkingDays })}
        error={errorFor(errors, AMBER_FIELD)}
        suffix="working days"
      />
      <h2 className="govuk-heading-m">Publication</h2>
      <Radios
        id={NAMING_FIELD}
        legend="How are children named in what the partnership publishes?"
        hint="New people on a case are given a name to publish under in this style. Names already given are kept."
        value={answers.publicationNaming}
        onChange={(value) => setAnswers({ ...answers, publicationNaming: value as PublicationNaming })}
        options={NAMING_OPTIONS}
        error={errorFor(errors, NAMING_FIELD)}
      />
      <button type="submit" className="govuk-button" aria-disabled={busy}>
        Save policy settings
      </button>
    </form>
  );
}
