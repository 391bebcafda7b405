/**
 * Candidates in a printable document, and the document redacted. The register's matches are
 * replaced without asking (names and places by their pseudonyms, dates of birth, addresses and
 * contact details by their kind in brackets); what the detectors find beyond them is a candidate
 * for the reviewer, replaced only once accepted (or, with `acceptDetected`, while undecided).
 * Replacement happens on the text itself, before anything is rendered, so nothing lies under a box.
 */
import { IDENTIFIER_KINDS, REPLACEMENTS, type CandidateState, type CandidateView, type IdentifierKind, type RedactedDocument, type RedactionSummary, type RegisterEntry } from '../../../shared/reports/redaction.ts';
import type { PrintableDocument } from '../../../shared/reports/report-document.ts';
import { detectIdentifiers, type Detection } from './detectors.ts';
import { mapDocumentTexts, type TextPlace } from './document-places.ts';
import { tidyValue } from './normalise.ts';
import { compileRegister, findRegisterMatches } from './register-matcher.ts';
import { applyReplacements, coverageOf, mergeReplacements, type Replacement } from './replacements.ts';

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

export interface Redacted {
  readonly printable: PrintableDocument;
  readonly summary: RedactionSummary;
  /** Candidates still undecided; with `acceptDetected` these were replaced by their kind in brackets. */
  readonly undecided: readonly CandidateView[];
}

/** How much of the text either side of a candidate the reviewer sees. */
const CONTEXT_REACH = 40;

const candidateKey = (document: string, kind: IdentifierKind, value: string, place: string): string => [document, kind, tidyValue(value), place].join('\u0000');

/** The latest decision for each (document, kind, value, place). */
function indexDecisions(decisions: readonly DecisionRecord[]): Map<string, DecisionRecord> {
  const index = new Map<string, DecisionRecord>();
  for (const decision of decisions) {
    const key = candidateKey(decision.document, decision.kind, decision.value, decision.place);
    const earlier = index.get(key);
    if (earlier === undefined || decision.decidedAt >= earlier.decidedAt) index.set(key, decision);
  }
  return index;
}

function contextOf(text: string, detection: Detection): string {
  const from = Math.max(0, detection.start - CONTEXT_REACH);
  const to = Math.min(text.length, detection.end + CONTEXT_REACH);
  return `${from > 0 ? '…' : ''}${tidyValue(text.slice(from, to))}${to < text.length ? '…' : ''}`;
}

interface Walked {
  readonly printable: PrintableDocument;
  readonly candidates: CandidateView[];
  readonly replaced: Replacement[];
}

/** One pass over the document: each text's register matches and uncovered detections, decided, and (if asked) replaced. */
function walk(input: RedactionInput, acceptDetected: boolean): Walked {
  const register = compileRegister(input.register);
  const decisions = indexDecisions(input.decisions);
  const candidates = new Map<string, CandidateView>();
  const replaced: Replacement[] = [];

  const redactText = (text: string, at: TextPlace): string => {
    if (text === '') return text;
    const matches = findRegisterMatches(text, register);
    const spans: Replacement[] = matches.map((match) => ({ start: match.start, end: match.end, text: match.replacement, kind: match.kind, fromRegister: true }));
    const covered = coverageOf(matches);
    for (const detection of detectIdentifiers(text)) {
      if (covered(detection.start, detection.end)) continue;
      const key = candidateKey(input.document, detection.kind, detection.value, at.place);
      const decision = decisions.get(key);
      const state: CandidateState = decision === undefined ? 'undecided' : decision.decision === 'accept' ? 'accepted' : 'dismissed';
      if (!candidates.has(key)) {
        candidates.set(key, {
          document: input.document,
          kind: detection.kind,
          value: tidyValue(detection.value),
          place: at.place,
          where: at.where,
          context: contextOf(text, detection),
          state,
          decidedBy: decision?.decidedBy ?? null,
          decidedAt: decision?.decidedAt ?? null,
          reason: decision?.reason ?? '',
        });
      }
      if (state === 'accepted' || (state === 'undecided' && acceptDetected)) {
        spans.push({ start: detection.start, end: detection.end, text: REPLACEMENTS[detection.kind], kind: detection.kind, fromRegister: false });
      }
    }
    const merged = mergeReplacements(spans);
    replaced.push(...merged);
    return applyReplacements(text, merged);
  };

  const printable = mapDocumentTexts(input.document, input.printable, redactText);
  return { printable, candidates: [...candidates.values()], replaced };
}

/** Every detected identifier the register does not cover, each with its decision or "undecided", in reading order. */
export function findCandidates(input: RedactionInput): CandidateView[] {
  return walk(input, false).candidates;
}

function summarise(replaced: readonly Replacement[], candidates: readonly CandidateView[]): RedactionSummary {
  const counts = new Map<IdentifierKind, number>();
  for (const span of replaced) counts.set(span.kind, (counts.get(span.kind) ?? 0) + 1);
  return {
    pseudonyms: replaced.filter((span) => span.fromRegister).length,
    byKind: IDENTIFIER_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind)! })),
    dismissed: candidates.filter((candidate) => candidate.state === 'dismissed').length,
  };
}

export function redactDocument(input: RedactionInput, options: { readonly acceptDetected: boolean }): Redacted {
  const { printable, candidates, replaced } = walk(input, options.acceptDetected);
  return { printable, summary: summarise(replaced, candidates), undecided: candidates.filter((candidate) => candidate.state === 'undecided') };
}
