/**
 * The "Securing files" view of one case: a row for every agency sent a request for information,
 * and for any agency whose securing was recorded without one (its request since removed, or
 * secured unasked), with the securing-confirmation clock's due date as the case's clocks hold it.
 */
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import type { SecuringRow, SecuringView } from '../../shared/vault/securing.ts';
import type { Session } from '../security/session.ts';
import { listClocks } from '../store/repositories/case-clocks.ts';
import { caseSummaryById } from '../store/repositories/cases.ts';
import { listRequests, type StoredRequest } from '../store/repositories/information-requests.ts';
import { listSecuring, type StoredSecuring } from '../store/repositories/securing-records.ts';

interface Agency {
  readonly name: string;
  request?: StoredRequest;
  securing?: StoredSecuring;
}

function row(agency: Agency, dueOn: string | null, today: string): SecuringRow {
  const requested = agency.request?.secureFiles ?? false;
  const confirmation = agency.securing?.confirmation ?? null;
  return {
    agency: agency.name,
    requested,
    requestedOn: requested ? (agency.request?.sentOn ?? null) : null,
    dueOn: requested ? dueOn : null,
    // As a request's return is late: from the day after the due date, until the confirmation is recorded.
    overdue: requested && confirmation === null && dueOn !== null && today > dueOn,
    confirmation,
    instruction: agency.securing?.instruction ?? null,
  };
}

/** The view for a caller already allowed to read the case. */
export function buildSecuringView(session: Session, caseId: number): SecuringView {
  const db = session.store.db;
  const agencies = new Map<number, Agency>();
  for (const request of listRequests(db, caseId)) agencies.set(request.organisationId, { name: request.agency, request });
  for (const securing of listSecuring(db, caseId)) {
    const agency = agencies.get(securing.organisationId) ?? { name: securing.agency };
    agency.securing = securing;
    agencies.set(securing.organisationId, agency);
  }
  const dueDates = new Map(
    listClocks(db, caseId)
      .filter((clock) => clock.clock === 'securing-confirmation')
      .map((clock) => [clock.subject, clock.dueOn]),
  );
  const today = todayInLondon();
  const rows = [...agencies.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')).map((agency) => row(agency, dueDates.get(agency.name) ?? null, today));
  return { reference: caseSummaryById(db, caseId).reference, rows, canEdit: session.can('cases.edit', { caseId }) };
}
