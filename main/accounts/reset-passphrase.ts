/**
 * An administrator's reset of someone's forgotten passphrase, as the Users tab asks for it:
 * main/security/passphrases.ts makes the new key pair, seals the master key to it and audits
 * the reset; this adds the checks a form needs (the passphrase typed twice, a message for each
 * refusal that fits the screen) and says what the reset left sealed to the old key.
 */
import type { PassphraseResetOutcome } from '../../shared/accounts/accounts.ts';
import { AppError } from '../../shared/errors.ts';
import { resetPassphrase } from '../security/passphrases.ts';
import type { Session } from '../security/session.ts';
import { findUserByName } from '../store/repositories/users.ts';
import { holdingsOf } from './representative-holdings.ts';

export interface PassphraseReset {
  readonly name: string;
  readonly temporaryPassphrase: string;
  readonly confirmPassphrase: string;
}

export async function resetUserPassphrase(session: Session, input: PassphraseReset): Promise<PassphraseResetOutcome> {
  session.authorise('users.manage', 'reset someone’s passphrase');
  const db = session.store.db;
  const target = findUserByName(db, input.name);
  if (target === undefined) throw new AppError('NOT_FOUND', `There is no user called "${input.name.trim()}". Refresh the list of users and choose again.`);
  if (target.id === session.userId) {
    throw new AppError('INVALID_INPUT', 'You cannot reset your own passphrase. Change it with the command line’s passwd, which asks for your current one, or ask another administrator to reset it.');
  }
  if (target.status !== 'active') throw new AppError('CONFLICT', `${target.name}’s account is disabled, so there is no passphrase to reset. Re-enable the account first if they need it again.`);
  if (input.temporaryPassphrase !== input.confirmPassphrase) {
    throw new AppError('INVALID_INPUT', 'The passphrases do not match. Type the same temporary passphrase twice.', [
      { path: 'confirmPassphrase', message: 'The passphrases do not match. Type the same temporary passphrase twice' },
    ]);
  }
  const user = await resetPassphrase(session, target.name, input.temporaryPassphrase);
  return { name: user.name, holdings: holdingsOf(session.store.db, user.id) };
}
