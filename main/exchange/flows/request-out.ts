/**
 * The information request as a bundle to the agency's install (policy sections 11 and 16): what
 * the agency needs to search its records for the child and family, the due date, whether to
 * secure its files, the template workbook it fills in and the letter. The bundle goes only to an
 * install of the agency the request is to: the child's identifying details must not reach another
 * organisation because the wrong contact was chosen.
 */
import { AppError } from '../../../shared/errors.ts';
import { requestPayload, type RequestedPerson, type RequestPayload } from '../../../shared/exchange/payloads.ts';
import type { PersonView } from '../../../shared/reviews/people.ts';
import { caseToChange } from '../../evidence/evidence-access.ts';
import { requestLetter, requestTemplate } from '../../evidence/evidence-exports.ts';
import { dateInWords } from '../../exports/pdf/date-words.ts';
import type { Session } from '../../security/session.ts';
import { listPeople } from '../../store/repositories/case-people.ts';
import { caseSummaryById } from '../../store/repositories/cases.ts';
import type { StoredContact } from '../../store/repositories/exchange-contacts.ts';
import { findRequest } from '../../store/repositories/information-requests.ts';
import { readLetterhead } from '../../store/repositories/letterhead.ts';
import { contactName } from '../contacts.ts';
import type { Outgoing } from '../flow.ts';
import { readIdentity } from '../identity.ts';
import type { ItemSource } from '../bundle-file.ts';
import { fileNamePart, itemFromFile, peopleCount, sameOrganisation } from './request-files.ts';

/** Practitioners are not searched for: the agency looks for the child and the family. */
const SEARCHED_ROLES: ReadonlySet<PersonView['role']> = new Set(['child', 'family-member']);

/** What the agency searches its records by, and nothing more (no contact details, no notes). */
function searchedFor(person: PersonView): RequestedPerson {
  return {
    role: person.role,
    givenNames: person.givenNames,
    familyName: person.familyName,
    otherNames: person.otherNames,
    datesOfBirth: person.datesOfBirth,
    addresses: person.addresses,
    relationship: person.relationship,
  };
}

export async function buildRequestBundle(session: Session, reference: string, to: StoredContact, requestId: number): Promise<Outgoing> {
  const { caseId, reference: caseReference } = caseToChange(session, reference, 'send information requests to agencies');
  const db = session.store.db;
  const request = findRequest(db, caseId, requestId);
  if (request === undefined) throw new AppError('NOT_FOUND', `There is no request for information with id ${requestId} on case ${caseReference}. It may have been removed: reload the case.`);
  if (!sameOrganisation(to.organisation, request.agency)) {
    const message = `${contactName(to)} is ${to.organisation}, but this request is to ${request.agency}. The child’s identifying details must not go to another organisation: choose an install of ${request.agency}, or add one as a contact first`;
    throw new AppError('INVALID_INPUT', `${message}.`, [{ path: 'to', message }]);
  }
  const people = listPeople(db, caseId)
    .filter((person) => SEARCHED_ROLES.has(person.role))
    .map(searchedFor);
  if (!requestPayload.shape.people.safeParse(people).success) {
    throw new AppError('INVALID_INPUT', `Case ${caseReference} has ${people.length} children and family members, more than one request can carry. Send this request by secure e-mail instead.`);
  }
  const summary = caseSummaryById(db, caseId);
  // Made by the same functions as the files the Business Unit downloads, so both say the same.
  const files: ItemSource[] = [itemFromFile(await requestTemplate(session, caseReference, request.agency))];
  // Without a letterhead there is no letter to make; the template and the payload still say it all.
  const withLetter = readLetterhead(db) !== null;
  if (withLetter) files.push(itemFromFile(await requestLetter(session, caseReference, request.id)));
  const payload: RequestPayload = {
    requestId: request.id,
    partnership: readIdentity(db).organisation,
    agency: request.agency,
    recipientName: request.recipientName,
    sentOn: request.sentOn,
    dueOn: request.dueOn,
    secureFiles: request.secureFiles,
    note: request.note,
    caseKind: summary.kind,
    incidentDate: summary.incidentDate,
    people,
    templateItem: 1,
    letterItem: withLetter ? 2 : null,
  };
  return {
    kind: 'request',
    to,
    caseId,
    caseReference: { sender: caseReference, recipient: null },
    inReplyTo: null,
    payload,
    files,
    subject: `request:${request.id}`,
    summary: [
      `Information request to ${request.agency}, due ${dateInWords(request.dueOn)}`,
      `${peopleCount(people.length)} to search for`,
      request.secureFiles ? 'Asks the agency to secure its records' : 'Does not ask the agency to secure its records',
      withLetter ? 'Template workbook and letter' : 'Template workbook (no letter: the partnership’s letterhead is not set)',
    ],
    fileStem: `${caseReference}-request-${fileNamePart(request.agency)}`,
  };
}
