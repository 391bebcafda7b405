/**
 * A seeded set of cases for the annual figures, built through the real services (referrals,
 * records and moves, requests and summaries, action plans, themes, learning events, repeat
 * incidents and family feedback), and the figures for it worked out by hand: HAND_WORKED.
 *
 * The period is the financial year 2025–26 (1 April 2025 to 31 March 2026) and the figures are
 * taken on 15 April 2026, after it ends: so the numbers are the same whatever later day they are
 * computed on (the command line computes them as of its own today). Every case is named by a
 * letter below; records fall just outside both ends of the period and exactly on both ends.
 *
 * Bank holidays that matter (England and Wales): 18 and 21 April 2025 (Easter), 5 May 2025,
 * 25 August 2025, 3 and 6 April 2026 (Easter). Weekdays: 31 March 2025 is a Monday, 1 April 2025
 * a Tuesday, 31 March 2026 a Tuesday, 1 April 2026 a Wednesday.
 *
 * Invented people only; the agencies are the partnership's real organisation names.
 */
import { actionInput, progressInput, recommendationInput, type ActionInput, type ActionPlanView, type ProgressInput } from '../../../shared/actions/action-plan.ts';
import type { FiguresPeriod } from '../../../shared/figures/figures.ts';
import { familyFeedbackInput, learningEventInput, type FamilyFeedbackInput, type LearningEventInput } from '../../../shared/learning/learning.ts';
import type { RecordInput, RecordSave } from '../../../shared/reviews/records.ts';
import type { QualityRating } from '../../../shared/evidence/agency-summary.ts';
import type { CaseStage } from '../../../shared/case-kinds.ts';
import { saveAction, saveRecommendation, updateProgress } from '../../../main/actions/action-plan-writing.ts';
import { rateSummary, saveSummary } from '../../../main/evidence/summaries.ts';
import { recordReceived, saveRequest } from '../../../main/evidence/requests.ts';
import { flagRepeat, saveFamilyFeedback, tagThemes } from '../../../main/learning/case-learning.ts';
import { saveLearningEvent } from '../../../main/learning/learning-events.ts';
import { addTheme, readThemes, retireTheme } from '../../../main/learning/themes.ts';
import { saveRecord } from '../../../main/reviews/case-records.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { moveCase } from '../../../main/reviews/moves.ts';
import { savePerson } from '../../../main/reviews/people.ts';
import type { Session } from '../../../main/security/session.ts';
import { request, summary } from '../evidence/evidence-fixture.ts';

export const PERIOD: FiguresPeriod = { from: '2025-04-01', to: '2026-03-31' };
/** The day the figures are taken: after the period, so every open deadline due in it has passed. */
export const TODAY = '2026-04-15';

const LA = "Salford City Council Children's Services";
const POLICE = 'Greater Manchester Police';
const HEALTH = 'NHS GM ICB Salford locality';
const EDUCATION = 'Education';
const HOUSING = 'Housing';

/** The cases by letter, each with its reference in the store. */
export type SeededCases = Readonly<Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L' | 'M' | 'N' | 'P', string>>;

function open(officer: Session, fields: Partial<RecordInput<'referral'>>): string {
  const referrer = fields.referrerAgency ?? EDUCATION;
  return createCase(officer, demoReferral({ referrerName: 'Robin Example', agencies: [EDUCATION], ...fields, referrerAgency: referrer })).summary.reference;
}

function record(officer: Session, reference: string, save: RecordSave): void {
  saveRecord(officer, reference, null, save);
}

function screen(officer: Session, reference: string, decidedOn: string, decision: RecordInput<'screening'>['decision']): void {
  record(officer, reference, {
    type: 'screening',
    data: { decidedOn, decision, rationale: 'Invented rationale for the figures’ tests.', panel: [{ name: 'Pat Panelmember', organisation: LA }] },
  });
}

/** A quorate rapid review meeting (a chair from the Local Authority, people from Police and health). */
function rapidReviewMeeting(officer: Session, reference: string, heldOn: string, papersShared: { on: string; at: string }, outcome: RecordInput<'meeting'>['outcome']): void {
  record(officer, reference, {
    type: 'meeting',
    data: {
      meetingKind: 'rapid-review',
      heldOn,
      startsAt: '10:00',
      chair: { name: 'Morgan Chairperson', organisation: LA },
      attendees: [
        { name: 'Dana Constable', organisation: POLICE },
        { name: 'Jo Nurse', organisation: HEALTH },
      ],
      papersSharedOn: papersShared.on,
      papersSharedAt: papersShared.at,
      outcome,
    },
  });
}

