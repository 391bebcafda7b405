/** Between the referral form's boxes (text, '' for nothing) and the referral record main keeps. */
import type { RecordData, RecordInput } from '../../shared/reviews/records.ts';

export const GOOD_OUTCOME_FIELDS = ['livedExperience', 'stepsTaken', 'before', 'barriers', 'effect', 'learning'] as const;
export type GoodOutcomeField = (typeof GOOD_OUTCOME_FIELDS)[number];

export interface ReferralAnswers {
  readonly kindRequested: string;
  readonly referrerName: string;
  readonly referrerAgency: string;
  readonly incidentDate: string;
  readonly referralDate: string;
  readonly criteriaDeathOrSeriousHarm: string;
  readonly criteriaAbuseOrNeglect: string;
  readonly leadConsulted: string;
  readonly leadConsultedName: string;
  readonly familyConsulted: string;
  readonly familyNotConsultedReason: string;
  readonly aboutTheChild: string;
  readonly whatHappened: string;
  readonly whyLearning: string;
  readonly immediateSafetyActions: string;
  readonly agencies: readonly string[];
  readonly goodOutcome: Readonly<Record<GoodOutcomeField, string>>;
}

const NO_GOOD_OUTCOME: Readonly<Record<GoodOutcomeField, string>> = { livedExperience: '', stepsTaken: '', before: '', barriers: '', effect: '', learning: '' };

export const EMPTY_REFERRAL: ReferralAnswers = {
  kindRequested: '',
  referrerName: '',
  referrerAgency: '',
  incidentDate: '',
  referralDate: '',
  criteriaDeathOrSeriousHarm: '',
  criteriaAbuseOrNeglect: '',
  leadConsulted: '',
  leadConsultedName: '',
  familyConsulted: '',
  familyNotConsultedReason: '',
  aboutTheChild: '',
  whatHappened: '',
  whyLearning: '',
  immediateSafetyActions: '',
  agencies: [],
  goodOutcome: NO_GOOD_OUTCOME,
};

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

export function answersFromReferral(referral: RecordData<'referral'>): ReferralAnswers {
  return {
    ...referral,
    criteriaAbuseOrNeglect: yesNo(referral.criteriaAbuseOrNeglect),
    leadConsulted: yesNo(referral.leadConsulted),
    familyConsulted: yesNo(referral.familyConsulted),
    goodOutcome: referral.goodOutcome ?? NO_GOOD_OUTCOME,
  };
}

/** An unanswered choice goes as undefined, so the schema's own "Choose …" message is the one shown. */
function booleanOrUndefined(answer: string): boolean | undefined {
  if (answer === 'yes') return true;
  if (answer === 'no') return false;
  return undefined;
}

/**
 * The record to check and send. Follow-up answers that no longer apply (who was consulted, after
 * "No"; the good-outcome fields, for another kind) are dropped rather than kept out of sight.
 */
export function referralFromAnswers(answers: ReferralAnswers): Record<string, unknown> {
  const leadConsulted = booleanOrUndefined(answers.leadConsulted);
  const familyConsulted = booleanOrUndefined(answers.familyConsulted);
  return {
    kindRequested: answers.kindRequested === '' ? undefined : answers.kindRequested,
    referrerName: answers.referrerName,
    referrerAgency: answers.referrerAgency,
    incidentDate: answers.incidentDate,
    referralDate: answers.referralDate,
    criteriaDeathOrSeriousHarm: answers.criteriaDeathOrSeriousHarm === '' ? undefined : answers.criteriaDeathOrSeriousHarm,
    criteriaAbuseOrNeglect: booleanOrUndefined(answers.criteriaAbuseOrNeglect),
    leadConsulted,
    leadConsultedName: leadConsulted === true ? answers.leadConsultedName : '',
    familyConsulted,
    familyNotConsultedReason: familyConsulted === false ? answers.familyNotConsultedReason : '',
    aboutTheChild: answers.aboutTheChild,
    whatHappened: answers.whatHappened,
    whyLearning: answers.whyLearning,
    immediateSafetyActions: answers.immediateSafetyActions,
    agencies: [...answers.agencies],
    goodOutcome: answers.kindRequested === 'good-outcome-review' ? { ...answers.goodOutcome } : null,
  } satisfies Record<keyof RecordInput<'referral'>, unknown>;
}
