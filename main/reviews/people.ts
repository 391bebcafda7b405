/**
 * Adding, changing and removing the people on a case. Each save rewrites the person's search
 * terms in the same transaction, and fills in the name to publish under from the partnership's
 * naming when none was entered, so a case's people carry it from the start.
 */
import { AppError, problemsFromIssues, type Problem } from '../../shared/errors.ts';
import type { CaseView } from '../../shared/ipc/case-calls.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { personInput, type PersonInput, type PersonView } from '../../shared/reviews/people.ts';
import type { Session } from '../security/session.ts';
import { childCodesInUse, deletePerson, findPerson, insertPerson, replaceSearchTerms, updatePerson, type PersonRecord } from '../store/repositories/case-people.ts';
import { requireCaseId } from '../store/repositories/cases.ts';
import { readPublicationNaming } from '../store/repositories/policy-settings.ts';
import { readCase } from './case-view.ts';
import { defaultPublishAs } from './publication-names.ts';
import { normaliseName, searchTermsFor } from './search-terms.ts';

type ParsedPerson = ReturnType<typeof personInput.parse>;

function refuse(problems: readonly Problem[]): never {
  throw new AppError('INVALID_INPUT', problems.length === 1 ? problems[0]!.message : `There are ${problems.length} problems with the person’s details.`, problems);
}

function parsePerson(input: PersonInput): ParsedPerson {
  const parsed = personInput.safeParse(input);
  if (!parsed.success) refuse(problemsFromIssues(parsed.error.issues, ['person']));
  return parsed.data;
}

/** Dates that the schema's shape cannot judge: none in the future, no death before a birth. */
function dateProblems(person: ParsedPerson, today: string): Problem[] {
  const problems: Problem[] = [];
  person.datesOfBirth.forEach((date, index) => {
    if (date > today) problems.push({ path: `person.datesOfBirth.${index}`, message: `The date of birth must be today (${today}) or earlier` });
  });
  const death = person.dateOfDeath;
  if (death !== null) {
    if (death > today) problems.push({ path: 'person.dateOfDeath', message: `The date of death must be today (${today}) or earlier` });
    const latestBirth = [...person.datesOfBirth].sort().at(-1);
    if (latestBirth !== undefined && death < latestBirth) problems.push({ path: 'person.dateOfDeath', message: `The date of death must be on or after the date of birth (${latestBirth})` });
  }
  return problems;
}

/** A name to publish under that is the person's own name would undo the point of it. */
function ownNameProblem(person: ParsedPerson): Problem[] {
  if (person.publishAs === '') return [];
  const published = normaliseName(person.publishAs);
  const own = [person.givenNames, person.familyName, `${person.givenNames} ${person.familyName}`, ...person.otherNames].map(normaliseName);
  return own.includes(published) ? [{ path: 'person.publishAs', message: 'The name to publish under must not be one of the person’s own names' }] : [];
}

export function savePerson(session: Session, reference: string, input: PersonInput): CaseView {
  const store = session.store;
  const caseId = requireCaseId(store.db, reference);
  session.authorise('cases.edit', 'change the people on this case', { caseId });
  const person = parsePerson(input);
  const problems = [...dateProblems(person, todayInLondon()), ...ownNameProblem(person)];
  if (problems.length > 0) refuse(problems);
  const existing = person.id === null ? undefined : findPerson(store.db, caseId, person.id);
  if (person.id !== null && existing === undefined) throw new AppError('NOT_FOUND', `There is no person ${person.id} on case ${reference}.`);

  store.change((db, audit) => {
    let publishAs = person.publishAs;
    if (publishAs === '') {
      const chosen = defaultPublishAs(readPublicationNaming(db), { role: person.role, relationship: person.relationship, current: existing?.publishAs ?? null }, () => childCodesInUse(db, person.id));
      if (!chosen.ok) refuse([{ path: 'person.publishAs', message: chosen.message }]);
      publishAs = chosen.publishAs;
    }
    const record: PersonRecord = {
      role: person.role,
      givenNames: person.givenNames,
      familyName: person.familyName,
      publishAs,
      details: {
        otherNames: person.otherNames,
        datesOfBirth: person.datesOfBirth,
        dateOfDeath: person.dateOfDeath,
        addresses: person.addresses,
        contactDetails: person.contactDetails,
        relationship: person.relationship,
        agency: person.agency,
        notes: person.notes,
      },
    };
    const now = new Date().toISOString();
    const personId = person.id ?? insertPerson(db, caseId, record, now);
    if (person.id !== null) updatePerson(db, personId, record, now);
    replaceSearchTerms(db, personId, searchTermsFor(person));
    // Identifiers only: the audit trail outlives the retention of names.
    audit({ actorId: session.userId, action: 'person.saved', recordType: 'case', recordId: caseId, details: { personId, role: person.role } });
  });
  return readCase(session, reference);
}

export function removePerson(session: Session, reference: string, id: number): CaseView {
  const store = session.store;
  const caseId = requireCaseId(store.db, reference);
  session.authorise('cases.edit', 'change the people on this case', { caseId });
  const person: PersonView | undefined = findPerson(store.db, caseId, id);
  if (person === undefined) throw new AppError('NOT_FOUND', `There is no person ${id} on case ${reference}.`);
  store.change((db, audit) => {
    deletePerson(db, id);
    audit({ actorId: session.userId, action: 'person.removed', recordType: 'case', recordId: caseId, details: { personId: id, role: person.role } });
  });
  return readCase(session, reference);
}
