/**
 * Requests for information (policy sections 11, 12 and 16): saving one per case and agency,
 * recording the return's arrival, each chase and any escalation of an agency that does not
 * comply. Each change is checked whole, then written with the case's clocks and its audit event
 * in one transaction. The due date is fixed when the request is saved, from the policy's
 * agency-returns amount in working days, and moves only if the date sent is corrected.
 */
import { AppError, type Problem } from '../../shared/errors.ts';
import type { EvidenceView } from '../../shared/evidence/evidence-view.ts';
import { chaseInput, escalationInput, requestInput, type ChaseInput, type EscalationInput, type RequestInput } from '../../shared/evidence/requests.ts';
import { dueDateFor, todayInLondon } from '../../shared/reviews/clock-status.ts';
import { storeCalendar } from '../reviews/calendar.ts';
import { syncClocks } from '../reviews/clock-sync.ts';
import { refuseProblems } from '../reviews/input-problems.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import {
  deleteRequest,
  findRequest,
  findRequestForAgency,
  insertChase,
  insertEscalation,
  insertRequest,
  linkAgencyToCase,
  listChases,
  listEscalations,
  setRequestReceived,
  updateEscalation,
  updateRequest,
  type StoredRequest,
} from '../store/repositories/information-requests.ts';
import { readClockPolicy } from '../store/repositories/policy-settings.ts';
import { requireAgency } from './agencies.ts';
import { caseToChange } from './evidence-access.ts';
import { parsedOrRefused } from './parsed-input.ts';
import { buildEvidenceView } from './evidence-view.ts';

const CHANGE = 'record requests for information';

function requestOnCase(db: Db, caseId: number, reference: string, id: number): StoredRequest {
  const request = findRequest(db, caseId, id);
  if (request === undefined) throw new AppError('NOT_FOUND', `There is no request for information with id ${id} on case ${reference}. It may have been removed: reload the case.`);
  return request;
}

/** A date of something done after the request went: not before it was sent, and not in the future. */
function afterSending(date: string, what: string, sentOn: string, today: string, path: string): Problem[] {
  if (date > today) return [{ path, message: `${what} cannot be in the future` }];
  if (date < sentOn) return [{ path, message: `${what} must be on or after the date the request was sent (${sentOn})` }];
  return [];
}

/** A corrected date sent must still come before everything recorded since. */
function sentOnProblems(db: Db, caseId: number, existing: StoredRequest | undefined, sentOn: string, today: string): Problem[] {
  if (sentOn > today) return [{ path: 'sentOn', message: 'The date the request was sent cannot be in the future' }];
  if (existing === undefined) return [];
  const later: Array<[string, string]> = [];
  if (existing.receivedOn !== null) later.push([existing.receivedOn, 'the date the return was received']);
  const chase = listChases(db, caseId).find((item) => item.requestId === existing.id);
  if (chase !== undefined) later.push([chase.chasedOn, 'the first chase']);
  const escalation = listEscalations(db, caseId).find((item) => item.requestId === existing.id);
  if (escalation !== undefined) later.push([escalation.escalatedOn, 'the first escalation']);
  const first = later.filter(([date]) => date < sentOn).sort(([a], [b]) => a.localeCompare(b))[0];
  return first === undefined ? [] : [{ path: 'sentOn', message: `The date the request was sent must be on or before ${first[1]} (${first[0]})` }];
}

/** Records a new request (id null) or corrects one. A second request to the same agency on a case is refused. */
export function saveRequest(session: Session, reference: string, id: number | null, input: RequestInput): EvidenceView {
  const { caseId, reference: caseReference } = caseToChange(session, reference, CHANGE);
  const request = parsedOrRefused(requestInput, input, 'request.', 'the request');
  session.store.change((db, audit) => {
    const existing = id === null ? undefined : requestOnCase(db, caseId, caseReference, id);
    const agency = requireAgency(db, request.agency, 'request.agency');
    const other = findRequestForAgency(db, caseId, agency.id);
    if (other !== undefined && other.id !== existing?.id) {
      const message = `There is already a request for information to ${agency.name} on this case. Change that request instead`;
      throw new AppError('CONFLICT', `${message}.`, [{ path: 'request.agency', message }]);
    }
    const today = todayInLondon();
    const problems = sentOnProblems(db, caseId, existing, request.sentOn, today);
    if (problems.length > 0) refuseProblems(problems, 'request.', 'the request');
    // Kept when the date sent is unchanged, so a later change of policy does not move a running deadline.
    const dueOn = existing !== undefined && existing.sentOn === request.sentOn ? existing.dueOn : dueDateFor('agency-returns', request.sentOn, readClockPolicy(db).amounts['agency-returns'], storeCalendar(db));
    const fields = {
      organisationId: agency.id,
      recipientName: request.recipientName,
      recipientRole: request.recipientRole,
      recipientEmail: request.recipientEmail,
      sentOn: request.sentOn,
      dueOn,
      secureFiles: request.secureFiles,
      note: request.note,
    };
    const now = new Date().toISOString();
    let requestId: number;
    if (existing === undefined) requestId = insertRequest(db, caseId, fields, session.userId, now);
    else {
      requestId = existing.id;
      updateRequest(db, existing.id, fields, session.userId, now);
    }
    linkAgencyToCase(db, caseId, agency.id);
    syncClocks(db, caseId);
    audit({
      actorId: session.userId,
      action: existing === undefined ? 'evidence.request-added' : 'evidence.request-changed',
      recordType: 'case',
      recordId: caseId,
      details: { requestId, agency: agency.name, sentOn: request.sentOn, dueOn, secureFiles: request.secureFiles },
    });
  });
  return buildEvidenceView(session, caseId);
}

