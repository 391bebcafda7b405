/**
 * Who a data-protection request is about: the name as the data-protection officer typed it, in
 * the person search's normal form (main/reviews/search-terms.ts: case and accents folded,
 * apostrophes joined, hyphens separating), and the date of birth that narrows it, if given.
 */
import { AppError } from '../../shared/errors.ts';
import { dataProtectionQuery, type DataProtectionQueryInput } from '../../shared/ipc/data-protection-calls.ts';
import { nameTokens } from '../reviews/search-terms.ts';

export interface Subject {
  /** As typed, trimmed: for the export's title and the audit detail. */
  readonly name: string;
  /** The name's words in normal form: each must be a whole word of a name that is theirs. */
  readonly tokens: readonly string[];
  readonly dateOfBirth: string | null;
}

/** More words than one person's name has: the rest would only narrow an already narrow search. */
const MAX_WORDS = 8;

/** Checks the query again (the command line and tests call the services without the contract). */
export function subjectOf(query: DataProtectionQueryInput): Subject {
  const parsed = dataProtectionQuery.safeParse({ name: query.name, dateOfBirth: query.dateOfBirth ?? null });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('INVALID_INPUT', issue.message, [{ path: issue.path.join('.'), message: issue.message }]);
  }
  const tokens = nameTokens(parsed.data.name).slice(0, MAX_WORDS);
  if (tokens.length === 0 || tokens.join('').length < 2) {
    throw new AppError('INVALID_INPUT', 'Enter the person’s name, at least 2 letters', [{ path: 'name', message: 'Enter the person’s name, at least 2 letters' }]);
  }
  return { name: parsed.data.name, tokens, dateOfBirth: parsed.data.dateOfBirth };
}

/** Whether every word of the subject's name is a whole word of this (normalised) name: "kowalczyk" is not in "kowalczykowa". */
export function nameIsTheirs(normalisedName: string, subject: Subject): boolean {
  const words = new Set(normalisedName.split(' '));
  return subject.tokens.every((token) => words.has(token));
}
