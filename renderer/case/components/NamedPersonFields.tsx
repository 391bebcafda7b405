import type { ReactNode } from 'react';
import type { NamedPerson } from '../../../shared/reviews/fields.ts';
import { errorFor, type FieldError } from '../../components/field-errors.ts';
import { TextInput } from './TextInput.tsx';

export interface NamedPersonFieldsProps {
  /** The field path with dashes ("chair", "person"): the boxes are `${idPrefix}-name` and `${idPrefix}-organisation`. */
  readonly idPrefix: string;
  readonly legend: string;
  readonly hint?: ReactNode;
  readonly person: NamedPerson;
  readonly onChange: (person: NamedPerson) => void;
  readonly errors: readonly FieldError[];
  /** The id of an OrganisationSuggestions list on the page, if there is one. */
  readonly organisationsListId?: string;
  /** Smaller legend, for a person inside a list. */
  readonly small?: boolean;
}

/** One named person and their organisation: a chair, an endorser, a declarer, who may have no account here. */
export function NamedPersonFields({ idPrefix, legend, hint, person, onChange, errors, organisationsListId, small = false }: NamedPersonFieldsProps) {
  const hintId = hint === undefined || hint === null ? undefined : `${idPrefix}-hint`;
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby={hintId}>
        <legend className={`govuk-fieldset__legend ${small ? 'govuk-fieldset__legend--s' : 'govuk-fieldset__legend--m'}`}>{legend}</legend>
        {hintId === undefined ? null : (
          <div className="govuk-hint" id={hintId}>
            {hint}
          </div>
        )}
        <TextInput
          id={`${idPrefix}-name`}
          label="Full name"
          value={person.name}
          onChange={(name) => onChange({ ...person, name })}
          error={errorFor(errors, `${idPrefix}-name`)}
          widthClass="govuk-input--width-30"
        />
        <TextInput
          id={`${idPrefix}-organisation`}
          label="Organisation"
          hint="The organisation they belong to, as the partnership spells it"
          value={person.organisation}
          onChange={(organisation) => onChange({ ...person, organisation })}
          error={errorFor(errors, `${idPrefix}-organisation`)}
          widthClass="govuk-input--width-30"
          {...(organisationsListId === undefined ? {} : { list: organisationsListId })}
        />
      </fieldset>
    </div>
  );
}
