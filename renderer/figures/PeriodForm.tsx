/**
 * The period the figures are for: one of the last few financial years, or other dates typed
 * in, shown when the button is pressed. Nothing is counted on choosing alone: a keyboard user
 * moving through the years with the arrow keys would otherwise set off a count at every step.
 * A financial year is the default because the annual report is written for one.
 */
import { useState, type FormEvent } from 'react';
import type { FiguresPeriod } from '../../shared/figures/figures.ts';
import { describedBy, FieldLabelling } from '../components/FieldLabelling.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { DateInput } from '../components/form/DateInput.tsx';
import { choiceFor, OTHER_DATES, periodChoices, periodForYear } from './period-choices.ts';
import { PERIOD_FIELDS } from './use-figures.ts';

const CHOICE_ID = 'figures-period';
const CHOICE_HINT = 'A financial year runs from 1 April to 31 March.';

export interface PeriodFormProps {
  readonly asked: FiguresPeriod;
  readonly today: string;
  readonly errors: readonly FieldError[];
  readonly onAsk: (period: FiguresPeriod) => void;
}

export function PeriodForm({ asked, today, errors, onAsk }: PeriodFormProps) {
  const [choice, setChoice] = useState(() => choiceFor(asked, today));
  const [from, setFrom] = useState(asked.from);
  const [to, setTo] = useState(asked.to);

  const choose = (value: string) => {
    setChoice(value);
    // Other dates start from the period last asked for, so changing one end is a small edit.
    if (value === OTHER_DATES) {
      setFrom(asked.from);
      setTo(asked.to);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onAsk(choice === OTHER_DATES ? { from, to } : periodForYear(choice));
  };

  return (
    <form noValidate onSubmit={submit} aria-label="Choose the period" data-testid="figures-period" className="prm-figures-period">
      <div className="govuk-form-group">
        <FieldLabelling id={CHOICE_ID} label="Period" hint={CHOICE_HINT} />
        <select className="govuk-select" id={CHOICE_ID} name={CHOICE_ID} value={choice} onChange={(event) => choose(event.target.value)} aria-describedby={describedBy(CHOICE_ID, CHOICE_HINT, undefined)}>
          {periodChoices(today).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {choice === OTHER_DATES ? (
        <>
          <DateInput id={PERIOD_FIELDS.from} label="First day" hint="For example, 1 4 2025" value={from} onChange={setFrom} error={errorFor(errors, PERIOD_FIELDS.from)} />
          <DateInput id={PERIOD_FIELDS.to} label="Last day" hint="Included in the period. For example, 31 3 2026" value={to} onChange={setTo} error={errorFor(errors, PERIOD_FIELDS.to)} />
        </>
      ) : null}
      <button type="submit" className="govuk-button govuk-button--secondary">
        Show the figures
      </button>
    </form>
  );
}
