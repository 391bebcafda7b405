/**
 * The words around a detected value, with the value marked, so the reviewer judges it where it
 * stands. The value is found however it is spaced or capitalised there: a detector may have
 * matched it split across a line or in capitals.
 */
import type { ReactNode } from 'react';

export function MarkedContext({ context, value }: { readonly context: string; readonly value: string }) {
  return <span className="prm-candidate-context">{markValue(context, value)}</span>;
}

/** The context in pieces, each occurrence of the value in a <mark>. */
export function markValue(context: string, value: string): ReactNode[] {
  const pattern = valuePattern(value);
  if (pattern === null) return [context];
  const pieces: ReactNode[] = [];
  let from = 0;
  for (const match of context.matchAll(pattern)) {
    const at = match.index;
    if (at > from) pieces.push(context.slice(from, at));
    pieces.push(<mark key={at}>{match[0]}</mark>);
    from = at + match[0].length;
  }
  if (from < context.length) pieces.push(context.slice(from));
  return pieces;
}

function valuePattern(value: string): RegExp | null {
  const words = value.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return null;
  return new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
}
