/**
 * Text as words for matching: a word is a run of letters, digits and combining marks, so
 * punctuation and spaces sit between words and "Ann" never matches inside "Annual". Words are
 * compared by a folded key (compatibility form, accents dropped, lower case), so "ZOË", "Zoë" and
 * "zoe" are one name: agencies spell names differently, and over-matching a name is the safe error.
 */

export interface Word {
  /** UTF-16 offsets into the text. */
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}+/gu;

const ASCII = /^[\x00-\x7f]*$/;

export function foldWord(word: string): string {
  // Most words are plain ASCII, with nothing to decompose: lower case is all they need.
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    words.push({ start, end: start + match[0].length, key: foldWord(match[0]) });
  }
  return words;
}

/** The folded keys of a value's words and the text between each pair (its separators). */
export function splitValue(value: string): { readonly keys: string[]; readonly separators: string[] } {
  const words = wordsOf(value);
  const separators: string[] = [];
  for (let index = 1; index < words.length; index += 1) separators.push(value.slice(words[index - 1]!.end, words[index]!.start));
  return { keys: words.map((word) => word.key), separators };
}
