/**
 * Choosing an agency's nominated representative: from the agency's users where the list can be
 * read, else by name. When the agency has nobody on this install, it says so and what to do.
 */
import { Select } from '../components/form/Select.tsx';
import { TextInput } from '../case/components/TextInput.tsx';
import { agencyPeople, type PeopleList } from './use-agency-people.ts';

export interface RepresentativeFieldProps {
  readonly id: string;
  readonly label: string;
  readonly agency: string;
  readonly people: PeopleList;
  /** People who cannot be chosen (the current representative). */
  readonly except?: readonly string[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
}

const HINT = 'The only person who can open the agency’s secured files for this case. They need their own account on this install.';

export function RepresentativeField({ id, label, agency, people, except = [], value, onChange, error }: RepresentativeFieldProps) {
  if (people.state === 'loading') {
    return (
      <p className="govuk-body" role="status">
        Loading the people who can be chosen…
      </p>
    );
  }
  const names = agencyPeople(people, agency, except);
  if (names === null) {
    return <TextInput id={id} label={label} hint={`${HINT} Enter their full name as they sign in.`} value={value} onChange={onChange} error={error} widthClass="govuk-input--width-20" />;
  }
  if (agency === '') {
    return <Select id={id} label={label} hint={`${HINT} Choose the agency first.`} value="" onChange={onChange} options={[]} error={error} />;
  }
  if (names.length === 0) {
    return (
      <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`} data-testid="no-agency-people">
        <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{label}</h4>
        {error === undefined ? null : (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <p className="govuk-body" id={id} tabIndex={-1}>
          {except.length === 0
            ? `Nobody from ${agency} has an account on this install. Ask an administrator to add the agency’s nominated representative as a user, with ${agency} as their organisation, then come back.`
            : `Nobody else from ${agency} has an account on this install. Ask an administrator to add the new representative as a user, with ${agency} as their organisation, then come back.`}
        </p>
      </div>
    );
  }
  return <Select id={id} label={label} hint={HINT} value={value} onChange={onChange} options={names.map((name) => ({ value: name, label: name }))} error={error} />;
}