function goodOutcome() {
  return {
    livedExperience: 'Child P now sleeps through the night and goes to school every day.',
    stepsTaken: 'A lead professional was named and the family chose who came to meetings.',
    before: 'Three agencies each held part of the picture.',
    barriers: 'Different systems: overcome by one shared chronology.',
    effect: 'Attendance rose from 60% to 96% over two terms.',
    learning: 'A shared plan, reviewed weekly, kept Child P in school.',
  };
}

function requestAndReturn(officer: Session, reference: string, agency: string, sentOn: string, receivedOn: string | null): void {
  const view = saveRequest(officer, reference, null, request(agency, sentOn, { secureFiles: false }));
  const id = view.requests.find((item) => item.agency === agency)!.id;
  if (receivedOn !== null) recordReceived(officer, reference, id, receivedOn);
}

function summaryFrom(officer: Session, reference: string, agency: string, completedOn: string | null, rating: QualityRating | null): void {
  saveSummary(officer, reference, agency, summary({ completedOn, involvementFrom: null, involvementTo: null }));
  if (rating !== null) rateSummary(officer, reference, agency, { rating, note: '' });
}

function newest(ids: readonly number[]): number {
  return Math.max(...ids);
}

/** A recommendation on the case, and its actions; the actions' ids in the order given. */
function plan(officer: Session, reference: string, actions: ReadonlyArray<{ dueOn: string; progress?: ProgressInput }>): number[] {
  const recommendation = saveRecommendation(
    officer,
    reference,
    null,
    recommendationInput.parse({ text: 'Agencies meet whenever two of them raise concerns about one child.', type: 'multi-agency', systemicFactor: 'Concerns were held by each agency alone.', fromFinding: '' }),
  );
  const recommendationId = newest(recommendation.recommendations.map((item) => item.id));
  return actions.map((action) => {
    const fields: ActionInput = {
      recommendationId,
      what: 'Audit ten strategy discussions for whether every child was seen and spoken to',
      agency: POLICE,
      responsiblePerson: 'Inspector Rhiannon Example',
      dueOn: action.dueOn,
      intendedOutcome: 'Every child is seen, and what they say is recorded',
    };
    const view: ActionPlanView = saveAction(officer, reference, null, actionInput.parse(fields));
    const id = newest(view.recommendations.flatMap((item) => item.actions.map((saved) => saved.id)));
    if (action.progress !== undefined) updateProgress(officer, reference, id, progressInput.parse(action.progress));
    return id;
  });
}

const EVIDENCE = 'Invented audit: ten of ten children seen and spoken to.';
const complete = (completedOn: string, evidenceAcceptedOn: string | null = null, evidence = EVIDENCE): ProgressInput => ({ status: 'complete', completedOn, evidence, evidenceAcceptedOn });

function event(officer: Session, fields: Pick<LearningEventInput, 'kind' | 'heldOn' | 'attendance' | 'feedbackResponses' | 'understandBetter'>): void {
  saveLearningEvent(officer, null, learningEventInput.parse({ title: 'Invented session on seeing the child', audience: 'Practitioners from every agency', reference: '', notes: '', ...fields }));
}

function familySaid(officer: Session, reference: string, receivedOn: string, sensitive: FamilyFeedbackInput['sensitive']): void {
  saveFamilyFeedback(officer, reference, null, familyFeedbackInput.parse({ receivedOn, sensitive, comments: 'Invented feedback.' }));
}

/** Tags the case with these themes by name (each must be on the list by then). */
function tag(officer: Session, reference: string, names: readonly string[]): void {
  const themes = readThemes(officer).themes.map((recurrence) => recurrence.theme);
  tagThemes(
    officer,
    reference,
    names.map((name) => themes.find((theme) => theme.name === name)!.id),
  );
}

function themeId(officer: Session, name: string): number {
  return readThemes(officer).themes.find((recurrence) => recurrence.theme.name === name)!.theme.id;
}

function moveThrough(officer: Session, reference: string, stages: readonly CaseStage[]): void {
  for (const stage of stages) moveCase(officer, reference, stage);
}

