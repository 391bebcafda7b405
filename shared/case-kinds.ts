/**
 * Kinds of review, their stages, and the path each kind takes through them (DOMAIN.md, "Kinds
 * of review", "The stages and their clocks" and "Stages of the other kinds").
 */

export const CASE_KINDS = [
  'rapid-review',
  'lcspr',
  'non-statutory-review',
  'serious-offence-review',
  'good-outcome-review',
  'care-leaver-signpost',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_KIND_LABELS: Readonly<Record<CaseKind, string>> = {
  'rapid-review': 'Rapid review',
  lcspr: 'Local child safeguarding practice review',
  'non-statutory-review': 'Non-statutory practice review',
  'serious-offence-review': 'Serious offence review',
  'good-outcome-review': 'Good outcome review',
  'care-leaver-signpost': 'Care leaver death (signposted to the adults board)',
};

/** What a referrer may ask for: every kind except the LCSPR, which only a rapid review recommends. */
export const REFERRAL_KINDS = ['rapid-review', 'non-statutory-review', 'serious-offence-review', 'good-outcome-review', 'care-leaver-signpost'] as const satisfies readonly CaseKind[];
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

export const CASE_STAGES = [
  'referral',
  'screening',
  'information-gathering',
  'rapid-review-meeting',
  'national-panel',
  'lcspr-set-up',
  'method',
  'review-meeting',
  'review',
  'report',
  'factual-accuracy',
  'sign-off',
  'publication',
  'action-plan',
  'closed',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const CASE_STAGE_LABELS: Readonly<Record<CaseStage, string>> = {
  referral: 'Referral',
  screening: 'Screening',
  'information-gathering': 'Information gathering',
  'rapid-review-meeting': 'Rapid review meeting',
  'national-panel': 'Awaiting the National Panel',
  'lcspr-set-up': 'LCSPR set-up',
  method: 'Method chosen',
  'review-meeting': 'Multi-agency review meeting',
  review: 'Review',
  report: 'Findings and report',
  'factual-accuracy': 'Factual accuracy',
  'sign-off': 'Sign-off',
  publication: 'Publication',
  'action-plan': 'Action plan',
  closed: 'Closed',
};

/**
 * The stages each kind passes through, in order. A rapid review that recommends an LCSPR
 * becomes one: the case keeps its history and carries on from `lcspr-set-up`.
 */
export const PATHWAYS: Readonly<Record<CaseKind, readonly CaseStage[]>> = {
  'rapid-review': ['referral', 'screening', 'information-gathering', 'rapid-review-meeting', 'national-panel', 'closed'],
  lcspr: ['lcspr-set-up', 'review', 'report', 'factual-accuracy', 'sign-off', 'publication', 'action-plan', 'closed'],
  'non-statutory-review': ['referral', 'screening', 'method', 'review', 'report', 'action-plan', 'closed'],
  'serious-offence-review': ['referral', 'screening', 'information-gathering', 'review-meeting', 'report', 'action-plan', 'closed'],
  'good-outcome-review': ['referral', 'screening', 'review', 'report', 'closed'],
  'care-leaver-signpost': ['referral', 'screening', 'closed'],
};

export function isCaseKind(value: string): value is CaseKind {
  return (CASE_KINDS as readonly string[]).includes(value);
}
