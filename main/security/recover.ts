/** When every passphrase is lost: the recovery code from the safe makes a new administrator. */
import { BUSINESS_UNIT } from '../../shared/organisations.ts';
import type { User } from '../store/repositories/users.ts';
import { openWithRecoveryCode } from './unlock.ts';
import { createUser } from './user-admin.ts';

export async function recoverWithCode(folder: string, code: string, newAdministrator: string, passphrase: string): Promise<User> {
  const store = await openWithRecoveryCode(folder, code);
  try {
    const { user } = await createUser(store, null, { name: newAdministrator, role: 'administrator', organisation: BUSINESS_UNIT, passphrase }, 'user.recovered-administrator');
    return user;
  } finally {
    store.close();
  }
}
