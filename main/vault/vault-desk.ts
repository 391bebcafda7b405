/** What the vault's services need from the install around them, beside the session. */
import type { TransferDesk } from './transfer-desk.ts';

export interface VaultDesk {
  readonly transfers: TransferDesk;
  /** Writes a decrypted copy into the private folder and hands it to the system's default app. */
  openCopy(name: string, source: AsyncIterable<Uint8Array>): Promise<void>;
}
