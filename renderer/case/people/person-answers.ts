/** Between the person form's boxes and the personInput main checks: lists are typed one per line. */
import type { PersonInput, PersonView } from '../../../shared/reviews/people.ts';
import type { FieldError } from '../../components/field-errors.ts';

export interface PersonAnswers {
  readonly id: number | null;
  readonly role: string;
  readonly givenNames: string;
  readonly familyName: string;
  readonly otherNames: string;
  readonly datesOfBirth: string;
  readonly dateOfDeath: string;
  readonly addresses: string;
  readonly contactDetails: string;
  readonly relationship: string;
  readonly agency: string;
  readonly publishAs: string;
  readonly notes: string;
}

export const EMPTY_PERSON: PersonAnswers = {
  id: null,
  role: '',
  givenNames: '',
  familyName: '',
  otherNames: '',
  datesOfBirth: '',
  dateOfDeath: '',
  addresses: '',
  contactDetails: '',
  relationship: '',
  agency: '',
  publishAs: '',
  notes: '',
};

/** The fields typed one item per line. An address keeps its own lines joined by commas. */
export const LIST_FIELDS = ['otherNames', 'datesOfBirth', 'addresses', 'contactDetails'] as const;

export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** "27/3/2019" as "2019-03-27"; anything else is passed on as typed, for main's message to name. */
export function isoFromTypedDate(text: string): string {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (match === null) return text.trim();
  return `${match[3]}-${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
}

export function answersFromPerson(person: PersonView): PersonAnswers {
  return {
    id: person.id,
    role: person.role,
    givenNames: person.givenNames,
    familyName: person.familyName,
    otherNames: person.otherNames.join('\n'),
    datesOfBirth: person.datesOfBirth.join('\n'),
    dateOfDeath: person.dateOfDeath ?? '',
    addresses: person.addresses.join('\n'),
    contactDetails: person.contactDetails.join('\n'),
    relationship: person.relationship,
    agency: person.agency,
    publishAs: person.publishAs,
    notes: person.notes,
  };
}

export function personFromAnswers(answers: PersonAnswers): Record<keyof PersonInput, unknown> {
  return {
    id: answers.id,
    // Unchosen goes as undefined, so the schema's own "Choose the person’s role" is the message.
    role: answers.role === '' ? undefined : answers.role,
    givenNames: answers.givenNames,
    familyName: answers.familyName,
    otherNames: linesOf(answers.otherNames),
    datesOfBirth: linesOf(answers.datesOfBirth).map(isoFromTypedDate),
    dateOfDeath: answers.dateOfDeath.trim() === '' ? null : answers.dateOfDeath,
    addresses: linesOf(answers.addresses),
    contactDetails: linesOf(answers.contactDetails),
    relationship: answers.relationship,
    agency: answers.agency,
    publishAs: answers.publishAs,
    notes: answers.notes,
  };
}

/**
 * A problem with one line of a list ("datesOfBirth-1") belongs beside the box the list is typed
 * in, and says which line it means.
 */
export function onListBoxes(errors: readonly FieldError[]): FieldError[] {
  return errors.map((error) => {
    const match = error.field === undefined ? null : /^([A-Za-z]+)-(\d+)$/.exec(error.field);
    const field = match?.[1];
    if (match === null || field === undefined || !(LIST_FIELDS as readonly string[]).includes(field)) return error;
    return { field, message: `Line ${Number(match[2]) + 1}: ${error.message}` };
  });
}
