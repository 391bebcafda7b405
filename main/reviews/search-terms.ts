/**
 * The normal form of names and dates that person search compares: what someone typing a name
 * from an agency's letter would consider the same. Accents fold ("Zoë" → "zoe"), case folds,
 * an apostrophe joins ("O'Brien" → "obrien", as most agencies' systems spell it), hyphens and
 * other punctuation separate ("Brien-Smith" → "brien smith"), spaces collapse.
 */

import type { SearchTerm } from '../store/repositories/case-people.ts';

const APOSTROPHES = /['’‘`ʼ]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

/** The words of a search, each to be found in one name: "O'Brien-Smith, Zoë" → ["obrien", "smith", "zoe"]. */
export function nameTokens(text: string): string[] {
  const normal = normaliseName(text);
  return normal === '' ? [] : [...new Set(normal.split(' '))];
}

/** Whether every token appears somewhere in the (normalised) name: contains, so "brien" finds "obrien". */
export function nameHasEveryToken(normalisedName: string, tokens: readonly string[]): boolean {
  return tokens.every((token) => normalisedName.includes(token));
}

/** The terms one person is found by: their name, each other name, each date of birth. */
export function searchTermsFor(person: { givenNames: string; familyName: string; otherNames: readonly string[]; datesOfBirth: readonly string[] }): SearchTerm[] {
  const terms: SearchTerm[] = [{ kind: 'name', term: normaliseName(`${person.givenNames} ${person.familyName}`) }];
  const seen = new Set<string>();
  for (const other of person.otherNames) {
    const term = normaliseName(other);
    if (term === '' || seen.has(term)) continue;
    seen.add(term);
    terms.push({ kind: 'other-name', term });
  }
  for (const date of new Set(person.datesOfBirth)) terms.push({ kind: 'date-of-birth', term: date });
  return terms;
}
