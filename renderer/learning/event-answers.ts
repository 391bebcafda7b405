/**
 * A learning event's form answers as typed (numbers as text, so "1" on its way to "15" stays on
 * screen) and what is sent: the shared schema then says what is wrong with each, as main would.
 */
import type { LearningEventInput, LearningEventKind, LearningEventView } from '../../shared/learning/learning.ts';
import { numberFrom } from '../components/form/number-from.ts';

export interface EventAnswers {
  readonly kind: LearningEventKind | '';
  readonly title: string;
  readonly heldOn: string;
  readonly audience: string;
  readonly reference: string;
  readonly attendance: string;
  readonly feedbackResponses: string;
  readonly understandBetter: string;
  readonly notes: string;
}

export function eventAnswers(event: LearningEventView | null): EventAnswers {
  if (event === null) return { kind: '', title: '', heldOn: '', audience: '', reference: '', attendance: '', feedbackResponses: '', understandBetter: '', notes: '' };
  return {
    kind: event.kind,
    title: event.title,
    heldOn: event.heldOn,
    audience: event.audience,
    reference: event.reference,
    attendance: String(event.attendance),
    feedbackResponses: String(event.feedbackResponses),
    understandBetter: String(event.understandBetter),
    notes: event.notes,
  };
}

/** Blank choices and numbers go as missing, so the schema's own "Choose …" and "Enter …" messages are shown. */
export function eventToSend(answers: EventAnswers): Record<keyof LearningEventInput, unknown> {
  return {
    kind: answers.kind === '' ? undefined : answers.kind,
    title: answers.title,
    heldOn: answers.heldOn,
    audience: answers.audience,
    reference: answers.reference,
    attendance: numberFrom(answers.attendance) ?? undefined,
    feedbackResponses: numberFrom(answers.feedbackResponses) ?? undefined,
    understandBetter: numberFrom(answers.understandBetter) ?? undefined,
    notes: answers.notes,
  };
}
