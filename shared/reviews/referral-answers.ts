/**
 * The referral as question-and-answer pairs, in the order the form asks them: one list for the
 * case page's referral summary and the meeting pack's referral section, so the two always say
 * the same thing in the same words. Dates are formatted by the caller (each side has its own
 * way of writing a date); an empty answer is null, which each side shows as "Not recorded".
 */
import { CASE_KIND_LABELS } from '../case-kinds.ts';
import type { RecordData } from './records.ts';

export interface ReferralAnswer {
  readonly label: string;
  readonly answer: string | null;
  /** For answers that are lists (the agencies involved): each item, so a screen can list them. */
  readonly items?: readonly string[];
}

const HARM_WORDS = { death: 'The child died', 'serious-harm': 'The child was seriously harmed', neither: 'Neither' } as const;

const text = (value: string): string | null => (value.trim() === '' ? null : value);
const withDetail = (yes: boolean, detail: string): string => `${yes ? 'Yes' : 'No'}${detail.trim() === '' ? '' : `: ${detail}`}`;

export function referralAnswers(referral: RecordData<'referral'>, formatDate: (date: string) => string): ReferralAnswer[] {
  const answers: ReferralAnswer[] = [
    { label: 'Kind of review requested', answer: CASE_KIND_LABELS[referral.kindRequested] },
    { label: 'Referrer', answer: `${referral.referrerName} (${referral.referrerAgency})` },
    { label: 'Incident date', answer: formatDate(referral.incidentDate) },
    { label: 'Referral received', answer: formatDate(referral.referralDate) },
    { label: 'Died or seriously harmed', answer: HARM_WORDS[referral.criteriaDeathOrSeriousHarm] },
    { label: 'Abuse or neglect known or suspected', answer: referral.criteriaAbuseOrNeglect ? 'Yes' : 'No' },
    { label: 'Safeguarding lead or PRSG member consulted', answer: referral.leadConsulted ? withDetail(true, referral.leadConsultedName) : 'No' },
    { label: 'Child and family consulted and prepared', answer: referral.familyConsulted ? 'Yes' : withDetail(false, referral.familyNotConsultedReason) },
    { label: 'About the child', answer: text(referral.aboutTheChild) },
    { label: 'What happened', answer: text(referral.whatHappened) },
    { label: 'Why there may be learning', answer: text(referral.whyLearning) },
    { label: 'Immediate safety actions', answer: text(referral.immediateSafetyActions) },
    { label: 'Agencies involved', answer: referral.agencies.length === 0 ? null : referral.agencies.join(', '), items: referral.agencies },
  ];
  const good = referral.goodOutcome;
  if (good !== null) {
    answers.push(
      { label: 'The child’s lived experience, and how we know it improved', answer: text(good.livedExperience) },
      { label: 'The steps taken', answer: text(good.stepsTaken) },
      { label: 'What was happening before, and why change was needed', answer: text(good.before) },
      { label: 'The barriers, and how they were overcome', answer: text(good.barriers) },
      { label: 'The evaluated effect', answer: text(good.effect) },
      { label: 'The learning for others', answer: text(good.learning) },
    );
  }
  return answers;
}
