/**
 * A case ready for secured files, arranged through the preview's calls: the Business Unit
 * officer, Greater Manchester Police's nominated representative-to-be (a user of that agency),
 * and a scrutineer who may read the case but not its secured files; a rapid review whose
 * information request asks the police to secure their files. Invented people only.
 */
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { PREVIEW_TOKEN_HEADER } from '../../../shared/ipc/transport.ts';
import { TRANSFER_PATH } from '../../../shared/vault/transfer.ts';
import { createStoreWithOfficer, lock, OFFICER } from './arrange-cases.ts';
import { addUserWithOwnPassphrase, ADMINISTRATOR, call, type NewUser } from './preview-calls.ts';
import type { RunningPreview } from './preview.ts';
import { POLICE, rapidReviewCase } from './stage-cases.ts';

export const REPRESENTATIVE = { name: 'Morwenna Tregarthen', role: 'nominated-representative', organisation: POLICE, passphrase: 'quartz heron saddle' } as const;
export const SCRUTINEER = { name: 'Lee Marchetti', role: 'scrutineer', organisation: 'Business Unit', passphrase: 'granite willow lantern' } as const;
/** A second person at the police, to whom the set is handed on. */
export const NEXT_REPRESENTATIVE = { name: 'Tamsin Polglase', role: 'nominated-representative', organisation: POLICE, passphrase: 'ember thistle harbour' } as const;

/** The case's reference, with the representative and `others` as users; the store is left locked, as the next person to open the app finds it. */
export async function arrangeSecuredCase(preview: RunningPreview, others: readonly NewUser[] = [SCRUTINEER]): Promise<string> {
  const today = todayInLondon();
  await createStoreWithOfficer(preview);
  const reference = (await rapidReviewCase(preview, today, 6)).summary.reference;
  await call(preview, 'requests.save', {
    reference,
    id: null,
    request: { agency: POLICE, recipientName: 'Idris Penhallow', recipientRole: 'Detective Inspector', recipientEmail: '', sentOn: today, secureFiles: true, note: '' },
  });
  await lock(preview);
  for (const user of [REPRESENTATIVE, ...others]) {
    await call(preview, 'session.unlock', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase });
    await addUserWithOwnPassphrase(preview, user);
  }
  return reference;
}

/**
 * What the access log holds for the case, and the open-in-default-app setting, read as the
 * officer through the contract (the store is left locked).
 */
export async function accessLogOf(preview: RunningPreview, reference: string) {
  await call(preview, 'session.unlock', { name: OFFICER.name, passphrase: OFFICER.passphrase });
  try {
    const log = await call(preview, 'vault.log', { filter: { reference }, page: 1 });
    const vault = await call(preview, 'vault.get', { reference });
    return { entries: log.entries, openInDefaultAppAllowed: vault.openInDefaultAppAllowed };
  } finally {
    await lock(preview);
  }
}

/**
 * The police's set, set up by the officer, with `files` placed by the representative through
 * the contract and the preview's transfer route, as the page would; the store is left locked.
 * Gives back the agency's recovery code.
 */
export async function arrangePoliceSet(preview: RunningPreview, reference: string, files: Readonly<Record<string, string>>): Promise<string> {
  await call(preview, 'session.unlock', { name: OFFICER.name, passphrase: OFFICER.passphrase });
  const { recoveryCode } = await call(preview, 'vault.setUp', { reference, agency: POLICE, representative: REPRESENTATIVE.name });
  await lock(preview);
  await call(preview, 'session.unlock', { name: REPRESENTATIVE.name, passphrase: REPRESENTATIVE.passphrase });
  const contents = Object.entries(files).map(([path, text]) => ({ path, bytes: Buffer.from(text) }));
  const { tickets } = await call(preview, 'vault.beginIntake', { reference, agency: POLICE, note: '', files: contents.map(({ path, bytes }) => ({ path, size: bytes.length })) });
  for (const { path, bytes } of contents) {
    const ticket = tickets.find((grant) => grant.path === path)!.ticket;
    const response = await fetch(`${preview.origin}${TRANSFER_PATH}${encodeURIComponent(ticket)}`, { method: 'PUT', headers: { [PREVIEW_TOKEN_HEADER]: preview.token }, body: bytes });
    if (!response.ok) throw new Error(`${path} was not placed: ${await response.text()}`);
  }
  await lock(preview);
  if (recoveryCode === null) throw new Error('The police already had a recovery key on this new store.');
  return recoveryCode;
}
