/**
 * Which reviews were decided in a period, of what kind, on what date, and where each stands.
 *
 * A review is decided by:
 * - the screening decision, on its date, for a rapid review, a non-statutory review, a serious
 *   offence review or a good outcome review;
 * - the rapid review meeting whose outcome stands (the latest quorate one with an outcome, as the
 *   case's own moves judge it), on the date it was held, for the LCSPR it recommends ("lcspr")
 *   or the other local review it asks for ("other-local-review", a non-statutory review).
 *
 * A rapid review's outcome is its standing meeting's outcome, or "awaiting" while there is none;
 * every other review is "completed" once its case is closed and "in progress" until then.
 */
import type { FiguresPeriod } from '../../shared/figures/figures.ts';
import type { RapidReviewOutcome } from '../../shared/reviews/records.ts';
import { meetingQuorum, type PartnerOf } from '../reviews/quorum.ts';
import type { OutcomeMeetingFact, ScreeningFact } from './figure-data.ts';

export const REVIEW_KINDS = ['rapid-review', 'lcspr', 'non-statutory-review', 'serious-offence-review', 'good-outcome-review'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const RAPID_REVIEW_STANDINGS = ['lcspr', 'other-local-review', 'no-further-action', 'awaiting-outcome'] as const;
export const OTHER_REVIEW_STANDINGS = ['completed', 'in-progress'] as const;
export type ReviewStanding = (typeof RAPID_REVIEW_STANDINGS)[number] | (typeof OTHER_REVIEW_STANDINGS)[number];

export interface DecidedReview {
  readonly caseId: number;
  readonly kind: ReviewKind;
  readonly decidedOn: string;
  readonly standing: ReviewStanding;
  /** For a rapid review: the National Panel replied that it disagrees with the partnership's decision. */
  readonly panelDisagrees: boolean;
}

/** Each case's meeting whose outcome stands: the latest quorate rapid review meeting with an outcome. */
export function standingMeetings(meetings: readonly OutcomeMeetingFact[], partnerOf: PartnerOf): Map<number, OutcomeMeetingFact> {
  const standing = new Map<number, OutcomeMeetingFact>();
  for (const meeting of meetings) {
    if (!meetingQuorum(meeting.id, { chair: meeting.chair, attendees: [...meeting.attendees] }, partnerOf).quorate) continue;
    const held = standing.get(meeting.caseId);
    if (held === undefined || meeting.heldOn > held.heldOn || (meeting.heldOn === held.heldOn && meeting.id > held.id)) standing.set(meeting.caseId, meeting);
  }
  return standing;
}

const SCREENED_KINDS: ReadonlySet<string> = new Set<ReviewKind>(['rapid-review', 'non-statutory-review', 'serious-offence-review', 'good-outcome-review']);

const MEETING_KINDS: Readonly<Partial<Record<RapidReviewOutcome, ReviewKind>>> = { lcspr: 'lcspr', 'other-local-review': 'non-statutory-review' };

const progress = (closedOn: string | null): ReviewStanding => (closedOn === null ? 'in-progress' : 'completed');

export function decidedReviews(period: FiguresPeriod, screenings: readonly ScreeningFact[], meetings: readonly OutcomeMeetingFact[], partnerOf: PartnerOf): DecidedReview[] {
  const standing = standingMeetings(meetings, partnerOf);
  const reviews: DecidedReview[] = [];
  for (const screening of screenings) {
    if (!SCREENED_KINDS.has(screening.decision)) continue;
    const kind = screening.decision as ReviewKind;
    if (kind === 'rapid-review') {
      const outcome = standing.get(screening.caseId)?.outcome ?? 'awaiting-outcome';
      reviews.push({ caseId: screening.caseId, kind, decidedOn: screening.decidedOn, standing: outcome, panelDisagrees: screening.panelResponse === 'disagrees' });
    } else {
      reviews.push({ caseId: screening.caseId, kind, decidedOn: screening.decidedOn, standing: progress(screening.closedOn), panelDisagrees: false });
    }
  }
  for (const meeting of standing.values()) {
    const kind = MEETING_KINDS[meeting.outcome];
    if (kind === undefined || meeting.heldOn < period.from || meeting.heldOn > period.to) continue;
    reviews.push({ caseId: meeting.caseId, kind, decidedOn: meeting.heldOn, standing: progress(meeting.closedOn), panelDisagrees: false });
  }
  return reviews;
}
