/**
 * A case's clocks, worked out from its records and kept in case_clocks. A clock gets its due
 * date from the policy in force when it starts and keeps it, so a later change of policy does
 * not rewrite whether an earlier deadline was met; only a change to its starting event moves it.
 */
import type { ClockName, ClockPolicy } from '../../shared/reviews/clocks.ts';
import { dueDateFor, type StoredClock } from '../../shared/reviews/clock-status.ts';
import type { WorkingDayCalendar } from '../../shared/working-days.ts';
import type { Db } from '../store/open-database.ts';
import { deleteClock, listClocks, upsertClock } from '../store/repositories/case-clocks.ts';
import { listRecords, type StoredRecord } from '../store/repositories/case-records.ts';
import { requestClockFacts } from '../store/repositories/information-requests.ts';
import { readClockPolicy } from '../store/repositories/policy-settings.ts';
import { securingClockFacts } from '../store/repositories/securing-records.ts';
import { storeCalendar } from './calendar.ts';
import { recordsOf, singleton } from './case-state.ts';
import { meetingQuorum, partnerLookup, type PartnerOf } from './quorum.ts';

/** A clock as the records say it should be: what starts it and what, if anything, completed it. */
export interface DerivedClock {
  readonly clock: ClockName;
  readonly subject: string;
  readonly startsOn: string;
  readonly completedOn: string | null;
}

export interface ClockContext {
  readonly policy: ClockPolicy;
  readonly calendar: WorkingDayCalendar;
  readonly partnerOf: PartnerOf;
}

export function clockContext(db: Db): ClockContext {
  return { policy: readClockPolicy(db), calendar: storeCalendar(db), partnerOf: partnerLookup(db) };
}

/** The subject of a meeting's papers clock. */
export function meetingSubject(meetingId: number): string {
  return `meeting:${meetingId}`;
}

/**
 * What an agency-returns clock is worked out from: a request for information (main/evidence/requests.ts).
 * A case has one request per agency, so the agency's name is the clock's subject: the case's
 * clocks then read "Agency returns: Police", and a clock exception names the agency it excuses.
 */
export interface RequestClockFacts {
  readonly agency: string;
  readonly sentOn: string;
  readonly receivedOn: string | null;
}

/**
 * What a securing-confirmation clock is worked out from: a request that asks the agency to secure
 * its files (policy 16), and the agency's confirmation (main/vault/securing.ts). Subject: the agency.
 */
export interface SecuringClockFacts {
  readonly agency: string;
  readonly sentOn: string;
  readonly confirmedOn: string | null;
}

// Papers with a date but no time count as shared at the end of that day: a deadline is never
// claimed as met when it may not have been.
const END_OF_DAY = '23:59';

/** The clocks a case's records and requests for information call for; only those whose starting event is recorded. */
export function deriveClocks(
  records: readonly StoredRecord[],
  partnerOf: PartnerOf,
  requests: readonly RequestClockFacts[] = [],
  securing: readonly SecuringClockFacts[] = [],
): DerivedClock[] {
  const clocks: DerivedClock[] = [];
  const referral = singleton(records, 'referral');
  if (referral !== undefined) {
    clocks.push({ clock: 'referral', subject: '', startsOn: referral.data.incidentDate, completedOn: referral.data.referralDate });
    clocks.push({ clock: 'screening', subject: '', startsOn: referral.data.referralDate, completedOn: singleton(records, 'screening')?.data.decidedOn ?? null });
  }
  const notification = singleton(records, 'notification');
  if (notification !== undefined) {
    clocks.push({ clock: 'la-notification', subject: '', startsOn: notification.data.laAwareOn, completedOn: notification.data.notifiedOn });
    if (notification.data.notifiedOn !== null) {
      clocks.push({ clock: 'rapid-review-report', subject: '', startsOn: notification.data.notifiedOn, completedOn: singleton(records, 'panel-response')?.data.reportSentOn ?? null });
    }
  }
  const meetings = recordsOf(records, 'meeting');
  for (const meeting of meetings) {
    const shared = meeting.data.papersSharedOn === null ? null : `${meeting.data.papersSharedOn}T${meeting.data.papersSharedAt ?? END_OF_DAY}`;
    clocks.push({ clock: 'papers', subject: meetingSubject(meeting.id), startsOn: `${meeting.data.heldOn}T${meeting.data.startsAt}`, completedOn: shared });
  }
  const decision = meetings
    .filter((meeting) => meeting.data.outcome === 'lcspr' && meetingQuorum(meeting.id, meeting.data, partnerOf).quorate)
    .sort((a, b) => a.data.heldOn.localeCompare(b.data.heldOn))
    .at(-1);
  if (decision !== undefined) {
    clocks.push({ clock: 'lead-reviewer', subject: '', startsOn: decision.data.heldOn, completedOn: singleton(records, 'lcspr-set-up')?.data.leadReviewerAppointedOn ?? null });
  }
  const subjects = new Set<string>();
  for (const round of recordsOf(records, 'factual-accuracy')) {
    // Two rounds with one agency are two clocks.
    const subject = subjects.has(round.data.agency) ? `${round.data.agency} (${round.id})` : round.data.agency;
    subjects.add(subject);
    clocks.push({ clock: 'factual-accuracy', subject, startsOn: round.data.sentOn, completedOn: round.data.returnedOn });
  }
  const publication = singleton(records, 'publication');
  if (publication !== undefined && publication.data.decision === 'publish' && publication.data.publicationDate !== null) {
    clocks.push({ clock: 'panel-copy', subject: '', startsOn: publication.data.publicationDate, completedOn: publication.data.panelCopySentOn });
    clocks.push({ clock: 'publication-kept', subject: '', startsOn: publication.data.publicationDate, completedOn: publication.data.removalDate });
  }
  // Each agency's summary and chronology are due within the policy's working days of its request.
  for (const request of requests) {
    clocks.push({ clock: 'agency-returns', subject: request.agency, startsOn: request.sentOn, completedOn: request.receivedOn });
  }
  for (const asked of securing) {
    clocks.push({ clock: 'securing-confirmation', subject: asked.agency, startsOn: asked.sentOn, completedOn: asked.confirmedOn });
  }
  return clocks;
}

const key = (clock: { clock: string; subject: string }) => `${clock.clock}\u0000${clock.subject}`;

/** Brings a case's stored clocks into line with its records. Call inside the change that altered them. */
export function syncClocks(db: Db, caseId: number, context: ClockContext = clockContext(db)): void {
  const stored = new Map(listClocks(db, caseId).map((clock) => [key(clock), clock]));
  const derived = deriveClocks(listRecords(db, caseId), context.partnerOf, requestClockFacts(db, caseId), securingClockFacts(db, caseId));
  for (const clock of derived) {
    const existing = stored.get(key(clock));
    stored.delete(key(clock));
    let next: StoredClock;
    if (existing !== undefined && existing.startsOn === clock.startsOn) {
      if (existing.completedOn === clock.completedOn) continue;
      next = { ...existing, completedOn: clock.completedOn };
    } else {
      const amount = context.policy.amounts[clock.clock];
      next = { ...clock, amount, dueOn: dueDateFor(clock.clock, clock.startsOn, amount, context.calendar) };
    }
    upsertClock(db, caseId, next);
  }
  for (const gone of stored.values()) deleteClock(db, caseId, gone.clock, gone.subject);
}
