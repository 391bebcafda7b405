/**
 * What must be recorded before a case may leave each stage. Each guard returns the unmet
 * conditions as sentences saying what to record, so a refused move names every one.
 */
import type { CaseStage } from '../../shared/case-kinds.ts';
import { STATUTORY_PARTNER_LABELS, STATUTORY_PARTNERS, type StatutoryPartner } from '../../shared/organisations.ts';
import { ENDORSER_CAPACITIES, type EndorserCapacity } from '../../shared/reviews/records.ts';
import { addCalendarDays } from '../../shared/working-days.ts';
import { recordsOf, singleton, type CaseState, type TypedRecord } from './case-state.ts';
import { joinWords, meetingQuorum, type PartnerOf } from './quorum.ts';

export interface GuardFacts {
  readonly state: CaseState;
  /** Children on the case (people are recorded apart from the records). */
  readonly children: number;
  readonly partnerOf: PartnerOf;
  /** The policy's days between the National Panel's copy and publication. */
  readonly panelCopyDays: number;
}

type Guard = (facts: GuardFacts) => string[];

const CAPACITY_LABELS: Readonly<Record<EndorserCapacity, string>> = { scrutineer: 'the Independent Scrutineer', ...STATUTORY_PARTNER_LABELS };

/** The rapid review meeting whose outcome stands: the latest quorate one with an outcome. */
export function decidingMeeting(facts: GuardFacts): TypedRecord<'meeting'> | undefined {
  return recordsOf(facts.state.records, 'meeting')
    .filter((meeting) => meeting.data.meetingKind === 'rapid-review' && meeting.data.outcome !== null && meetingQuorum(meeting.id, meeting.data, facts.partnerOf).quorate)
    .sort((a, b) => a.data.heldOn.localeCompare(b.data.heldOn) || a.id - b.id)
    .at(-1);
}

function endorsementsUnmet(facts: GuardFacts, meetingId: number): string[] {
  const endorsements = recordsOf(facts.state.records, 'endorsement').filter((endorsement) => endorsement.data.meetingId === meetingId);
  const missing: string[] = [];
  const unescalated: string[] = [];
  for (const capacity of ENDORSER_CAPACITIES) {
    const theirs = endorsements.filter((endorsement) => endorsement.data.capacity === capacity);
    if (theirs.some((endorsement) => endorsement.data.endorses || endorsement.data.escalatedOn !== null)) continue;
    (theirs.length === 0 ? missing : unescalated).push(CAPACITY_LABELS[capacity]);
  }
  const unmet: string[] = [];
  if (missing.length > 0) unmet.push(`Record the endorsement of the outcome by ${joinWords(missing, 'and')}.`);
  if (unescalated.length > 0) unmet.push(`Record when the disagreement of ${joinWords(unescalated, 'and')} was escalated to the Safeguarding Executive.`);
  return unmet;
}

function rapidReviewMeetingUnmet(facts: GuardFacts): string[] {
  const meeting = decidingMeeting(facts);
  if (meeting === undefined) return ['Record the outcome of a quorate rapid review meeting.'];
  return endorsementsUnmet(facts, meeting.id);
}

export function signOffUnmet(facts: GuardFacts): string[] {
  const signed = new Set<StatutoryPartner>(recordsOf(facts.state.records, 'sign-off').map((signOff) => signOff.data.partner));
  const missing = STATUTORY_PARTNERS.filter((partner) => !signed.has(partner)).map((partner) => STATUTORY_PARTNER_LABELS[partner]);
  return missing.length === 0 ? [] : [`Record the sign-off of the report by ${joinWords(missing, 'and')}.`];
}

function publicationUnmet(facts: GuardFacts): string[] {
  const unmet = signOffUnmet(facts);
  const publication = singleton(facts.state.records, 'publication')?.data;
  if (publication === undefined) return [...unmet, 'Record the publication decision.'];
  if (publication.decision === 'do-not-publish') {
    if (publication.panelAdviceSoughtOn === null) unmet.push('Record the date the National Panel’s advice was sought on the decision not to publish.');
    return unmet;
  }
  if (publication.publicationDate === null) return [...unmet, 'Record the publication date.'];
  const latest = addCalendarDays(publication.publicationDate, -facts.panelCopyDays);
  if (publication.panelCopySentOn === null) unmet.push(`Record the date the copy went to the National Panel: at least ${facts.panelCopyDays} days before publication, so on or before ${latest}.`);
  else if (publication.panelCopySentOn > latest) unmet.push(`The copy must go to the National Panel at least ${facts.panelCopyDays} days before publication (on or before ${latest}): move the publication date or record an earlier copy.`);
  return unmet;
}

