/**
 * An agency's return is complete once both halves are in: its summary and a current chronology.
 * When the second arrives and the request has no received date yet, today is recorded as the
 * date received (audited), which completes the agency-returns clock. A date set by hand is
 * never overwritten; clearing it by hand holds until the next piece of evidence arrives.
 */
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { syncClocks } from '../reviews/clock-sync.ts';
import type { Db } from '../store/open-database.ts';
import type { Audit } from '../store/open-store.ts';
import { findSummary } from '../store/repositories/agency-summaries.ts';
import { findCurrentReturn } from '../store/repositories/chronology-returns.ts';
import { findRequestForAgency, setRequestReceived } from '../store/repositories/information-requests.ts';

/** Call inside the change that added the summary or the chronology. Returns whether a received date was set. */
export function markReceivedWhenComplete(db: Db, audit: Audit, actorId: string, caseId: number, organisationId: number): boolean {
  const request = findRequestForAgency(db, caseId, organisationId);
  if (request === undefined || request.receivedOn !== null) return false;
  if (findSummary(db, caseId, organisationId) === undefined || findCurrentReturn(db, caseId, organisationId) === undefined) return false;
  const today = todayInLondon();
  if (today < request.sentOn) return false;
  setRequestReceived(db, request.id, today, actorId, new Date().toISOString());
  syncClocks(db, caseId);
  audit({ actorId, action: 'evidence.return-received', recordType: 'case', recordId: caseId, details: { requestId: request.id, agency: request.agency, receivedOn: today, automatically: true } });
  return true;
}
