/**
 * Replacing spans of a text: the register's matches and the accepted candidates. Where spans
 * overlap, their union is replaced (so no part of either survives) by the longest one's
 * replacement: "longest match wins", and nothing is left half-redacted.
 */
import type { IdentifierKind } from '../../../shared/reports/redaction.ts';

export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: IdentifierKind;
  /** From the register (a pseudonym or a register value's bracket), rather than an accepted candidate. */
  readonly fromRegister: boolean;
}

/** Overlapping spans merged, each group taking the longest member's replacement (the register's on a tie), in text order. */
export function mergeReplacements(spans: readonly Replacement[]): Replacement[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Replacement[] = [];
  let group: Replacement[] = [];
  let groupEnd = -1;
  const close = (): void => {
    if (group.length === 0) return;
    const winner = group.reduce((best, span) => {
      const length = span.end - span.start;
      const bestLength = best.end - best.start;
      return length > bestLength || (length === bestLength && span.fromRegister && !best.fromRegister) ? span : best;
    });
    merged.push({ ...winner, start: group[0]!.start, end: groupEnd });
    group = [];
  };
  for (const span of sorted) {
    if (span.start >= groupEnd) close();
    group.push(span);
    groupEnd = Math.max(groupEnd, span.end);
  }
  close();
  return merged;
}

/** The text with each (merged, non-overlapping, ordered) span replaced. */
export function applyReplacements(text: string, spans: readonly Replacement[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    parts.push(text.slice(at, span.start), span.text);
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Whether a span lies wholly inside one of `spans`: a binary search over the spans by start, with
 * the furthest end reached so far, so a long text with many matches is checked in O(log n) each.
 */
export function coverageOf(spans: readonly { readonly start: number; readonly end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const span of sorted) furthest.push(Math.max(span.end, furthest.at(-1) ?? -1));
  return (start, end) => {
    let low = 0;
    let high = sorted.length - 1;
    let last = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]!.start <= start) {
        last = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return last >= 0 && furthest[last]! >= end;
  };
}
