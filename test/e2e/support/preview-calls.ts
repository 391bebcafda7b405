/**
 * Calls straight to a preview, for arranging a test (a store that already exists, a second user)
 * without clicking through screens that other tests already cover.
 */
import type { CallInput, CallName, CallOutput } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/errors.ts';
import { PREVIEW_CALL_PATH, PREVIEW_TOKEN_HEADER } from '../../../shared/ipc/transport.ts';
import type { RunningPreview } from './preview.ts';

export async function call<K extends CallName>(preview: RunningPreview, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const response = await fetch(`${preview.origin}${PREVIEW_CALL_PATH}${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [PREVIEW_TOKEN_HEADER]: preview.token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as Result<CallOutput<K>>;
  if (!result.ok) throw new Error(`${name} was refused: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export const ADMINISTRATOR = { name: 'Alex Morgan', passphrase: 'copper lantern meadow' } as const;

/** A store with its first administrator, locked again, as the next person to open the app finds it. */
export async function createLockedStore(preview: RunningPreview): Promise<void> {
  await call(preview, 'store.create', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase, confirmPassphrase: ADMINISTRATOR.passphrase });
  await call(preview, 'session.lock', {});
}

export interface NewUser {
  readonly name: string;
  readonly role: CallInput<'users.add'>['role'];
  readonly organisation: string;
  readonly passphrase: string;
}

/**
 * Adds a user as the signed-in administrator, then signs in as them and chooses their own
 * passphrase, as everyone an administrator adds must; the store is left locked. The passphrase
 * the administrator set is the new one with " (set by an administrator)" added.
 */
export async function addUserWithOwnPassphrase(preview: RunningPreview, user: NewUser): Promise<void> {
  const temporary = `${user.passphrase} (set by an administrator)`;
  await call(preview, 'users.add', { name: user.name, role: user.role, organisation: user.organisation, passphrase: temporary });
  await call(preview, 'session.lock', {});
  await call(preview, 'session.unlock', { name: user.name, passphrase: temporary });
  await call(preview, 'session.changePassphrase', { currentPassphrase: temporary, newPassphrase: user.passphrase, confirmPassphrase: user.passphrase });
  await call(preview, 'session.lock', {});
}
