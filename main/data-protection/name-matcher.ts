/**
 * Where the subject's names occur in a text, two ways. Each name form by the redaction register's
 * matcher (main/exports/redaction/register-matcher.ts): whole words only, any case and accents,
 * any run of whitespace between words, hyphens and apostrophes optional, words run together. And
 * the name as typed with up to two words between its own, in either order — a middle name the
 * officer did not know ("Siobhán Marie Kowalczyk"), a title after the family name ("Kowalczyk,
 * Mrs Siobhán") — but never across the end of a sentence. One matcher per set of forms, built
 * once and used for every text of the store.
 */
import type { RegisterEntry } from '../../shared/reports/redaction.ts';
import { compileRegister, findRegisterMatches, type CompiledRegister } from '../exports/redaction/register-matcher.ts';
import { wordsOf, type Word } from '../exports/redaction/words.ts';
import type { NameForm } from './name-forms.ts';

export interface NameHit {
  readonly start: number;
  readonly end: number;
  /** The form's label: "the name searched", "their other name “Shiv Doherty”". */
  readonly label: string;
}

export interface NameMatcher {
  find(text: string): NameHit[];
}

/** A name's words in the order they must appear, with room for others between. */
export interface GappedName {
  readonly keys: readonly string[];
  readonly label: string;
}

const MOST_WORDS_BETWEEN = 2;
/** What ends a sentence or a clause between two words: a name does not run across it. */
const BREAK = /[;:!?\n\r]|\.(\s|$)/;

function gappedAt(text: string, words: readonly Word[], at: number, keys: readonly string[]): number | null {
  let position = at;
  let skipped = 0;
  for (let index = 1; index < keys.length; index += 1) {
    let next = position + 1;
    while (next < words.length && words[next]!.key !== keys[index] && skipped < MOST_WORDS_BETWEEN) {
      next += 1;
      skipped += 1;
    }
    if (next >= words.length || words[next]!.key !== keys[index]) return null;
    // An initial's full stop ("Siobhán M. Kowalczyk") does not end a sentence.
    const between = text.slice(words[position]!.end, words[next]!.start).replace(/(?<!\p{L})\p{L}\./gu, '');
    if (BREAK.test(between)) return null;
    position = next;
  }
  return position;
}

function gappedHits(text: string, words: readonly Word[], names: readonly GappedName[]): NameHit[] {
  const hits: NameHit[] = [];
  for (let at = 0; at < words.length; at += 1) {
    for (const name of names) {
      if (words[at]!.key !== name.keys[0]) continue;
      const last = gappedAt(text, words, at, name.keys);
      if (last !== null) hits.push({ start: words[at]!.start, end: words[last]!.end, label: name.label });
    }
  }
  return hits;
}

/** The hits in order, a hit inside an earlier (longer) one dropped: it is the same mention. */
function outermost(hits: readonly NameHit[]): NameHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameHit[] = [];
  let reachedEnd = -1;
  for (const hit of sorted) {
    if (hit.start < reachedEnd) continue;
    kept.push(hit);
    reachedEnd = hit.end;
  }
  return kept;
}

export function nameMatcher(forms: readonly NameForm[], gapped: readonly GappedName[] = []): NameMatcher {
  const register: RegisterEntry[] = forms.map((form, index) => ({ id: `form:${index}`, source: 'person', label: form.label, pseudonym: '', values: [{ kind: 'name', value: form.value }] }));
  const compiled: CompiledRegister = compileRegister(register);
  return {
    find(text) {
      if (text.length < 2) return [];
      const registerHits = findRegisterMatches(text, compiled).map((match) => ({ start: match.start, end: match.end, label: forms[match.entry]!.label }));
      return outermost([...registerHits, ...(gapped.length === 0 ? [] : gappedHits(text, wordsOf(text), gapped))]);
    },
  };
}
