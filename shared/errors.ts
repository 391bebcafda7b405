/**
 * Errors that cross any boundary (command line, IPC, HTTP) travel as a stable code and a
 * message written for a person. Code names the kind of failure; the message names the thing.
 */

export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_ALLOWED',
  'NOT_FOUND',
  'CONFLICT',
  'STORE_NOT_FOUND',
  'STORE_INCOMPLETE',
  'STORE_EXISTS',
  'NOT_A_STORE',
  'STORE_DAMAGED',
  'KEY_FILE_INVALID',
  'KEY_FILE_MISMATCH',
  'KEY_REJECTED',
  'SCHEMA_TOO_NEW',
  'UNKNOWN_USER',
  'USER_DISABLED',
  'WRONG_PASSPHRASE',
  'WEAK_PASSPHRASE',
  'WRONG_RECOVERY_CODE',
  'AUDIT_CHAIN_BROKEN',
  'CHECKPOINT_MISMATCH',
  'BACKUP_INVALID',
  /** Another copy of the app (or a writing command) holds the store for writing: the message says which. */
  'STORE_IN_USE',
  'LOCKED',
  'PASSPHRASE_CHANGE_REQUIRED',
  /** A case cannot move to the stage asked: the message names each unmet condition. */
  'GUARD_UNMET',
  /** A file was refused before anything in it was parsed: not the type it claims, too large, encrypted, a zip bomb. */
  'FILE_REFUSED',
  /** A spreadsheet was read but holds no sheet with a recognisable chronology header row. */
  'NO_CHRONOLOGY',
  /** A secured file no longer matches its intake hash, or a chunk fails its seal: named by file. */
  'FILE_DAMAGED',
  /** A transfer ticket is unknown, used, expired, or was granted to another session. */
  'TICKET_INVALID',
  /** A bundle was refused before anything in it was written: the message names the check it failed. */
  'BUNDLE_REFUSED',
  /** An export was refused because detected identifiers are still undecided: the message names them. */
  'REDACTION_UNDECIDED',
  /** The text read back out of an export's bytes still holds an identifier: nothing was written. */
  'REDACTION_FOUND',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One thing wrong with what was sent, by its path in the input ("data.heldOn", "people.0.givenNames"). */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Every problem, by field, so a form can put each message beside its field. */
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A schema issue as zod reports it: enough of it to say which field is wrong and how. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly keys?: readonly string[];
}

/** Every schema issue as a problem, by its path in the input (under `prefix`, where the schema sits inside a call's input). */
export function problemsFromIssues(issues: readonly SchemaIssue[], prefix: readonly string[] = []): Problem[] {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join('.'),
    message: issue.code === 'unrecognized_keys' && issue.keys !== undefined ? `Fields that are not expected: ${issue.keys.join(', ')}` : issue.message,
  }));
}

export interface ErrorValue {
  readonly code: ErrorCode | 'INTERNAL';
  readonly message: string;
  readonly problems?: readonly Problem[];
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorValue };

/** Turns anything thrown into a value safe to show: unknown failures never leak their details. */
export function toErrorValue(error: unknown): ErrorValue {
  if (error instanceof AppError) return error.problems.length === 0 ? { code: error.code, message: error.message } : { code: error.code, message: error.message, problems: error.problems };
  return { code: 'INTERNAL', message: 'Something went wrong inside the app. The details are in the log for IT.' };
}
