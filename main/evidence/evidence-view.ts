/**
 * A case's agency evidence as its screens show it: the requests with their state and working
 * days left, the summaries, the current chronology returns, the composite chronology and whether
 * letters can be made. Every evidence call answers with this whole view.
 */
import type { EvidenceView, SummaryView } from '../../shared/evidence/evidence-view.ts';
import type { RequestView } from '../../shared/evidence/requests.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import type { WorkingDayCalendar } from '../../shared/working-days.ts';
import { storeCalendar } from '../reviews/calendar.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { listSummaries, type StoredSummary } from '../store/repositories/agency-summaries.ts';
import { caseSummaryById } from '../store/repositories/cases.ts';
import { listCurrentReturns } from '../store/repositories/chronology-returns.ts';
import { listChases, listEscalations, listRequests, type StoredRequest } from '../store/repositories/information-requests.ts';
import { readLetterhead } from '../store/repositories/letterhead.ts';
import { knownAgencies } from './agencies.ts';
import { caseComposite } from './case-composite.ts';
import { caseToRead } from './evidence-access.ts';

/** Received once a received date is recorded; overdue from the day after the due date; awaiting before. */
export function requestState(request: Pick<StoredRequest, 'receivedOn' | 'dueOn'>, today: string, calendar: WorkingDayCalendar): Pick<RequestView, 'state' | 'workingDaysLeft'> {
  if (request.receivedOn !== null) return { state: 'received', workingDaysLeft: null };
  const left = calendar.workingDaysBetween(today, request.dueOn);
  // A Saturday after a Friday deadline is zero working days on, but the return is still late.
  return today > request.dueOn ? { state: 'overdue', workingDaysLeft: Math.min(left, -1) } : { state: 'awaiting', workingDaysLeft: left };
}

function requestViews(db: Db, caseId: number, today: string): RequestView[] {
  const calendar = storeCalendar(db);
  const chases = listChases(db, caseId);
  const escalations = listEscalations(db, caseId);
  return listRequests(db, caseId).map((request) => ({
    id: request.id,
    agency: request.agency,
    recipientName: request.recipientName,
    recipientRole: request.recipientRole,
    recipientEmail: request.recipientEmail,
    sentOn: request.sentOn,
    dueOn: request.dueOn,
    secureFiles: request.secureFiles,
    note: request.note,
    receivedOn: request.receivedOn,
    ...requestState(request, today, calendar),
    chases: chases.filter((chase) => chase.requestId === request.id).map(({ requestId: _request, ...chase }) => chase),
    escalations: escalations.filter((escalation) => escalation.requestId === request.id).map(({ requestId: _request, ...escalation }) => escalation),
    sentBy: request.sentBy,
  }));
}

function summaryView(summary: StoredSummary): SummaryView {
  return { agency: summary.agency, form: summary.form, source: summary.source, savedBy: summary.savedBy, savedAt: summary.savedAt, rating: summary.rating };
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en-GB');

/** The view for a caller already allowed to read the case. */
export function buildEvidenceView(session: Session, caseId: number): EvidenceView {
  const db = session.store.db;
  const today = todayInLondon();
  const summary = caseSummaryById(db, caseId);
  const requests = requestViews(db, caseId, today);
  const summaries = listSummaries(db, caseId);
  const returns = listCurrentReturns(db, caseId);
  // A referral saved again rewrites the case's agencies, so evidence from an agency keeps it listed.
  const agencies = new Set([...summary.agencies, ...requests.map((request) => request.agency), ...summaries.map((item) => item.agency), ...returns.map((item) => item.agency)]);
  return {
    reference: summary.reference,
    today,
    canEdit: session.can('cases.edit', { caseId }),
    agencies: [...agencies].sort(byName),
    knownAgencies: knownAgencies(db).map((agency) => agency.name),
    requests,
    summaries: summaries.map(summaryView),
    returns: returns.map((item) => ({
      id: item.id,
      agency: item.agency,
      fileName: item.fileName,
      sha256: item.sha256,
      rowCount: item.rowCount,
      problems: item.problems,
      importedBy: item.importedBy,
      importedAt: item.importedAt,
      documentId: item.documentId,
    })),
    composite: caseComposite(db, caseId),
    letterheadSet: readLetterhead(db) !== null,
  };
}

export function readEvidence(session: Session, reference: string): EvidenceView {
  const { caseId } = caseToRead(session, reference, 'see this case’s agency evidence');
  return buildEvidenceView(session, caseId);
}
