/** PLACEHOLDER (helper A): the last check on text read back out of an export's bytes. */
import type { IdentifierKind, RegisterEntry } from '../../../shared/reports/redaction.ts';

export interface GateFinding {
  readonly kind: IdentifierKind;
  /** What was found, as the register or detector knows it. */
  readonly value: string;
}

/**
 * Register values and detector hits in `text`. `dismissed` are the values the reviewer dismissed
 * in this document: after extraction a value's place is lost, so a dismissal anywhere allows it.
 */
export function gateFindings(_text: string, _register: readonly RegisterEntry[], _dismissed: readonly { kind: IdentifierKind; value: string }[]): GateFinding[] {
  throw new Error('not built yet');
}
