/**
 * What a request letter is made from: the letterhead, the request, the case's rapid review
 * meeting, and the people the agency must search its records for (the children and family
 * members, with every name, date of birth and address recorded, since an agency matches its
 * records on those).
 */
import type { PersonView } from '../../shared/reviews/people.ts';
import type { Letterhead } from '../../shared/evidence/letterhead.ts';
import type { LetterSubject, RequestLetterInput } from '../exports/pdf/pdf-inputs.ts';
import type { Db } from '../store/open-database.ts';
import { listClocks } from '../store/repositories/case-clocks.ts';
import { listPeople } from '../store/repositories/case-people.ts';
import { listRecords } from '../store/repositories/case-records.ts';
import type { StoredRequest } from '../store/repositories/information-requests.ts';
import { readClockPolicy } from '../store/repositories/policy-settings.ts';
import { meetingFor } from './case-meeting.ts';

/** "Mother" for a family member recorded with that relationship; "Child" or "Family member" otherwise. */
function subjectRole(person: PersonView): string {
  if (person.role === 'child') return 'Child';
  const relationship = person.relationship.trim();
  return relationship === '' ? 'Family member' : relationship.charAt(0).toUpperCase() + relationship.slice(1);
}

export function letterSubjects(db: Db, caseId: number): LetterSubject[] {
  return listPeople(db, caseId)
    .filter((person) => person.role === 'child' || person.role === 'family-member')
    .map((person) => ({
      role: subjectRole(person),
      name: `${person.givenNames} ${person.familyName}`,
      otherNames: person.otherNames,
      datesOfBirth: person.datesOfBirth,
      addresses: person.addresses,
    }));
}

/**
 * The working days the letter gives: the amount the request's clock started with, so the letter
 * agrees with the due date it prints even after the policy changes; the policy's own otherwise.
 */
function workingDaysGiven(db: Db, caseId: number, agency: string): number {
  const clock = listClocks(db, caseId).find((candidate) => candidate.clock === 'agency-returns' && candidate.subject === agency);
  return clock?.amount ?? readClockPolicy(db).amounts['agency-returns'];
}

export function requestLetterInput(db: Db, caseId: number, reference: string, request: StoredRequest, letterhead: Letterhead): RequestLetterInput {
  return {
    letterhead,
    reference,
    letterDate: request.sentOn,
    recipient: { name: request.recipientName, role: request.recipientRole, agency: request.agency, email: request.recipientEmail },
    dueOn: request.dueOn,
    workingDays: workingDaysGiven(db, caseId, request.agency),
    secureFiles: request.secureFiles,
    meeting: meetingFor(listRecords(db, caseId), request.sentOn),
    subjects: letterSubjects(db, caseId),
  };
}