/** Removes a request with its chases and escalations; its clock goes with it. */
export function removeRequest(session: Session, reference: string, id: number): EvidenceView {
  const { caseId, reference: caseReference } = caseToChange(session, reference, 'remove requests for information');
  session.store.change((db, audit) => {
    const request = requestOnCase(db, caseId, caseReference, id);
    deleteRequest(db, request.id);
    syncClocks(db, caseId);
    audit({ actorId: session.userId, action: 'evidence.request-removed', recordType: 'case', recordId: caseId, details: { requestId: request.id, agency: request.agency } });
  });
  return buildEvidenceView(session, caseId);
}

/** Sets (or, with null, clears) the date the agency's return came in, by hand. */
export function recordReceived(session: Session, reference: string, id: number, receivedOn: string | null): EvidenceView {
  const { caseId, reference: caseReference } = caseToChange(session, reference, 'record returns from agencies');
  session.store.change((db, audit) => {
    const request = requestOnCase(db, caseId, caseReference, id);
    if (receivedOn !== null) {
      const problems = afterSending(receivedOn, 'The date the return was received', request.sentOn, todayInLondon(), 'receivedOn');
      if (problems.length > 0) refuseProblems(problems, '', 'the date received');
    }
    setRequestReceived(db, request.id, receivedOn, session.userId, new Date().toISOString());
    syncClocks(db, caseId);
    audit({ actorId: session.userId, action: 'evidence.return-received', recordType: 'case', recordId: caseId, details: { requestId: request.id, agency: request.agency, receivedOn, automatically: false } });
  });
  return buildEvidenceView(session, caseId);
}

export function recordChase(session: Session, reference: string, id: number, input: ChaseInput): EvidenceView {
  const { caseId, reference: caseReference } = caseToChange(session, reference, 'record chases');
  const chase = parsedOrRefused(chaseInput, input, 'chase.', 'the chase');
  session.store.change((db, audit) => {
    const request = requestOnCase(db, caseId, caseReference, id);
    const problems = afterSending(chase.chasedOn, 'The date of the chase', request.sentOn, todayInLondon(), 'chasedOn');
    if (problems.length > 0) refuseProblems(problems, 'chase.', 'the chase');
    const chaseId = insertChase(db, request.id, chase, session.userId, new Date().toISOString());
    audit({ actorId: session.userId, action: 'evidence.request-chased', recordType: 'case', recordId: caseId, details: { requestId: request.id, chaseId, agency: request.agency, chasedOn: chase.chasedOn, method: chase.method } });
  });
  return buildEvidenceView(session, caseId);
}

/** Records an escalation (escalationId null) or updates one, typically with its outcome. */
export function saveEscalation(session: Session, reference: string, id: number, escalationId: number | null, input: EscalationInput): EvidenceView {
  const { caseId, reference: caseReference } = caseToChange(session, reference, 'record escalations');
  const escalation = parsedOrRefused(escalationInput, input, 'escalation.', 'the escalation');
  session.store.change((db, audit) => {
    const request = requestOnCase(db, caseId, caseReference, id);
    if (escalationId !== null && !listEscalations(db, caseId).some((item) => item.id === escalationId && item.requestId === request.id)) {
      throw new AppError('NOT_FOUND', `There is no escalation with id ${escalationId} on the request to ${request.agency}. It may have been removed: reload the case.`);
    }
    const problems = afterSending(escalation.escalatedOn, 'The date of the escalation', request.sentOn, todayInLondon(), 'escalatedOn');
    if (problems.length > 0) refuseProblems(problems, 'escalation.', 'the escalation');
    const now = new Date().toISOString();
    let savedId: number;
    if (escalationId === null) savedId = insertEscalation(db, request.id, escalation, session.userId, now);
    else {
      savedId = escalationId;
      updateEscalation(db, escalationId, escalation, session.userId, now);
    }
    audit({
      actorId: session.userId,
      action: escalationId === null ? 'evidence.request-escalated' : 'evidence.escalation-changed',
      recordType: 'case',
      recordId: caseId,
      details: { requestId: request.id, escalationId: savedId, agency: request.agency, escalatedOn: escalation.escalatedOn, level: escalation.level, escalatedTo: escalation.escalatedTo, outcome: escalation.outcome },
    });
  });
  return buildEvidenceView(session, caseId);
}
