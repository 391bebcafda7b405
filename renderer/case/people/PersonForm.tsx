import { useState, type FormEvent } from 'react';
import type { CaseView } from '../../../shared/ipc/case-calls.ts';
import { PERSON_ROLE_LABELS, PERSON_ROLES, type PersonView } from '../../../shared/reviews/people.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../../components/field-errors.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { fieldErrorsFrom } from '../../components/problems.ts';
import { useApi } from '../../session/api-context.tsx';
import { FormHeading } from '../components/FormHeading.tsx';
import { OrganisationSuggestions } from '../components/OrganisationSuggestions.tsx';
import { TextInput } from '../components/TextInput.tsx';
import { useOrganisations } from '../components/use-organisations.ts';
import { checkPerson } from './check-person.ts';
import { answersFromPerson, EMPTY_PERSON, onListBoxes, personFromAnswers, type PersonAnswers } from './person-answers.ts';

const ROLE_HINTS: Readonly<Record<(typeof PERSON_ROLES)[number], string>> = {
  child: 'A child the review is about; siblings are added one by one',
  'family-member': 'A parent, carer, relative or someone in the household',
  practitioner: 'Someone who worked with the child or family for an agency',
  other: 'Anyone else named in the case',
};

function publishAsHint(naming: CaseView['publicationNaming']): string {
  return naming === 'letter-codes'
    ? 'The partnership publishes under letter codes, such as “Child A” or “Children F, G and H”. Leave this empty to give a child the next free letter code, and anyone else their relationship (for example “Mother”).'
    : 'The partnership publishes under chosen pseudonyms. Enter the pseudonym agreed for this person. Left empty, a child is given the next free letter code and anyone else their relationship (for example “Mother”).';
}

export interface PersonFormProps {
  readonly view: CaseView;
  /** The person to change, or null to add someone. */
  readonly person: PersonView | null;
  /** The role chosen to begin with, for a new person ("child" while the case has none). */
  readonly defaultRole?: string;
  readonly onSaved: (view: CaseView, name: string) => void;
  readonly onCancel: () => void;
}

/**
 * Adding or changing one person on the case. Everything here but the published name is what a
 * publication copy must never contain, so it is asked for in full now, for redaction later.
 */
export function PersonForm({ view, person, defaultRole = '', onSaved, onCancel }: PersonFormProps) {
  const call = useApi();
  const organisations = useOrganisations();
  const [answers, setAnswers] = useState<PersonAnswers>(() => (person === null ? { ...EMPTY_PERSON, role: defaultRole } : answersFromPerson(person)));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  const set = (field: Exclude<keyof PersonAnswers, 'id'>) => (value: string) => setAnswers((current) => ({ ...current, [field]: value }));
  const error = (field: string) => errorFor(errors, field);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const checked = checkPerson(personFromAnswers(answers));
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    const result = await call('people.save', { reference: view.summary.reference, person: checked.person });
    setSaving(false);
    if (result.ok) onSaved(result.value, `${checked.person.givenNames} ${checked.person.familyName}`);
    else if (result.error.code !== 'LOCKED') setErrors(onListBoxes(fieldErrorsFrom(result.error, 'person.')));
  };

  const listHint = (example: string) => `One per line. ${example}`;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="person-form">
      <FormHeading>{person === null ? 'Add a person' : `Change ${person.givenNames} ${person.familyName}`}</FormHeading>
      <ErrorSummary errors={errors} />
      <OrganisationSuggestions id="person-organisations" organisations={organisations.all} />
      <Radios
        id="role"
        legend="Their role in the case"
        value={answers.role}
        onChange={set('role')}
        options={PERSON_ROLES.map((role) => ({ value: role, label: PERSON_ROLE_LABELS[role], hint: ROLE_HINTS[role] }))}
        error={error('role')}
      />
      <TextInput id="givenNames" label="Given names" value={answers.givenNames} onChange={set('givenNames')} error={error('givenNames')} widthClass="govuk-input--width-20" />
      <TextInput id="familyName" label="Family name" value={answers.familyName} onChange={set('familyName')} error={error('familyName')} widthClass="govuk-input--width-20" />
      <TextArea
        id="otherNames"
        label="Other names (optional)"
        hint={listHint('Nicknames, former surnames, and the spellings agencies used, so that a search finds them and a publication copy leaves them out.')}
        value={answers.otherNames}
        onChange={set('otherNames')}
        error={error('otherNames')}
        rows={3}
      />
      <TextArea
        id="datesOfBirth"
        label="Dates of birth (optional)"
        hint={listHint('If agencies recorded different dates, enter each. For example, 27/3/2019.')}
        value={answers.datesOfBirth}
        onChange={set('datesOfBirth')}
        error={error('datesOfBirth')}
        rows={2}
      />
      <DateInput id="dateOfDeath" label="Date of death (optional)" value={answers.dateOfDeath} onChange={set('dateOfDeath')} error={error('dateOfDeath')} />
      <TextArea
        id="addresses"
        label="Addresses (optional)"
        hint={listHint('Write each address on one line, with commas between its parts.')}
        value={answers.addresses}
        onChange={set('addresses')}
        error={error('addresses')}
        rows={3}
      />
      <TextArea
        id="contactDetails"
        label="Contact details (optional)"
        hint={listHint('Phone numbers, email addresses and social media names.')}
        value={answers.contactDetails}
        onChange={set('contactDetails')}
        error={error('contactDetails')}
        rows={3}
      />
      <TextInput
        id="relationship"
        label="Relationship or job title (optional)"
        hint="To the child, for a family member (for example Mother); their job, for a practitioner (for example Health visitor)"
        value={answers.relationship}
        onChange={set('relationship')}
        error={error('relationship')}
        widthClass="govuk-input--width-20"
      />
      <TextInput
        id="agency"
        label="Agency (optional)"
        hint="For a practitioner, the agency they work for"
        value={answers.agency}
        onChange={set('agency')}
        error={error('agency')}
        widthClass="govuk-input--width-30"
        list="person-organisations"
      />
      <TextInput id="publishAs" label="Name to publish under (optional)" hint={publishAsHint(view.publicationNaming)} value={answers.publishAs} onChange={set('publishAs')} error={error('publishAs')} widthClass="govuk-input--width-20" />
      <TextArea id="notes" label="Notes (optional)" value={answers.notes} onChange={set('notes')} error={error('notes')} rows={3} />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={saving}>
          {saving ? 'Saving…' : person === null ? 'Add the person' : 'Save the changes'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
