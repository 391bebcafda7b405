/**
 * The renderer's one way to reach main, typed from the contract, so a renamed call or field is
 * a compile error here. In Electron the preload's bridge carries the call; in a browser (the
 * preview, the tests) it goes over HTTP with the preview's token. Failures come back as values,
 * like every other error, so a screen never has to catch.
 */
import type { Result } from '../../shared/errors.ts';
import type { CallInput, CallName, CallOutput } from '../../shared/ipc/contract.ts';
import { PREVIEW_CALL_PATH, PREVIEW_TOKEN_HEADER, type Bridge, type Invoke } from '../../shared/ipc/transport.ts';
import { previewToken } from './preview-token.ts';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a plain browser. */
    readonly api?: Bridge;
  }
}

const UNREACHABLE: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Practice Review Manager could not reach its own service. Close it and open it again; if that does not help, contact IT.' },
};

function isResult(body: unknown): body is Result<unknown> {
  return typeof body === 'object' && body !== null && 'ok' in body && typeof body.ok === 'boolean';
}

async function invokeOverHttp(name: CallName, input: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(PREVIEW_CALL_PATH + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [PREVIEW_TOKEN_HEADER]: previewToken() ?? '' },
      body: JSON.stringify(input),
      credentials: 'omit',
      cache: 'no-store',
    });
    // The preview answers refusals (a missing token, say) as Results too, with an HTTP status.
    const body: unknown = await response.json().catch(() => null);
    return isResult(body) ? body : UNREACHABLE;
  } catch {
    return UNREACHABLE;
  }
}

export const invoke: Invoke = async <K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>> => {
  const bridge = window.api;
  const result = bridge ? await bridge.invoke(name, input).catch(() => UNREACHABLE) : await invokeOverHttp(name, input);
  // Main has already checked the output against the contract before it left.
  return result as Result<CallOutput<K>>;
};
