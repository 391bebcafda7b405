/**
 * The agency's install for the tasks test is the preview's store: Greater Manchester Police,
 * with its administrator and its nominated representative, arranged through the preview's calls.
 * Each bundle is imported the way the Import a bundle screen does it: staged, sent with the
 * preview's transfer route, previewed, then applied and given to the representative.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PREVIEW_TOKEN_HEADER } from '../../../shared/ipc/transport.ts';
import type { Result } from '../../../shared/errors.ts';
import type { ImportResult } from '../../../shared/exchange/exchange-view.ts';
import { TRANSFER_PATH, type TransferOutcome } from '../../../shared/vault/transfer.ts';
import { addUserWithOwnPassphrase, ADMINISTRATOR, call } from './preview-calls.ts';
import type { RunningPreview } from './preview.ts';
import { POLICE } from './stage-cases.ts';

export const REPRESENTATIVE = { name: 'Morwenna Tregarthen', role: 'nominated-representative', organisation: POLICE, passphrase: 'quartz heron saddle' } as const;
export const POLICE_INSTALL = 'Public Protection Unit desk';

export interface AgencyInstall {
  readonly cardJson: string;
  /** Compact, as the police read it to the Business Unit. */
  readonly fingerprint: string;
}

/** A new police store, named, with its representative; left locked. */
export async function arrangeAgencyInstall(preview: RunningPreview): Promise<AgencyInstall> {
  await call(preview, 'store.create', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase, confirmPassphrase: ADMINISTRATOR.passphrase });
  const named = await call(preview, 'exchange.setIdentity', { organisation: POLICE, installName: POLICE_INSTALL });
  const card = await call(preview, 'exchange.exportCard', {});
  await addUserWithOwnPassphrase(preview, REPRESENTATIVE);
  return { cardJson: Buffer.from(card.contentBase64, 'base64').toString('utf8'), fingerprint: named.identity.fingerprint.replace(/\s/g, '') };
}

/** As the police administrator: trusts the Business Unit's card by its fingerprint, and imports each bundle for the representative. */
export async function importForRepresentative(preview: RunningPreview, businessUnitCard: string, fingerprint: string, bundlePaths: readonly string[]): Promise<ImportResult[]> {
  await call(preview, 'session.unlock', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase });
  try {
    const installId = (JSON.parse(businessUnitCard) as { installId: string }).installId;
    const added = await call(preview, 'exchange.importCard', { cardJson: businessUnitCard });
    const contact = added.contacts.find((candidate) => candidate.installId === installId)!;
    await call(preview, 'exchange.confirmContact', { id: contact.id, fingerprint });
    const results: ImportResult[] = [];
    for (const bundlePath of bundlePaths) results.push(await stageAndApply(preview, bundlePath));
    return results;
  } finally {
    await call(preview, 'session.lock', {});
  }
}

async function stageAndApply(preview: RunningPreview, bundlePath: string): Promise<ImportResult> {
  const bytes = fs.readFileSync(bundlePath);
  const grant = await call(preview, 'exchange.stage', { fileName: path.basename(bundlePath), size: bytes.length });
  const response = await fetch(`${preview.origin}${TRANSFER_PATH}${encodeURIComponent(grant.ticket)}`, { method: 'PUT', headers: { [PREVIEW_TOKEN_HEADER]: preview.token }, body: bytes });
  const placed = (await response.json()) as Result<TransferOutcome>;
  if (!placed.ok || placed.value.kind !== 'placed') throw new Error(`The bundle was not staged: ${JSON.stringify(placed)}`);
  const stagedId = placed.value.fileId;
  const preview_ = await call(preview, 'exchange.preview', { stagedId });
  return await call(preview, 'exchange.apply', { stagedId, sha256: preview_.sha256, options: { assignTo: REPRESENTATIVE.name, acceptProblems: false } });
}
