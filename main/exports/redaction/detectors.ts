/**
 * Identifiers found in text by their shape, beyond the register: dates of birth (a date just
 * after "born" or "DOB"), UK postcodes, street addresses, phone numbers, e-mail addresses, NHS
 * numbers with a valid check digit, and National Insurance numbers. Each detector errs towards
 * finding too much: the reviewer dismisses what is not identifying, but nothing missed is ever asked about.
 */
import type { IdentifierKind } from '../../../shared/reports/redaction.ts';
import { findPhones } from './phone-numbers.ts';
import { findDates } from './uk-dates.ts';

export interface Detection {
  readonly kind: IdentifierKind;
  readonly value: string;
  /** UTF-16 offsets into the text searched. */
  readonly start: number;
  readonly end: number;
}

/** How far after "born" or "DOB" a date may start and still be taken for a date of birth. */
const BIRTH_DATE_REACH = 40;
const BIRTH_WORD = /(?<!\p{L})(born|d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s*date|birthday)(?!\p{L})/giu;
/** A sentence's end or a replacement in brackets between "born" and a date: the date is about something else. */
const BREAK_BEFORE_DATE = /[[\]]|[.!?](?:\s|$)|\n\s*\n/;

const POSTCODE = /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|GIR\s?0AA)(?![\p{L}\p{N}])/giu;

const STREET_WORDS = [
  'Road', 'Street', 'Avenue', 'Lane', 'Close', 'Drive', 'Way', 'Crescent', 'Court', 'Place', 'Gardens', 'Terrace', 'Grove', 'Walk', 'Mews', 'Square', 'Rise',
  'Hill', 'Row', 'Park', 'Parade', 'View', 'Green', 'Gate', 'Vale', 'Fold', 'Croft', 'Wharf', 'Quay', 'Boulevard', 'Chase', 'Meadow', 'Meadows', 'Heights',
  'Bank', 'Approach', 'Mount', 'Yard', 'Villas', 'Cottages', 'Brow', 'Broadway', 'Circus', 'Esplanade', 'Embankment', 'Wynd',
];
/** Abbreviated street words may carry a full stop ("Church St."); a full word's stop ends the sentence. */
const STREET_ABBREVIATIONS = ['Rd', 'St', 'Ave', 'Av', 'Ln', 'Cl', 'Dr', 'Cres', 'Ct', 'Pl', 'Gdns', 'Tce', 'Gr', 'Sq', 'Pk'];
const eitherCase = (words: readonly string[]): string => words.flatMap((word) => [word, word.toUpperCase()]).join('|');
const STREET = `(?:${eitherCase(STREET_WORDS)})|(?:${eitherCase(STREET_ABBREVIATIONS)})\\.?`;
/**
 * A house number (not a year: "in 2019 Court proceedings began" is not an address), then up to
 * four capitalised words, then a street word: "12 Acacia Avenue", "3a ST MARY'S RD".
 */
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?!(?:19|20)\\d\\d(?!\\d))\\d{1,4}[A-Za-z]?(?:\\s?[-–]\\s?\\d{1,4}[A-Za-z]?)?,?\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]*\\s+){0,4}(?:${STREET})(?![\\p{L}\\p{N}])`,
  'gu',
);

const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const NHS_NUMBER = /(?<![\p{L}\p{N}])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\p{L}\p{N}])/gu;
/** By shape, not by the prefixes HMRC allocates: two letters, six figures (pairs may be spaced), a letter A to D. */
const NI_NUMBER = /(?<![\p{L}\p{N}])[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\p{L}\p{N}])/giu;

/** Modulus 11: weights 10 down to 2 on the first nine figures; the check digit makes the sum a multiple of 11 (10 is never valid). */
export function isValidNhsNumber(digits: string): boolean {
  const figures = digits.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(figures)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index += 1) sum += Number(figures[index]) * (10 - index);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(figures[9]);
}

function byPattern(text: string, pattern: RegExp, kind: IdentifierKind, keep: (value: string) => boolean = () => true): Detection[] {
  const found: Detection[] = [];
  for (const match of text.matchAll(pattern)) if (keep(match[0])) found.push({ kind, value: match[0], start: match.index, end: match.index + match[0].length });
  return found;
}

function birthDates(text: string): Detection[] {
  const words = [...text.matchAll(BIRTH_WORD)];
  if (words.length === 0) return [];
  const dates = findDates(text);
  const found = new Map<number, Detection>();
  for (const word of words) {
    const after = word.index + word[0].length;
    const date = dates.find((candidate) => candidate.start >= after);
    if (date === undefined || date.start - after > BIRTH_DATE_REACH || BREAK_BEFORE_DATE.test(text.slice(after, date.start))) continue;
    found.set(date.start, { kind: 'date-of-birth', value: text.slice(date.start, date.end), start: date.start, end: date.end });
  }
  return [...found.values()];
}

/** The street addresses ("14 Larch Close") and postcodes in a text: the parts of a register's address that identify on their own. */
export function addressPartsIn(text: string): string[] {
  return [...text.matchAll(ADDRESS), ...text.matchAll(POSTCODE)].map((match) => match[0]);
}

export function detectIdentifiers(text: string): Detection[] {
  const found = [
    ...birthDates(text),
    ...byPattern(text, POSTCODE, 'postcode'),
    ...byPattern(text, ADDRESS, 'address'),
    ...findPhones(text).map((phone): Detection => ({ kind: 'phone', value: text.slice(phone.start, phone.end), start: phone.start, end: phone.end })),
    ...byPattern(text, EMAIL, 'email'),
    ...byPattern(text, NHS_NUMBER, 'nhs-number', isValidNhsNumber),
    ...byPattern(text, NI_NUMBER, 'ni-number'),
  ];
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