/**
 * Seeds the cases, their records and everything the figures count, through the real services.
 * `officer` must be able to create and change cases and manage learning (a Business Unit officer).
 */
export function seedFigureCases(officer: Session): SeededCases {
  // A: referred 31 March 2025, the day before the period. Its referral is not counted, but its
  // clocks and reviews that fall in the period are.
  const A = open(officer, { kindRequested: 'rapid-review', incidentDate: '2025-03-27', referralDate: '2025-03-31', referrerAgency: POLICE });
  screen(officer, A, '2025-04-01', 'rapid-review');
  record(officer, A, { type: 'notification', data: { laAwareOn: '2025-03-31', notifiedOn: '2025-04-02', notificationReference: 'SIN-INVENTED-1' } });
  rapidReviewMeeting(officer, A, '2025-04-24', { on: '2025-04-22', at: '09:00' }, 'lcspr');
  record(officer, A, { type: 'panel-response', data: { reportSentOn: '2025-04-28', respondedOn: '2025-05-20', response: 'disagrees', comments: '' } });
  record(officer, A, { type: 'lcspr-set-up', data: { leadReviewerName: 'Ines Reviewer', leadReviewerOrganisation: 'Independent', leadReviewerAppointedOn: '2025-05-12' } });
  summaryFrom(officer, A, POLICE, '2025-03-31', 'inadequate');

  // B: referred 1 April 2025, the first day; closed, so its non-statutory review is completed.
  const B = open(officer, { kindRequested: 'non-statutory-review', incidentDate: '2025-03-25', referralDate: '2025-04-01', referrerAgency: EDUCATION });
  savePerson(officer, B, { role: 'child', givenNames: 'Amara', familyName: 'Invented', publishAs: 'Child B' });
  moveCase(officer, B, 'screening');
  screen(officer, B, '2025-04-09', 'non-statutory-review');
  moveCase(officer, B, 'method');
  record(officer, B, { type: 'method', data: { method: 'multi-agency-audit', chosenOn: '2025-04-22', notes: '' } });
  moveThrough(officer, B, ['review', 'report']);
  record(officer, B, { type: 'findings', data: { summary: 'Invented findings.', completedOn: '2025-09-30' } });
  moveThrough(officer, B, ['action-plan', 'closed']);
  summaryFrom(officer, B, EDUCATION, '2025-04-01', 'good');

  // C: referred 31 March 2026, the last day; not yet screened. Referrer written in lower case.
  const C = open(officer, { kindRequested: 'good-outcome-review', incidentDate: '2026-03-30', referralDate: '2026-03-31', referrerAgency: 'education', goodOutcome: goodOutcome() });

  // D: referred 1 April 2026, the day after the period.
  const D = open(officer, { kindRequested: 'rapid-review', incidentDate: '2026-03-26', referralDate: '2026-04-01', referrerAgency: HOUSING });

  // E: referred 28 March 2025, before the period; screened (no further action) on the clock's due date.
  const E = open(officer, { kindRequested: 'rapid-review', incidentDate: '2025-03-26', referralDate: '2025-03-28', referrerAgency: POLICE });
  screen(officer, E, '2025-04-04', 'no-further-action');

  // F: a serious offence review, with requests for information and summaries.
  const F = open(officer, { kindRequested: 'serious-offence-review', incidentDate: '2025-06-02', referralDate: '2025-06-10', referrerAgency: POLICE });
  screen(officer, F, '2025-06-13', 'serious-offence-review');
  requestAndReturn(officer, F, EDUCATION, '2025-06-16', '2025-06-20');
  requestAndReturn(officer, F, POLICE, '2025-06-16', '2025-06-25');
  requestAndReturn(officer, F, HEALTH, '2025-06-16', null);
  summaryFrom(officer, F, EDUCATION, '2025-06-19', 'good');
  summaryFrom(officer, F, POLICE, '2025-06-24', 'requires-improvement');
  // No completion date: dated by the day it is saved, which is after the period.
  summaryFrom(officer, F, HEALTH, null, null);

  // G: a rapid review screened a day late over the August bank holiday; no further action.
  const G = open(officer, { kindRequested: 'rapid-review', incidentDate: '2025-08-18', referralDate: '2025-08-20', referrerAgency: HEALTH });
  screen(officer, G, '2025-08-29', 'rapid-review');
  record(officer, G, { type: 'notification', data: { laAwareOn: '2025-08-29', notifiedOn: '2025-09-01', notificationReference: 'SIN-INVENTED-2' } });
  rapidReviewMeeting(officer, G, '2025-09-10', { on: '2025-09-09', at: '12:00' }, 'no-further-action');
  summaryFrom(officer, G, HEALTH, '2025-09-05', null);
  summaryFrom(officer, G, POLICE, '2026-03-31', 'inadequate');

  // H: a rapid review with no meeting yet.
  const H = open(officer, { kindRequested: 'rapid-review', incidentDate: '2025-09-29', referralDate: '2025-10-01', referrerAgency: POLICE });
  screen(officer, H, '2025-10-03', 'rapid-review');

  // I: never screened.
  const I = open(officer, { kindRequested: 'non-statutory-review', incidentDate: '2025-11-10', referralDate: '2025-11-12', referrerAgency: HOUSING });

  // J: a good outcome review.
  const J = open(officer, { kindRequested: 'good-outcome-review', incidentDate: '2026-01-12', referralDate: '2026-01-14', referrerAgency: EDUCATION, goodOutcome: goodOutcome() });
  screen(officer, J, '2026-01-16', 'good-outcome-review');

  // K: a care leaver's death, signposted to the adults board.
  const K = open(officer, { kindRequested: 'care-leaver-signpost', incidentDate: '2026-01-30', referralDate: '2026-02-02', referrerAgency: HOUSING });
  screen(officer, K, '2026-02-03', 'signpost-adults-board');

  // L: a rapid review whose meeting asked for another local review.
  const L = open(officer, { kindRequested: 'rapid-review', incidentDate: '2025-11-28', referralDate: '2025-12-01', referrerAgency: POLICE });
  screen(officer, L, '2025-12-03', 'rapid-review');
  rapidReviewMeeting(officer, L, '2025-12-17', { on: '2025-12-15', at: '16:00' }, 'other-local-review');

  // M: a rapid review decided before the period whose LCSPR was decided on its second day.
  const M = open(officer, { kindRequested: 'rapid-review', incidentDate: '2025-03-07', referralDate: '2025-03-10', referrerAgency: EDUCATION });
  screen(officer, M, '2025-03-12', 'rapid-review');
  rapidReviewMeeting(officer, M, '2025-04-02', { on: '2025-04-01', at: '09:00' }, 'lcspr');
  record(officer, M, { type: 'panel-response', data: { reportSentOn: '2025-03-28', respondedOn: '2025-04-10', response: 'disagrees', comments: '' } });
  record(officer, M, { type: 'lcspr-set-up', data: { leadReviewerName: 'Ines Reviewer', leadReviewerOrganisation: 'Independent', leadReviewerAppointedOn: '2025-04-14' } });
  record(officer, M, { type: 'factual-accuracy', data: { agency: EDUCATION, sentOn: '2026-01-12', returnedOn: '2026-01-23', comments: '' } });
  record(officer, M, { type: 'factual-accuracy', data: { agency: POLICE, sentOn: '2026-03-20', returnedOn: null, comments: '' } });
  record(officer, M, { type: 'publication', data: { decision: 'publish', publicationDate: '2026-03-09', panelCopySentOn: '2026-03-04' } });

  // N: a rapid review decided near the end of the period whose LCSPR was decided the day after it.
  const N = open(officer, { kindRequested: 'rapid-review', incidentDate: '2026-03-12', referralDate: '2026-03-16', referrerAgency: POLICE });
  screen(officer, N, '2026-03-20', 'rapid-review');
  rapidReviewMeeting(officer, N, '2026-04-01', { on: '2026-03-31', at: '09:00' }, 'lcspr');
  record(officer, N, { type: 'panel-response', data: { reportSentOn: '2026-03-27', respondedOn: null, response: 'agrees', comments: '' } });

  // P: an older review, published in February 2025 and still on the website.
  const P = open(officer, { kindRequested: 'rapid-review', incidentDate: '2024-01-08', referralDate: '2024-01-10', referrerAgency: POLICE });
  record(officer, P, { type: 'publication', data: { decision: 'publish', publicationDate: '2025-02-14', panelCopySentOn: '2025-02-05' } });

  // Themes: two new ones, and two more that are retired after being tagged.
  for (const name of ['Neurodiversity', 'Fathers and Other Men', 'Transitions to Adulthood']) addTheme(officer, name);
  tag(officer, A, ['Significance of History', 'Information Sharing', 'Transitions to Adulthood']);
  tag(officer, B, ['Information Sharing', 'Professional Challenge']);
  tag(officer, C, ['Child’s Lived Experience']);
  tag(officer, D, ['Information Sharing']);
  tag(officer, F, ['Fathers and Other Men']);
  tag(officer, G, ['Parents’ Capacity to Change']);
  tag(officer, H, ['Neurodiversity']);
  tag(officer, L, ['Information Sharing']);
  tag(officer, N, ['Neurodiversity']);
  retireTheme(officer, themeId(officer, 'Fathers and Other Men'), true);
  retireTheme(officer, themeId(officer, 'Transitions to Adulthood'), true);

  // Action plans.
  plan(officer, B, [
    { dueOn: '2025-04-01', progress: complete('2025-03-31', '2025-04-02') },
    { dueOn: '2025-09-30', progress: complete('2025-10-06') },
    { dueOn: '2025-12-31', progress: { status: 'no-longer-needed', completedOn: null, evidence: '', evidenceAcceptedOn: null } },
  ]);
  plan(officer, A, [
    { dueOn: '2026-03-31', progress: complete('2026-03-31', '2026-04-02') },
    { dueOn: '2026-02-27', progress: { status: 'in-progress', completedOn: null, evidence: '', evidenceAcceptedOn: null } },
    { dueOn: '2026-04-01' },
    { dueOn: '2025-03-31', progress: complete('2025-03-20', '2025-03-25') },
  ]);
  plan(officer, F, [{ dueOn: '2025-11-28' }, { dueOn: '2026-01-30', progress: complete('2026-01-20') }]);

  // Learning events and reflective sessions.
  event(officer, { kind: 'learning-event', heldOn: '2025-04-01', attendance: 30, feedbackResponses: 20, understandBetter: 15 });
  event(officer, { kind: 'reflective-session', heldOn: '2025-10-15', attendance: 12, feedbackResponses: 10, understandBetter: 6 });
  event(officer, { kind: 'reflective-session', heldOn: '2026-03-31', attendance: 8, feedbackResponses: 6, understandBetter: 3 });
  event(officer, { kind: 'reflective-session', heldOn: '2025-03-31', attendance: 10, feedbackResponses: 10, understandBetter: 10 });
  event(officer, { kind: 'learning-event', heldOn: '2026-04-01', attendance: 40, feedbackResponses: 30, understandBetter: 30 });
  event(officer, { kind: 'reflective-session', heldOn: '2026-01-21', attendance: 5, feedbackResponses: 0, understandBetter: 0 });

  // Repeat incidents: on I (twice), on J, and on D.
  flagRepeat(officer, I, { earlierReference: F, note: '' });
  flagRepeat(officer, I, { earlierReference: B, note: '' });
  flagRepeat(officer, J, { earlierReference: I, note: '' });
  flagRepeat(officer, D, { earlierReference: A, note: '' });

  // Families' feedback.
  familySaid(officer, A, '2025-03-31', 'no');
  familySaid(officer, B, '2025-04-01', 'yes');
  familySaid(officer, F, '2026-03-31', 'partly');
  familySaid(officer, H, '2026-04-01', 'yes');
  familySaid(officer, L, '2025-12-10', 'no');
  familySaid(officer, J, '2026-02-20', 'yes');

  return { A, B, C, D, E, F, G, H, I, J, K, L, M, N, P };
}

