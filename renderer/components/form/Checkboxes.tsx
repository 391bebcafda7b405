import type { ReactNode } from 'react';
import { choiceId, Fieldset } from './Fieldset.tsx';
import type { ChoiceOption } from './Radios.tsx';

// GOV.UK Frontend has inline radios but no inline checkboxes; this lays them out the same way.
const INLINE = { display: 'flex', flexWrap: 'wrap', columnGap: '20px' } as const;

export interface CheckboxesProps {
  readonly id: string;
  readonly legend: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /** The values ticked, in any order. */
  readonly value: readonly string[];
  readonly onChange: (value: string[]) => void;
  readonly options: readonly ChoiceOption[];
  readonly inline?: boolean;
  /** Smaller boxes, for filters beside a table. */
  readonly small?: boolean;
}

/** GOV.UK checkboxes: any number of answers from a list. The first box has the group's id. */
export function Checkboxes({ id, legend, hint, error, value, onChange, options, inline = false, small = false }: CheckboxesProps) {
  const toggle = (option: string, checked: boolean) => {
    // Kept in the options' order, so what is sent does not depend on the order of clicking.
    onChange(options.map((each) => each.value).filter((each) => (each === option ? checked : value.includes(each))));
  };
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`} style={inline ? INLINE : undefined}>
        {options.map((option, index) => (
          <CheckboxItem
            key={option.value}
            id={choiceId(id, index)}
            name={id}
            label={option.label}
            hint={option.hint}
            checked={value.includes(option.value)}
            onChange={(checked) => toggle(option.value, checked)}
          />
        ))}
      </div>
    </Fieldset>
  );
}

export interface CheckboxProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly small?: boolean;
}

/**
 * One checkbox on its own, for a single yes-or-not statement ("Overdue only", "Quorate").
 * Its label is the whole question, so it needs no fieldset.
 */
export function Checkbox({ id, label, hint, error, checked, onChange, small = false }: CheckboxProps) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      {error === undefined ? null : (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}>
        <CheckboxItem id={id} name={id} label={label} hint={hint} error={error} checked={checked} onChange={onChange} />
      </div>
    </div>
  );
}

interface CheckboxItemProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

function CheckboxItem({ id, name, label, hint, error, checked, onChange }: CheckboxItemProps) {
  const described = [hint === undefined ? null : `${id}-item-hint`, error === undefined ? null : `${id}-error`].filter((part) => part !== null).join(' ');
  return (
    <div className="govuk-checkboxes__item">
      <input
        className="govuk-checkboxes__input"
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={described === '' ? undefined : described}
      />
      <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
        {label}
      </label>
      {hint === undefined ? null : (
        <div id={`${id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
          {hint}
        </div>
      )}
    </div>
  );
}
