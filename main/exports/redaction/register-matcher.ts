/**
 * Where a register's values occur in a text. Built once per register as an index from a value's
 * first word to the values starting with it, so a 200-page report is walked once, word by word,
 * whatever the register's size (one pattern per value, each run over the whole text, is what this avoids).
 *
 * A value matches in any case and with any accents, whole words only ("Ann" is not in "Annual"),
 * with any run of whitespace (a line break, a double space) between its words, hyphens and
 * apostrophes optional between them ("Smith Jones" for Smith-Jones), and with its words run
 * together ("OliviaHartley"). A possessive needs nothing: "Hartley’s" is the word "Hartley"
 * followed by "’s", which stays. Addresses match with or without their commas, and by their first
 * line and postcode alone; dates of birth in every way UK writing gives a date; phone numbers
 * however they are spaced, with +44 or a leading 0.
 */
import { REPLACEMENTS, type IdentifierKind, type RegisterEntry } from '../../../shared/reports/redaction.ts';
import { addressPartsIn } from './detectors.ts';
import { findPhones } from './phone-numbers.ts';
import { birthDateKeys, dateKeys, findDates } from './uk-dates.ts';
import { splitValue, wordsOf, type Word } from './words.ts';

export interface RegisterMatch {
  readonly start: number;
  readonly end: number;
  /** The entry's position in the register. */
  readonly entry: number;
  readonly kind: IdentifierKind;
  /** The register's value that matched, as the register holds it. */
  readonly value: string;
  /** The pseudonym for a name or place; the kind in brackets otherwise. */
  readonly replacement: string;
}

type Target = Omit<RegisterMatch, 'start' | 'end'>;

interface WordPattern {
  readonly keys: readonly string[];
  /** Between each pair of words, what must remain of the text's separator once the optional characters are removed. */
  readonly separators: readonly string[];
  readonly optional: RegExp;
  readonly target: Target;
}

