/** PLACEHOLDER (helper A): identifiers found in text by pattern. */
import type { IdentifierKind } from '../../../shared/reports/redaction.ts';

export interface Detection {
  readonly kind: IdentifierKind;
  readonly value: string;
  /** UTF-16 offsets into the text searched. */
  readonly start: number;
  readonly end: number;
}

export function detectIdentifiers(_text: string): Detection[] {
  throw new Error('not built yet');
}

export function isValidNhsNumber(_digits: string): boolean {
  throw new Error('not built yet');
}