function lcsprSetUpUnmet(facts: GuardFacts): string[] {
  const setUp = singleton(facts.state.records, 'lcspr-set-up')?.data;
  if (setUp === undefined) return ['Record the LCSPR set-up: the lead reviewer’s appointment and checks, the terms of reference, the method and the family’s involvement.'];
  const unmet: string[] = [];
  if (setUp.leadReviewerName === '' || setUp.leadReviewerAppointedOn === null) unmet.push('Record the lead reviewer’s name and the date they were appointed.');
  const checks = [
    [setUp.meetsSpecification, 'they meet the reviewer specification'],
    [setUp.hasReadPolicy, 'they have read the policy'],
    [setUp.contractSigned, 'their contract is signed'],
  ] as const;
  const unchecked = checks.filter(([done]) => !done).map(([, words]) => words);
  if (unchecked.length > 0) unmet.push(`Confirm the lead reviewer’s checks: ${joinWords(unchecked, 'and')}.`);
  if (setUp.termsOfReference === '') unmet.push('Record the terms of reference.');
  if (setUp.method === null) unmet.push('Choose the method of the review.');
  const familyRecorded =
    (setUp.familyInvolved === true && setUp.familyInvolvementHow !== '') || (setUp.familyInvolved === false && setUp.familyNotInvolvedReasons !== '');
  if (!familyRecorded) unmet.push('Record how the child and family are involved, or the reasons why not.');
  return unmet;
}

function factualAccuracyUnmet(facts: GuardFacts): string[] {
  const rounds = recordsOf(facts.state.records, 'factual-accuracy');
  if (rounds.length === 0) return ['Record the draft report sent to at least one agency for factual accuracy.'];
  const waiting = [...new Set(rounds.filter((round) => round.data.returnedOn === null).map((round) => round.data.agency))];
  return waiting.length === 0 ? [] : [`Record the factual-accuracy reply from ${joinWords(waiting, 'and')}.`];
}

const LEAVING: Partial<Record<CaseStage, Guard>> = {
  referral: (facts) => [
    ...(singleton(facts.state.records, 'referral') === undefined ? ['Record the referral.'] : []),
    ...(facts.children === 0 ? ['Add at least one child to the case.'] : []),
  ],
  screening: (facts) => (singleton(facts.state.records, 'screening') === undefined ? ['Record the screening decision and its rationale.'] : []),
  'information-gathering': (facts) =>
    recordsOf(facts.state.records, 'meeting').length === 0
      ? [facts.state.summary.kind === 'rapid-review' ? 'Schedule the rapid review meeting.' : 'Schedule the multi-agency review meeting.']
      : [],
  'rapid-review-meeting': rapidReviewMeetingUnmet,
  'national-panel': (facts) => {
    const unmet: string[] = [];
    if ((singleton(facts.state.records, 'notification')?.data.notifiedOn ?? null) === null) unmet.push('Record the date the Local Authority notified the National Panel.');
    if (singleton(facts.state.records, 'panel-response') === undefined) unmet.push('Record the date the rapid review report was sent to the National Panel.');
    return unmet;
  },
  'lcspr-set-up': lcsprSetUpUnmet,
  method: (facts) => (singleton(facts.state.records, 'method') === undefined ? ['Record the method chosen for the review.'] : []),
  'review-meeting': (facts) => (recordsOf(facts.state.records, 'meeting').some((meeting) => meeting.data.outcome !== null) ? [] : ['Record the outcome of the multi-agency review meeting.']),
  report: (facts) => (facts.state.summary.kind !== 'lcspr' && singleton(facts.state.records, 'findings') === undefined ? ['Record the findings of the review.'] : []),
  'factual-accuracy': factualAccuracyUnmet,
  'sign-off': signOffUnmet,
  publication: publicationUnmet,
};

/** What is still missing before the case may leave the stage it is in. */
export function leavingUnmet(facts: GuardFacts): string[] {
  return LEAVING[facts.state.summary.stage]?.(facts) ?? [];
}
