/**
 * Naming places in a draft for a person: a few words quoted from a paragraph, enough to find it
 * in Word with Find, and a list of places that stops after five rather than filling the screen.
 */

/** How much of a paragraph a message quotes. */
export const QUOTE_LENGTH = 40;
/** How many places a message names before "and N more". */
export const NAMED_PLACES = 5;

/** “The health visitor…”: the start of the text, cut at a word, in curly quotes. */
export function quoted(text: string, length = QUOTE_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return `“${flat}”`;
  const cut = flat.lastIndexOf(' ', length);
  return `“${flat.slice(0, cut > length / 2 ? cut : length).trimEnd()}…”`;
}

/** "a, b and c", or "a, b, c, d, e and 3 more". */
export function namedList(items: readonly string[], named = NAMED_PLACES): string {
  if (items.length <= 1) return items.join('');
  if (items.length <= named) return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
  return `${items.slice(0, named).join(', ')} and ${items.length - named} more`;
}
