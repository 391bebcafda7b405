/** PLACEHOLDER (helper A): candidates in a printable document, and the document redacted. */
import type { CandidateView, IdentifierKind, RedactedDocument, RedactionSummary, RegisterEntry } from '../../../shared/reports/redaction.ts';
import type { PrintableDocument } from '../../../shared/reports/report-document.ts';

/** A reviewer's decision on one value at one place, as the store keeps it. */
export interface DecisionRecord {
  readonly document: RedactedDocument;
  readonly kind: IdentifierKind;
  readonly value: string;
  readonly place: string;
  readonly decision: 'accept' | 'dismiss';
  readonly reason: string;
  readonly decidedBy: string;
  readonly decidedAt: string;
}

export interface RedactionInput {
  readonly document: RedactedDocument;
  /** The document before redaction. */
  readonly printable: PrintableDocument;
  readonly register: readonly RegisterEntry[];
  readonly decisions: readonly DecisionRecord[];
}

/** Every detected identifier the register does not cover, each with its decision or "undecided". */
export function findCandidates(_input: RedactionInput): CandidateView[] {
  throw new Error('not built yet');
}

export interface Redacted {
  readonly printable: PrintableDocument;
  readonly summary: RedactionSummary;
  /** Candidates still undecided; with `acceptDetected` these were replaced by their kind in brackets. */
  readonly undecided: readonly CandidateView[];
}

export function redactDocument(_input: RedactionInput, _options: { readonly acceptDetected: boolean }): Redacted {
  throw new Error('not built yet');
}
