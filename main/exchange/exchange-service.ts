/** PLACEHOLDER (signatures fixed): making and taking in bundles, the same way for every flow. */
import type { ImportOptions, ImportPreview, ImportResult } from '../../shared/exchange/exchange-view.ts';
import type { Session } from '../security/session.ts';
import type { Outgoing } from './flow.ts';

export interface MadeBundle {
  readonly bundleId: string;
  readonly sha256: string;
  readonly size: number;
  readonly summary: readonly string[];
}

/** Seals, signs and writes the flow's bundle to `outPath`, then logs and audits it (and runs its afterSent) in one transaction. */
export async function makeBundle(_session: Session, _outgoing: Outgoing, _outPath: string): Promise<MadeBundle> {
  throw new Error('not yet written');
}

/** Every check, then what importing would do; nothing is written. `stagedId` is echoed into the preview. */
export async function previewBundle(_session: Session, _path: string, _stagedId: number): Promise<ImportPreview> {
  throw new Error('not yet written');
}

/** Every check again, then the flow's changes, the log entry and the audit event in one transaction. */
export async function importBundle(_session: Session, _path: string, _expectedSha256: string | null, _options: ImportOptions): Promise<ImportResult> {
  throw new Error('not yet written');
}
