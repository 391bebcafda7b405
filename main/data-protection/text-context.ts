/**
 * The matching text in context, for the reviewer: a short text whole, a long one as a window of
 * words either side of each mention, joined by ellipses. Line breaks become spaces, so each
 * finding fits one cell.
 */
import type { NameHit } from './name-matcher.ts';

/** A text this short is shown whole: a name field, a note, one chronology cell. */
const WHOLE_UP_TO = 600;
const EITHER_SIDE = 160;
/** Three mentions show the pattern; the count says how many more. */
const MOST_WINDOWS = 3;

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Moves a cut to the nearest space inwards, so no word is cut in half. */
function atSpace(text: string, at: number, direction: 1 | -1): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(text.length, at));
  const space = direction === 1 ? text.indexOf(' ', at) : text.lastIndexOf(' ', at);
  return space === -1 ? at : space;
}

export function inContext(text: string, hits: readonly NameHit[]): string {
  if (text.length <= WHOLE_UP_TO) return oneLine(text);
  const windows: { start: number; end: number }[] = [];
  for (const hit of hits.slice(0, MOST_WINDOWS)) {
    const start = atSpace(text, hit.start - EITHER_SIDE, 1);
    const end = atSpace(text, hit.end + EITHER_SIDE, -1);
    const last = windows.at(-1);
    if (last !== undefined && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start: Math.min(start, hit.start), end: Math.max(end, hit.end) });
  }
  const pieces = windows.map(({ start, end }) => `${start > 0 ? '… ' : ''}${oneLine(text.slice(start, end))}${end < text.length ? ' …' : ''}`);
  const more = hits.length - MOST_WINDOWS;
  return `${pieces.join(' ')}${more > 0 ? ` (and ${more} more mention${more === 1 ? '' : 's'} in this text)` : ''}`;
}

/** The words that matched, each once, as they are written in the text. */
export function matchedWords(text: string, hits: readonly NameHit[]): string {
  const seen = new Map<string, string>();
  for (const hit of hits) {
    const written = oneLine(text.slice(hit.start, hit.end));
    if (!seen.has(written.toLowerCase())) seen.set(written.toLowerCase(), `“${written}” (${hit.label})`);
  }
  return [...seen.values()].join('; ');
}
