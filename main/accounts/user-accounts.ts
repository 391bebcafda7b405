/**
 * The Users tab's list: every account with its roles, whether the person must still choose
 * their own passphrase, and the secured files they hold as a nominated representative, so the
 * administrator sees before a reset what it would leave sealed to an old key.
 */
import type { AccountView } from '../../shared/accounts/accounts.ts';
import type { Session } from '../security/session.ts';
import { activeAssignments } from '../store/repositories/assignments.ts';
import { listUsers } from '../store/repositories/users.ts';
import { holdingsOf, lastResets } from './representative-holdings.ts';

export function listAccounts(session: Session): AccountView[] {
  session.authorise('users.manage', 'see the users’ accounts');
  const db = session.store.db;
  const resets = lastResets(db);
  return listUsers(db).map((user) => {
    const reset = resets.get(user.id);
    return {
      name: user.name,
      organisation: user.organisation,
      status: user.status,
      roles: [...new Set(activeAssignments(db, user.id).map((assignment) => assignment.role))],
      mustChangePassphrase: user.mustChangePassphrase,
      you: user.id === session.userId,
      lastResetAt: reset?.at ?? null,
      holdings: holdingsOf(db, user.id, reset),
    };
  });
}
