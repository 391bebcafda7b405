/**
 * What the app writes to its log for IT, as events: a code, a fixed sentence, and identifiers
 * only — call names, job ids, error classes and codes, stack frames of the app's own code,
 * scheme and host. Never free text: not the person's input, not a name, a file name or a
 * purpose, and never an error's message, which can hold any of them.
 *
 * Every value from outside is checked against the shape its identifier has; what does not fit
 * is written as "(withheld)" rather than written as it came.
 */
import { isCallName } from '../../shared/ipc/contract.ts';
import { describeErrorFacts, errorFacts } from './error-facts.ts';

/** Why the shell locks the store (start-app.ts). */
export const LOCK_REASONS = ['quitting', 'the screen locked', 'the machine is going to sleep', 'the window closed'] as const;
/** What a request on the secured files' channels asked for, and which step failed (transfer-ipc.ts). */
export const TRANSFER_ACTIONS = ['choose files', 'move a secured file', 'cancel a transfer'] as const;
export const TRANSFER_STEPS = ['choosing files', 'run'] as const;
/** The private folders wiped at each lock (Desktop). */
export const PRIVATE_FOLDERS = ['open-copies', 'exchange-staging'] as const;

export type LogEvent =
  /** A call failed in a way the app did not expect: IT's clue is the error's class, code and frames. */
  | { readonly event: 'call.failed'; readonly call: unknown; readonly error: unknown }
  /** A call was answered with an error the app expects (refused, wrong passphrase, not found). */
  | { readonly event: 'call.declined'; readonly call: unknown; readonly code: string }
  /** A call that did not come from the app's own window. */
  | { readonly event: 'call.refused'; readonly call: unknown; readonly origin: string }
  /** A request for a secured file's bytes that did not come from the app's own window. */
  | { readonly event: 'transfer.refused'; readonly action: (typeof TRANSFER_ACTIONS)[number]; readonly origin: string }
  | { readonly event: 'transfer.failed'; readonly step: (typeof TRANSFER_STEPS)[number]; readonly error: unknown }
  /** An app:// address that reached outside the renderer's folder. */
  | { readonly event: 'request.refused' }
  | { readonly event: 'job.failed'; readonly kind: string; readonly job: string; readonly error: unknown }
  | { readonly event: 'window.load-failed'; readonly error: unknown }
  | { readonly event: 'store.lock-failed'; readonly reason: (typeof LOCK_REASONS)[number]; readonly error: unknown }
  | { readonly event: 'folder.wipe-failed'; readonly folder: (typeof PRIVATE_FOLDERS)[number]; readonly error: unknown }
  | { readonly event: 'app.start-failed'; readonly error: unknown };

const WITHHELD = '(withheld)';

/** Words the app's own code chose; checked again here, as a type does not stop a cast. */
function oneOf(value: string, words: readonly string[]): string {
  return words.includes(value) ? value : WITHHELD;
}

function identifier(value: string): string {
  return /^[\w.:-]{1,80}$/.test(value) ? value : WITHHELD;
}

function callName(value: unknown): string {
  return typeof value === 'string' && isCallName(value) ? `"${value}"` : 'an unknown call';
}

/** Scheme and host, as describeOrigin (main/app/app-url.ts) gives them: nothing after the host. */
function origin(value: string): string {
  return /^[a-z][a-z0-9+.-]*:(\/\/[a-z0-9.-]*(:\d{1,5})?)?$/i.test(value) || value === 'an unreadable address' ? value : WITHHELD;
}

function sentence(event: LogEvent): string {
  switch (event.event) {
    case 'call.failed':
      return `The call ${callName(event.call)} failed unexpectedly.`;
    case 'call.declined':
      return `The call ${callName(event.call)} was declined: ${identifier(event.code)}.`;
    case 'call.refused':
      return `Refused the call ${callName(event.call)} from ${origin(event.origin)}: it did not come from the app’s own window.`;
    case 'transfer.refused':
      return `Refused a request to ${oneOf(event.action, TRANSFER_ACTIONS)} from ${origin(event.origin)}: it did not come from the app’s own window.`;
    case 'transfer.failed':
      return `A transfer failed (${oneOf(event.step, TRANSFER_STEPS)}).`;
    case 'request.refused':
      return 'Refused an app:// request outside the renderer folder.';
    case 'job.failed':
      return `The task ${identifier(event.kind)} failed (job ${identifier(event.job)}).`;
    case 'window.load-failed':
      return 'The window could not load the app’s page. Is the renderer built (npm run build:renderer)?';
    case 'store.lock-failed':
      return `The store could not be locked (${oneOf(event.reason, LOCK_REASONS)}).`;
    case 'folder.wipe-failed':
      return `The private folder ${oneOf(event.folder, PRIVATE_FOLDERS)} could not be wiped.`;
    case 'app.start-failed':
      return 'The app could not start.';
  }
}

/** One line for the log: "call.failed The call "x" failed unexpectedly. error=TypeError at=…". */
export function logLine(event: LogEvent): string {
  const error = 'error' in event ? ` ${describeErrorFacts(errorFacts(event.error))}` : '';
  return `${event.event} ${sentence(event)}${error}`;
}
