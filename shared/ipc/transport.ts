/** What every transport carries: a call by name and its input out, a Result back. */
import type { Result } from '../errors.ts';
import type { TransferBridge } from '../vault/transfer.ts';
import type { CallInput, CallName, CallOutput } from './contract.ts';

/** The one IPC channel for calls; beside it only the secured files' transfer channels (vault/transfer.ts). */
export const IPC_CHANNEL = 'prm:invoke';
/** The preview's HTTP path for a call, and the header that carries its per-run token. */
export const PREVIEW_CALL_PATH = '/api/';
export const PREVIEW_TOKEN_HEADER = 'x-prm-token';

export type Invoke = <K extends CallName>(name: K, input: CallInput<K>) => Promise<Result<CallOutput<K>>>;

/** What the preload puts on `window.api`. */
export interface Bridge {
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  /** Present in the desktop app only: the preview moves bytes over HTTP instead. */
  readonly transfer?: TransferBridge;
}
