/**
 * How the learning screens put main's values into words: kinds and stages by their labels, counts
 * with the right noun, and what participants said as one sentence.
 */
import { CASE_KIND_LABELS, CASE_STAGE_LABELS, CASE_KINDS, CASE_STAGES, type CaseKind, type CaseStage } from '../../shared/case-kinds.ts';
import { PERSON_ROLE_LABELS, PERSON_ROLES, type PersonRole } from '../../shared/reviews/people.ts';

function isKind(kind: string): kind is CaseKind {
  return (CASE_KINDS as readonly string[]).includes(kind);
}

function isStage(stage: string): stage is CaseStage {
  return (CASE_STAGES as readonly string[]).includes(stage);
}

function isRole(role: string): role is PersonRole {
  return (PERSON_ROLES as readonly string[]).includes(role);
}

/** "Rapid review"; a kind this version does not know is shown as main sent it rather than hidden. */
export function kindLabel(kind: string): string {
  return isKind(kind) ? CASE_KIND_LABELS[kind] : kind;
}

export function stageLabel(stage: string): string {
  return isStage(stage) ? CASE_STAGE_LABELS[stage] : stage;
}

/** "child", "family member": a person's role said inside a sentence. */
export function roleWords(role: string): string {
  return isRole(role) ? PERSON_ROLE_LABELS[role].toLowerCase() : role;
}

/** "1 case", "12 cases". */
export function countOf(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** "9 of 12 said they now understand the issues better", or that nobody gave feedback. */
export function feedbackSentence(understandBetter: number, feedbackResponses: number): string {
  if (feedbackResponses === 0) return 'No feedback recorded';
  return `${understandBetter.toLocaleString('en-GB')} of ${feedbackResponses.toLocaleString('en-GB')} said they now understand the issues better`;
}
