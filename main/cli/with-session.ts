/** Unlocks the store named on the command line for one command, and locks it again whatever happens. */
import type { Session } from '../security/session.ts';
import { unlock, type UnlockOptions } from '../security/unlock.ts';
import { required, resolvePath, type Options } from './arguments.ts';
import { readSecret, SECRET_VARIABLES } from './secrets.ts';

export const passphrase = () => readSecret(SECRET_VARIABLES.passphrase, 'Passphrase');

/** `unlockOptions.skipWriterLock` is for verify and backup alone, which may run while the app has the store open. */
export async function withSession<T>(options: Options, work: (session: Session) => Promise<T> | T, unlockOptions: UnlockOptions = {}): Promise<T> {
  const session = await unlock(resolvePath(required(options, 'store')), required(options, 'user'), await passphrase(), unlockOptions);
  try {
    return await work(session);
  } finally {
    session.lock();
  }
}
