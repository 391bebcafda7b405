/** Unlocks the store named on the command line for one command, and locks it again whatever happens. */
import type { Session } from '../security/session.ts';
import { unlock } from '../security/unlock.ts';
import { required, resolvePath, type Options } from './arguments.ts';
import { readSecret, SECRET_VARIABLES } from './secrets.ts';

export const passphrase = () => readSecret(SECRET_VARIABLES.passphrase, 'Passphrase');

export async function withSession<T>(options: Options, work: (session: Session) => Promise<T> | T): Promise<T> {
  const session = await unlock(resolvePath(required(options, 'store')), required(options, 'user'), await passphrase());
  try {
    return await work(session);
  } finally {
    session.lock();
  }
}