/**
 * Every figure for PERIOD on TODAY, worked out by hand from the cases above. Working days skip
 * weekends and the bank holidays named at the top; day 0 is the starting event.
 */
export const HAND_WORKED: Readonly<Record<string, number | null>> = {
  // Referrals received 1 April 2025 – 31 March 2026: B (1 Apr 2025), C (31 Mar 2026), F, G, H, I, J,
  // K, L, N. Not A (31 Mar 2025), E (28 Mar 2025), M (10 Mar 2025), P (2024) or D (1 Apr 2026).
  'referrals.total': 10,
  // Asked for: rapid review G, H, L, N.
  'referrals.by_kind.rapid_review': 4,
  // B, I.
  'referrals.by_kind.non_statutory_review': 2,
  // F.
  'referrals.by_kind.serious_offence_review': 1,
  // C, J.
  'referrals.by_kind.good_outcome_review': 2,
  // K.
  'referrals.by_kind.care_leaver_signpost': 1,
  // Screened as a rapid review: G, H, L, N (A's and M's were referred before the period).
  'referrals.by_outcome.rapid_review': 4,
  // B.
  'referrals.by_outcome.non_statutory_review': 1,
  // F.
  'referrals.by_outcome.serious_offence_review': 1,
  // J.
  'referrals.by_outcome.good_outcome_review': 1,
  // E was screened "no further action" in the period, but referred before it.
  'referrals.by_outcome.no_further_action': 0,
  // K.
  'referrals.by_outcome.signpost_adults_board': 1,
  // C and I have no screening decision.
  'referrals.by_outcome.awaiting_screening': 2,
  // Referred by Greater Manchester Police: F, H, L, N.
  'referrals.by_agency.greater_manchester_police': 4,
  // B, J, and C written "education": one agency.
  'referrals.by_agency.education': 3,
  // I, K (D is after the period).
  'referrals.by_agency.housing': 2,
  // G.
  'referrals.by_agency.nhs_gm_icb_salford_locality': 1,
  // Tagged on A only, referred before the period: listed, with none.
  'referrals.by_theme.significance_of_history': 0,
  // G.
  'referrals.by_theme.parents_capacity_to_change': 1,
  // B and L (A is before the period, D after it).
  'referrals.by_theme.information_sharing': 2,
  // B.
  'referrals.by_theme.professional_challenge': 1,
  // C, on the last day.
  'referrals.by_theme.childs_lived_experience': 1,
  // H and N.
  'referrals.by_theme.neurodiversity': 2,
  // Retired, but tagged on F: still listed. ("Transitions to Adulthood", retired and tagged only
  // on A, is not listed at all.)
  'referrals.by_theme.fathers_and_other_men': 1,

  // Reviews decided in the period: rapid reviews A (screened 1 Apr 2025), G (29 Aug), H (3 Oct),
  // L (3 Dec), N (20 Mar 2026); LCSPRs A (meeting 24 Apr 2025) and M (meeting 2 Apr 2025);
  // non-statutory B (screened 9 Apr 2025) and L (meeting 17 Dec 2025, "other local review");
  // serious offence F; good outcome J. Not M's rapid review (12 Mar 2025), N's LCSPR (1 Apr 2026),
  // E (no further action) or K (signposted).
  'reviews.total': 11,
  // A's rapid review: the National Panel disagreed. (M's Panel also disagreed, but M's rapid review
  // was decided before the period; N's Panel agreed.)
  'reviews.panel_disagreements': 1,
  'reviews.by_kind.rapid_review': 5,
  'reviews.by_kind.lcspr': 2,
  'reviews.by_kind.non_statutory_review': 2,
  'reviews.by_kind.serious_offence_review': 1,
  'reviews.by_kind.good_outcome_review': 1,
  // A and N: their meetings recommended an LCSPR (N's after the period, but it is N's outcome).
  'reviews.by_outcome.rapid_review.lcspr': 2,
  // L.
  'reviews.by_outcome.rapid_review.other_local_review': 1,
  // G.
  'reviews.by_outcome.rapid_review.no_further_action': 1,
  // H has no meeting yet.
  'reviews.by_outcome.rapid_review.awaiting_outcome': 1,
  'reviews.by_outcome.lcspr.completed': 0,
  // A and M are still open.
  'reviews.by_outcome.lcspr.in_progress': 2,
  // B was closed.
  'reviews.by_outcome.non_statutory_review.completed': 1,
  // L.
  'reviews.by_outcome.non_statutory_review.in_progress': 1,
  'reviews.by_outcome.serious_offence_review.completed': 0,
  'reviews.by_outcome.serious_offence_review.in_progress': 1,
  'reviews.by_outcome.good_outcome_review.completed': 0,
  'reviews.by_outcome.good_outcome_review.in_progress': 1,

  // Referral made within 5 days of the incident, due in the period: A (27 Mar → due 1 Apr 2025,
  // the first day; referred 31 Mar: met, 4 days), D (26 Mar → due 31 Mar 2026, the last day;
  // referred 1 Apr: missed, 6 days), F (2 Jun → due 7 Jun; referred 10 Jun: missed, 8 days),
  // G, H, I, J (2 days each), K, L (3 days each), N (4 days): met. B's was due 30 Mar 2025, E's
  // 31 Mar 2025 and C's 4 Apr 2026: outside.
  'timeliness.referral.met': 8,
  'timeliness.referral.missed': 2,
  'timeliness.referral.open': 0,
  // Days: 2, 2, 2, 2, 3, 3, 4, 4, 6, 8: the middle two (fifth and sixth) are both 3.
  'timeliness.referral.median_days': 3,
  // Screening within 5 working days of the referral: A (31 Mar → due 7 Apr 2025; decided 1 Apr:
  // met, 1), E (Fri 28 Mar → due Fri 4 Apr; decided that day: met, 5), F (10 Jun → due 17 Jun;
  // 13 Jun: met, 3), H (1 Oct → 8 Oct; 3 Oct: met, 2), J (14 Jan → 21 Jan; 16 Jan: met, 2),
  // K (2 Feb → 9 Feb; 3 Feb: met, 1), L (1 Dec → 8 Dec; 3 Dec: met, 2), N (16 Mar → 23 Mar;
  // 20 Mar: met, 4). Missed: B (1 Apr → due 8 Apr 2025; decided 9 Apr: 6), G (20 Aug → due
  // 28 Aug, the 25 August bank holiday skipped; decided 29 Aug: 6), I (12 Nov → due 19 Nov;
  // never decided, past due on 15 Apr 2026). C's is due 9 Apr 2026 (Easter skipped), outside.
  'timeliness.screening.met': 8,
  'timeliness.screening.missed': 3,
  'timeliness.screening.open': 0,
  // Working days: 1, 1, 2, 2, 2, 3, 4, 5, 6, 6: the middle two (fifth and sixth) are 2 and 3.
  'timeliness.screening.median_days': 2.5,
  // A (aware 31 Mar, notified 2 Apr 2025: 2 working days, due 7 Apr) and G (aware Fri 29 Aug,
  // notified Mon 1 Sep: 1, due 5 Sep): both met.
  'timeliness.la_notification.met': 2,
  'timeliness.la_notification.missed': 0,
  'timeliness.la_notification.open': 0,
  'timeliness.la_notification.median_days': 1.5,
  // F's requests went on 16 Jun 2025, due 23 Jun: Education returned 20 Jun (met, 4), Police
  // 25 Jun (missed, 7), health never (missed once past due).
  'timeliness.agency_returns.met': 1,
  'timeliness.agency_returns.missed': 2,
  'timeliness.agency_returns.open': 0,
  'timeliness.agency_returns.median_days': 5.5,
  // No request asked an agency to secure its files.
  'timeliness.securing_confirmation.met': 0,
  'timeliness.securing_confirmation.missed': 0,
  'timeliness.securing_confirmation.open': 0,
  'timeliness.securing_confirmation.median_days': null,
  // Papers due 24 hours before each meeting at 10:00: A (due 23 Apr 2025 10:00, shared 22 Apr),
  // L (due 16 Dec, shared 15 Dec), M (due 1 Apr 2025 10:00, the first day, shared 09:00) and
  // N (meeting 1 Apr 2026, so due 31 Mar 2026 10:00, the last day; shared 09:00): met.
  // G (due 9 Sep 10:00, shared 12:00): missed. Counted in hours: no median.
  'timeliness.papers.met': 4,
  'timeliness.papers.missed': 1,
  'timeliness.papers.open': 0,
  'timeliness.papers.median_days': null,
  // Within 15 working days of notification: A (2 Apr → due 25 Apr 2025, Easter skipped; sent
  // 28 Apr: missed, 16 working days) and G (1 Sep → due 22 Sep; never sent: missed).
  'timeliness.rapid_review_report.met': 0,
  'timeliness.rapid_review_report.missed': 2,
  'timeliness.rapid_review_report.open': 0,
  'timeliness.rapid_review_report.median_days': 16,
  // Within 10 working days of the LCSPR decision: M (2 Apr → due 16 Apr 2025; appointed 14 Apr:
  // met, 8) and A (24 Apr → due 9 May, the 5 May bank holiday skipped; appointed 12 May: missed,
  // 11 — and it stays missed now the reviewer is appointed). N's is due after the period.
  'timeliness.lead_reviewer.met': 1,
  'timeliness.lead_reviewer.missed': 1,
  'timeliness.lead_reviewer.open': 0,
  'timeliness.lead_reviewer.median_days': 9.5,
  // M's draft to Education 12 Jan → due 26 Jan 2026; returned 23 Jan: met, 9. To Police
  // Fri 20 Mar → due 7 Apr 2026 over Easter: outside.
  'timeliness.factual_accuracy.met': 1,
  'timeliness.factual_accuracy.missed': 0,
  'timeliness.factual_accuracy.open': 0,
  'timeliness.factual_accuracy.median_days': 9,
  // M published 9 Mar 2026: the copy was due 7 days before, 2 Mar; sent 4 Mar (5 days before):
  // missed. P's copy was due 7 Feb 2025: outside.
  'timeliness.panel_copy.met': 0,
  'timeliness.panel_copy.missed': 1,
  'timeliness.panel_copy.open': 0,
  'timeliness.panel_copy.median_days': 5,
  // P published 14 Feb 2025 must stay up until 14 Feb 2026; still up on 15 Apr 2026: met.
  // M's is due in 2027. Counted in months: no median.
  'timeliness.publication_kept.met': 1,
  'timeliness.publication_kept.missed': 0,
  'timeliness.publication_kept.open': 0,
  'timeliness.publication_kept.median_days': null,

  // Summaries completed in the period: B Education (1 Apr 2025, good), F Education (19 Jun, good),
  // F Police (24 Jun, requires improvement), G health (5 Sep, not rated), G Police (31 Mar 2026,
  // inadequate). Not A Police (31 Mar 2025) or F health (no date: saved after the period).
  'summaries.total': 5,
  'summaries.quality.good': 2,
  'summaries.quality.requires_improvement': 1,
  'summaries.quality.inadequate': 1,
  'summaries.quality.not_rated': 1,

  // Actions due in the period: B's three (1 Apr 2025, 30 Sep, 31 Dec), A's due 31 Mar 2026 and
  // 27 Feb 2026, F's two (28 Nov, 30 Jan). Not A's due 1 Apr 2026 or 31 Mar 2025.
  'actions.total': 7,
  // B 1 Apr (done 31 Mar), B 30 Sep (done 6 Oct), A 31 Mar 2026 (done that day), F 30 Jan (done 20 Jan).
  'actions.complete': 4,
  // A, B and F.
  'action_plans.cases': 3,
  // B: complete, complete, no longer needed. A and F each have one still open.
  'action_plans.complete': 1,
  'actions.completed_on_time': 3,
  // B's due 30 Sep, done 6 Oct.
  'actions.completed_late': 1,
  // A's due 27 Feb (in progress) and F's due 28 Nov (not started), both past on 15 Apr 2026.
  'actions.overdue': 2,
  'actions.open': 0,
  // B's due 31 Dec.
  'actions.no_longer_needed': 1,

  // B's due 1 Apr 2025 and A's due 31 Mar 2026, each complete with its evidence accepted.
  // (F's due 30 Jan has evidence not yet accepted.)
  'actions.completed_with_evidence': 2,
  // Held 1 Apr 2025 (not the one on 1 Apr 2026).
  'learning.events.learning_event': 1,
  // Held 15 Oct 2025, 21 Jan 2026 and 31 Mar 2026 (not the one on 31 Mar 2025).
  'learning.events.reflective_session': 3,
  // 30 + 12 + 5 + 8.
  'learning.attendance': 55,
  // 20 + 10 + 0 + 6.
  'learning.feedback.responses': 36,
  // 15 + 6 + 0 + 3.
  'learning.feedback.understand_better': 24,
  // 15 Oct: 6 of 10, more than half. Not 31 Mar 2026 (3 of 6, exactly half) or 21 Jan (no feedback).
  'learning.reflective_sessions.greater_understanding': 1,
  // I (flagged against F and against B: one referral) and J. Not D, referred after the period.
  'repeat_incidents.total': 2,
  // Given 1 Apr 2025 (B, yes), 10 Dec (L, no), 20 Feb 2026 (J, yes), 31 Mar 2026 (F, partly).
  // Not 31 Mar 2025 (A) or 1 Apr 2026 (H).
  'family_feedback.total': 4,
  'family_feedback.sensitive.yes': 2,
  'family_feedback.sensitive.partly': 1,
  'family_feedback.sensitive.no': 1,
};
