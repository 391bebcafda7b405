/**
 * What an error may tell the log: its class, its code, the system call that failed, and where
 * it was thrown — never its message. An AppError's message names things; a SQLite error can
 * quote a value; a file error holds the path, and so a file name.
 */
import { appRoot } from './app-root.ts';
import { framesOf } from './stack-frames.ts';

export interface ErrorFacts {
  /** The class: SqliteError, TypeError, AppError; "a thrown string" for something not an Error. */
  readonly kind: string;
  /** A stable code, if the error has one: an AppError's, SQLite's (SQLITE_CONSTRAINT_UNIQUE), Node's (ENOENT, ERR_…). */
  readonly code: string | null;
  /** For a failed system call: which one (open, rename). */
  readonly syscall: string | null;
  readonly frames: readonly string[];
  /** The error this one wraps, if any: one level down. */
  readonly cause: ErrorFacts | null;
}

const CLASS_NAME = /^[A-Za-z][A-Za-z0-9_]{0,60}$/;
const CODE = /^[A-Z][A-Z0-9_]{1,60}$/;
const SYSCALL = /^[a-z][a-z0-9_]{0,30}$/;

function matching(value: unknown, pattern: RegExp): string | null {
  return typeof value === 'string' && pattern.test(value) ? value : null;
}

export function errorFacts(error: unknown, depth = 0): ErrorFacts {
  if (!(error instanceof Error)) {
    return { kind: `a thrown ${error === null ? 'null' : typeof error}`, code: null, syscall: null, frames: [], cause: null };
  }
  const fields = error as Error & { code?: unknown; syscall?: unknown };
  return {
    kind: matching(error.name, CLASS_NAME) ?? matching(error.constructor?.name, CLASS_NAME) ?? 'Error',
    code: matching(fields.code, CODE),
    syscall: matching(fields.syscall, SYSCALL),
    frames: typeof error.stack === 'string' ? framesOf(error.stack, error.message, appRoot()) : [],
    cause: depth === 0 && error.cause !== undefined ? errorFacts(error.cause, depth + 1) : null,
  };
}

/** The facts as the log's key=value pairs: "error=SqliteError code=SQLITE_ERROR at=main/…:12:5<main/…:97:29", its cause's as "cause.error=…". */
export function describeErrorFacts(facts: ErrorFacts, prefix = ''): string {
  const pairs = [`${prefix}error=${facts.kind.replaceAll(' ', '-')}`];
  if (facts.code !== null) pairs.push(`${prefix}code=${facts.code}`);
  if (facts.syscall !== null) pairs.push(`${prefix}syscall=${facts.syscall}`);
  if (facts.frames.length > 0) pairs.push(`${prefix}at=${facts.frames.join('<')}`);
  if (facts.cause !== null) pairs.push(describeErrorFacts(facts.cause, 'cause.'));
  return pairs.join(' ');
}
