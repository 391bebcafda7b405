import { useEffect, useRef, type ReactNode } from 'react';
import type { NamedPerson } from '../../../shared/reviews/fields.ts';
import { errorFor, type FieldError } from '../../components/field-errors.ts';
import { NamedPersonFields } from './NamedPersonFields.tsx';

export interface NamedPeopleEditorProps {
  /**
   * The list's field path with dashes ("attendees", "panel"). Row boxes are
   * `${idPrefix}-${index}-name` and `-organisation`, matching main's problem paths; the "Add"
   * button carries `${idPrefix}` itself, so a problem with the whole list ("Add at least one …")
   * links to the button that fixes it.
   */
  readonly idPrefix: string;
  readonly legend: string;
  readonly hint?: ReactNode;
  /** One of them, in lower case: "attendee", "panel member". */
  readonly itemLabel: string;
  readonly people: readonly NamedPerson[];
  readonly onChange: (people: NamedPerson[]) => void;
  readonly errors: readonly FieldError[];
  readonly organisationsListId?: string;
  readonly max?: number;
}

export const EMPTY_NAMED_PERSON: NamedPerson = { name: '', organisation: '' };

/** Rows with no name and no organisation are left out of what is sent: an unused spare row is not a mistake. */
export function withoutEmptyRows(people: readonly NamedPerson[]): NamedPerson[] {
  return people.filter((person) => person.name.trim() !== '' || person.organisation.trim() !== '');
}

/** A list of named people with their organisations, one row each, with add and remove. */
export function NamedPeopleEditor({ idPrefix, legend, hint, itemLabel, people, onChange, errors, organisationsListId, max = 60 }: NamedPeopleEditorProps) {
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(`${idPrefix}-${focusRow.current}-name`)?.focus();
    focusRow.current = null;
  });

  const listError = errorFor(errors, idPrefix);
  const hintId = hint === undefined || hint === null ? null : `${idPrefix}-hint`;
  const describedBy = [hintId, listError === undefined ? null : `${idPrefix}-error`].filter((part) => part !== null).join(' ');
  const add = () => {
    focusRow.current = people.length;
    onChange([...people, EMPTY_NAMED_PERSON]);
  };
  const remove = (index: number) => {
    onChange(people.filter((_, at) => at !== index));
    // Focus would otherwise fall to the page's body when its button disappears.
    requestAnimationFrame(() => document.getElementById(idPrefix)?.focus());
  };

  return (
    <div className={`govuk-form-group${listError === undefined ? '' : ' govuk-form-group--error'}`} data-testid={`named-people-${idPrefix}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy === '' ? undefined : describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        {hintId === null ? null : (
          <div className="govuk-hint" id={hintId}>
            {hint}
          </div>
        )}
        {listError === undefined ? null : (
          <p id={`${idPrefix}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {listError}
          </p>
        )}
        {people.length === 0 ? <p className="govuk-body">{`No ${itemLabel}s added yet.`}</p> : null}
        {people.map((person, index) => (
          // Rows have no identity of their own beyond their place in the list.
          <div key={index} className="govuk-!-margin-bottom-4">
            <NamedPersonFields
              idPrefix={`${idPrefix}-${index}`}
              legend={`${capitalise(itemLabel)} ${index + 1}`}
              person={person}
              onChange={(changed) => onChange(people.map((existing, at) => (at === index ? changed : existing)))}
              errors={errors}
              small
              {...(organisationsListId === undefined ? {} : { organisationsListId })}
            />
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => remove(index)}>
              Remove<span className="govuk-visually-hidden">{` ${itemLabel} ${index + 1}`}</span>
            </button>
          </div>
        ))}
        {people.length >= max ? (
          <p className="govuk-body">{`You have added the most ${itemLabel}s a record can hold (${max}).`}</p>
        ) : (
          <button type="button" id={idPrefix} className="govuk-button govuk-button--secondary" onClick={add}>
            {people.length === 0 ? `Add ${/^[aeiou]/i.test(itemLabel) ? 'an' : 'a'} ${itemLabel}` : `Add another ${itemLabel}`}
          </button>
        )}
      </fieldset>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
