/**
 * How a cancelled transfer ends: with the signal's own AbortError (a DOMException named
 * "AbortError"), never an AppError, so a transport can tell "the person cancelled" (say
 * nothing, or "Cancelled") from a refusal or damage (show the message).
 */

/** Throws the signal's reason if it is an AbortError, otherwise a fresh AbortError. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted !== true) return;
  throw abortError(signal);
}

export function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return isTransferAborted(reason) ? reason : new DOMException('The transfer was cancelled.', 'AbortError');
}

/** True for what a cancelled intake or read-back throws. */
export function isTransferAborted(error: unknown): error is Error {
  return error instanceof Error && error.name === 'AbortError';
}