/** Between the words of a name: whitespace, hyphens and apostrophes may come and go. */
const NAME_OPTIONAL = /[\s\-\u2010-\u2015'\u2018\u2019`]/g;
/** Between the words of an address: whitespace and commas. */
const ADDRESS_OPTIONAL = /[\s,]/g;
const EMAIL_IN_CONTACT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export interface CompiledRegister {
  readonly byFirstWord: ReadonlyMap<string, readonly WordPattern[]>;
  readonly byDate: ReadonlyMap<string, Target>;
  readonly byPhone: ReadonlyMap<string, Target>;
}

/** The forms of a value matched word by word: the value itself, and for an address or contact its parts. */
function wordForms(kind: IdentifierKind, value: string): string[] {
  const forms = [value];
  if (kind === 'address') {
    const firstLine = value.split(',')[0]!.trim();
    // "14 Larch Close" out of "14 Larch Close, Bramley, Leeds LS13 2AB": the street is as identifying as the whole.
    if (firstLine !== value && /\d/.test(firstLine) && /\p{L}/u.test(firstLine) && wordsOf(firstLine).length >= 2) forms.push(firstLine);
    // The same without commas to go by, and the postcode on its own.
    for (const part of addressPartsIn(value)) if (part !== value && part !== firstLine) forms.push(part);
  }
  if (kind === 'contact') for (const email of value.matchAll(EMAIL_IN_CONTACT)) if (email[0] !== value) forms.push(email[0]);
  return forms;
}

function replacementFor(entry: RegisterEntry, kind: IdentifierKind): string {
  return kind === 'name' || kind === 'place' ? entry.pseudonym : REPLACEMENTS[kind];
}

function addWordPatterns(byFirstWord: Map<string, WordPattern[]>, kind: IdentifierKind, form: string, target: Target): void {
  const { keys, separators } = splitValue(form);
  if (keys.length === 0) return;
  const optional = kind === 'address' ? ADDRESS_OPTIONAL : NAME_OPTIONAL;
  const patterns: WordPattern[] = [{ keys, separators: separators.map((separator) => separator.replace(optional, '')), optional, target }];
  // Run together: "OliviaHartley", "OBrien", "LS132AB".
  if (keys.length > 1) patterns.push({ keys: [keys.join('')], separators: [], optional, target });
  for (const pattern of patterns) {
    const list = byFirstWord.get(pattern.keys[0]!);
    if (list === undefined) byFirstWord.set(pattern.keys[0]!, [pattern]);
    else list.push(pattern);
  }
}

function compile(register: readonly RegisterEntry[]): CompiledRegister {
  const byFirstWord = new Map<string, WordPattern[]>();
  const byDate = new Map<string, Target>();
  const byPhone = new Map<string, Target>();
  register.forEach((entry, index) => {
    for (const { kind, value } of entry.values) {
      const target: Target = { entry: index, kind, value, replacement: replacementFor(entry, kind) };
      if (kind === 'date-of-birth') {
        const keys = birthDateKeys(value);
        // An earlier entry keeps a key it shares (children come first in the register).
        for (const key of keys) if (!byDate.has(key)) byDate.set(key, target);
        if (keys.length > 0) continue;
      }
      if (kind === 'contact' || kind === 'phone') for (const phone of findPhones(value)) if (!byPhone.has(phone.key)) byPhone.set(phone.key, target);
      for (const form of wordForms(kind, value)) addWordPatterns(byFirstWord, kind, form, target);
    }
  });
  // Longest first, and stable, so the earliest entry wins among values of the same length.
  for (const list of byFirstWord.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirstWord, byDate, byPhone };
}

/** Each register array indexed, with the entries it held then, to tell if the array was changed since. */
const compiled = new WeakMap<readonly RegisterEntry[], { readonly entries: readonly RegisterEntry[]; readonly index: CompiledRegister }>();

/**
 * The register indexed for matching. An export finds candidates, redacts and gates with one
 * register, so the index is kept for the same array, and rebuilt if entries were added, removed
 * or swapped (an entry is built whole by buildRegister and not changed in place).
 */
export function compileRegister(register: readonly RegisterEntry[]): CompiledRegister {
  const cached = compiled.get(register);
  if (cached !== undefined && cached.entries.length === register.length && cached.entries.every((entry, index) => entry === register[index])) return cached.index;
  const index = compile(register);
  compiled.set(register, { entries: [...register], index });
  return index;
}

function matchesAt(text: string, words: readonly Word[], at: number, pattern: WordPattern): boolean {
  if (at + pattern.keys.length > words.length) return false;
  for (let offset = 1; offset < pattern.keys.length; offset += 1) {
    const word = words[at + offset]!;
    if (word.key !== pattern.keys[offset]) return false;
    const between = text.slice(words[at + offset - 1]!.end, word.start).replace(pattern.optional, '');
    if (between !== pattern.separators[offset - 1]) return false;
  }
  return true;
}

/**
 * Every place a register value occurs: the longest value starting at each word, each date of
 * birth and each phone number. Matches may overlap; the caller decides which wins.
 */
export function findRegisterMatches(text: string, register: CompiledRegister): RegisterMatch[] {
  const found: RegisterMatch[] = [];
  const words = wordsOf(text);
  for (let at = 0; at < words.length; at += 1) {
    const patterns = register.byFirstWord.get(words[at]!.key);
    if (patterns === undefined) continue;
    const pattern = patterns.find((candidate) => matchesAt(text, words, at, candidate));
    if (pattern !== undefined) found.push({ start: words[at]!.start, end: words[at + pattern.keys.length - 1]!.end, ...pattern.target });
  }
  if (register.byDate.size > 0) {
    for (const date of findDates(text)) {
      const target = dateKeys(date).map((key) => register.byDate.get(key)).find((candidate) => candidate !== undefined);
      if (target !== undefined) found.push({ start: date.start, end: date.end, ...target });
    }
  }
  if (register.byPhone.size > 0) {
    for (const phone of findPhones(text)) {
      const target = register.byPhone.get(phone.key);
      if (target !== undefined) found.push({ start: phone.start, end: phone.end, ...target });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
