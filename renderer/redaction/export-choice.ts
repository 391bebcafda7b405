/**
 * What the exports form holds, and the choice main is asked for: the kind, and for a draft the
 * person it is for (named on every page), their agency and whether they may forward it.
 */
import type { ExportChoice } from '../../shared/ipc/report-calls.ts';
import type { ExportKind } from '../../shared/reports/report-document.ts';

export interface ExportAnswers {
  /** '' until one is chosen. */
  readonly kind: ExportKind | '';
  readonly recipient: string;
  readonly agency: string;
  readonly mayForward: boolean;
}

export const NO_ANSWERS: ExportAnswers = { kind: '', recipient: '', agency: '', mayForward: false };

/** The recipient as the contract takes it (for a draft, and for the sealed bundle). */
export function recipientOf(answers: ExportAnswers) {
  return { recipient: answers.recipient, agency: answers.agency, mayForward: answers.mayForward };
}

/** The choice to check against exportChoice: a kind left unchosen stays undefined, so the schema's own message asks for it. */
export function choiceOf(reference: string, answers: ExportAnswers): Partial<ExportChoice> {
  return {
    reference,
    kind: answers.kind === '' ? undefined : answers.kind,
    recipient: answers.kind === 'draft' ? recipientOf(answers) : null,
  };
}
