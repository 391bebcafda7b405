/** Kinds of review and their stages (DOMAIN.md, "Kinds of review" and "The stages"). */

export const CASE_KINDS = [
  'rapid-review',
  'lcspr',
  'non-statutory-review',
  'serious-offence-review',
  'good-outcome-review',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_KIND_LABELS: Readonly<Record<CaseKind, string>> = {
  'rapid-review': 'Rapid review',
  lcspr: 'Local child safeguarding practice review',
  'non-statutory-review': 'Non-statutory practice review',
  'serious-offence-review': 'Serious offence review',
  'good-outcome-review': 'Good outcome review',
};

export const CASE_STAGES = [
  'referral',
  'screening',
  'information-gathering',
  'rapid-review-meeting',
  'review',
  'report',
  'action-plan',
  'closed',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const CASE_STAGE_LABELS: Readonly<Record<CaseStage, string>> = {
  referral: 'Referral',
  screening: 'Screening',
  'information-gathering': 'Information gathering',
  'rapid-review-meeting': 'Rapid review meeting',
  review: 'Review',
  report: 'Report',
  'action-plan': 'Action plan',
  closed: 'Closed',
};
