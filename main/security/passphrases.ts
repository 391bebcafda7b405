/** Changing your own passphrase, and an administrator's reset of a forgotten one. */
import { AppError } from '../../shared/errors.ts';
import { readKeyFile, writeKeyFile } from '../store/key-file.ts';
import { findUserById, setMustChangePassphrase, setUserPublicKey, userByName, type User } from '../store/repositories/users.ts';
import { userKeyContext } from './master-key.ts';
import { checkPassphraseStrength, unwrapPrivateKey, wrapPrivateKey } from './passphrase-wrap.ts';
import type { Session } from './session.ts';
import { unlock } from './unlock.ts';
import { makeUserEntry } from './user-key-entry.ts';

/**
 * Rewraps the signed-in user's own private key under a new passphrase; nothing else changes.
 * The current passphrase is asked again, so an unattended unlocked desk cannot be taken over.
 */
export async function changeOwnPassphrase(session: Session, current: string, next: string): Promise<void> {
  checkPassphraseStrength(next);
  if (next.normalize('NFC') === current.normalize('NFC')) throw new AppError('WEAK_PASSPHRASE', 'The new passphrase is the same as the current one. Choose a different one.');
  const store = session.store;
  store.requireIntact();
  const keyFile = readKeyFile(store.paths.keyFile);
  const entry = keyFile.users.find((existing) => existing.userId === session.userId);
  if (entry === undefined) throw new AppError('KEY_FILE_INVALID', 'The key file has no entry for you. Ask an administrator.');
  const context = userKeyContext(store.storeId, session.userId);
  (await unwrapPrivateKey(entry.wrappedPrivateKey, current, context)).fill(0);
  const wrapped = await wrapPrivateKey(session.privateKey, next, context);
  writeKeyFile(store.paths.keyFile, { ...keyFile, users: keyFile.users.map((existing) => (existing === entry ? { ...existing, wrappedPrivateKey: wrapped } : existing)) });
  try {
    store.change((db, audit) => {
      setMustChangePassphrase(db, session.userId, false);
      audit({ actorId: session.userId, action: 'user.passphrase-changed', recordType: 'user', recordId: session.userId });
    });
  } catch (error) {
    writeKeyFile(store.paths.keyFile, keyFile);
    throw error;
  }
  store.keyFile = readKeyFile(store.paths.keyFile);
}

/** The command line's passwd: unlock with the current passphrase, then change it. */
export async function changePassphrase(folder: string, userName: string, current: string, next: string): Promise<void> {
  checkPassphraseStrength(next);
  const session = await unlock(folder, userName, current);
  try {
    await changeOwnPassphrase(session, current, next);
  } finally {
    session.lock();
  }
}

/**
 * For someone who has forgotten their passphrase: an administrator gives them a new key pair
 * under a passphrase to change at their next sign-in. Their old private key is gone for good.
 */
export async function resetPassphrase(session: Session, targetName: string, temporaryPassphrase: string): Promise<User> {
  session.authorise('users.manage', "reset someone's passphrase");
  const store = session.store;
  store.requireIntact();
  const target = userByName(store.db, targetName);
  if (target.id === session.userId) throw new AppError('INVALID_INPUT', 'To change your own passphrase, use passwd.');
  if (target.status !== 'active') throw new AppError('CONFLICT', `The account "${target.name}" is disabled: re-enable it first.`);
  checkPassphraseStrength(temporaryPassphrase);
  const keyFile = readKeyFile(store.paths.keyFile);
  const entry = await makeUserEntry(keyFile, store.masterKey, { id: target.id, name: target.name }, temporaryPassphrase);
  writeKeyFile(store.paths.keyFile, { ...keyFile, users: keyFile.users.map((existing) => (existing.userId === target.id ? entry : existing)) });
  try {
    store.change((db, audit) => {
      setUserPublicKey(db, target.id, entry.publicKey);
      setMustChangePassphrase(db, target.id, true);
      audit({ actorId: session.userId, action: 'user.passphrase-reset', recordType: 'user', recordId: target.id });
    });
  } catch (error) {
    writeKeyFile(store.paths.keyFile, keyFile);
    throw error;
  }
  store.keyFile = readKeyFile(store.paths.keyFile);
  return findUserById(store.db, target.id)!;
}
