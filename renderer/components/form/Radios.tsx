import type { ReactNode } from 'react';
import { choiceId, Fieldset } from './Fieldset.tsx';

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

export interface RadiosProps {
  readonly id: string;
  readonly legend: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /** '' while nothing is chosen. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly ChoiceOption[];
  /** Side by side, for two short answers such as Yes and No. */
  readonly inline?: boolean;
}

/** GOV.UK radios: one answer from a few. The first radio has the group's id (see choiceId). */
export function Radios({ id, legend, hint, error, value, onChange, options, inline = false }: RadiosProps) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`}>
        {options.map((option, index) => {
          const optionId = choiceId(id, index);
          return (
            <div className="govuk-radios__item" key={option.value}>
              <input
                className="govuk-radios__input"
                id={optionId}
                name={id}
                type="radio"
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={option.hint === undefined ? undefined : `${optionId}-item-hint`}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint === undefined ? null : (
                <div id={`${optionId}-item-hint`} className="govuk-hint govuk-radios__hint">
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

/** The usual Yes/No pair, for a boolean kept as 'yes', 'no' or '' (not answered). */
export const YES_NO: readonly ChoiceOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
