/**
 * Text read back out of an export, put into one form before the gate searches it, so that a name
 * cannot slip through in an unusual spelling of the same characters: compatibility forms
 * (ligatures, full-width letters), curly quotes, soft hyphens and zero-width characters that a
 * reader does not see, and runs of spaces, tabs and line breaks.
 */

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u180E]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const WHITESPACE = /\s+/g;

/** NFKC, invisible characters removed, straight quotes, every run of whitespace one space; lower case unless told otherwise. */
export function normaliseForSearch(text: string, options: { readonly lowerCase?: boolean } = {}): string {
  const plain = text.normalize('NFKC').replace(INVISIBLE, '').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(WHITESPACE, ' ');
  return options.lowerCase === false ? plain : plain.toLowerCase();
}

/** A value as the gate and the decisions compare it: normalised, with no whitespace at all. */
export function comparableValue(value: string): string {
  return normaliseForSearch(value).replace(/ /g, '');
}

/** A detected value as a candidate records it: its whitespace (a line break inside it, say) as single spaces. */
export function tidyValue(value: string): string {
  return value.replace(WHITESPACE, ' ').trim();
}
