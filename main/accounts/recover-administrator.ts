/**
 * Recovery with the store's recovery code, from the screen before sign-in: the code is checked
 * on its own first (so the screen can name a wrong code before asking for anything else, and a
 * wrong code changes nothing and signs nobody out), then main/security/recover.ts makes the new
 * administrator (audited as a recovery) and they are signed in.
 */
import { AppError } from '../../shared/errors.ts';
import { openMasterKey, RECOVERY_RECIPIENT } from '../security/master-key.ts';
import { decodeRecoveryCode } from '../security/recovery-code.ts';
import { recoverWithCode } from '../security/recover.ts';
import type { Session, SessionOptions } from '../security/session.ts';
import { inspectStore, unlock } from '../security/unlock.ts';

/** What recovery needs of the desktop it runs on. */
export interface RecoveryDesk {
  readonly storeFolder: string;
  lock(): unknown;
  adopt(session: Session): void;
  sessionOptions(): SessionOptions;
}

export interface Recovery {
  readonly recoveryCode: string;
  readonly name: string;
  readonly passphrase: string;
  readonly confirmPassphrase: string;
}

/**
 * Throws WRONG_RECOVERY_CODE unless the code opens the store's master key (or, mid-rekey, the
 * pending one). Nothing is opened or written: the key is wiped as soon as it is shown to open.
 */
export async function checkRecoveryCode(folder: string, code: string): Promise<void> {
  const { keyFile } = inspectStore(folder);
  const privateKey = decodeRecoveryCode(code);
  try {
    const seals = [{ sealed: keyFile.recovery.sealedMasterKey, epoch: keyFile.epoch }];
    if (keyFile.pendingRekey !== undefined) seals.push({ sealed: keyFile.pendingRekey.recovery.sealedMasterKey, epoch: keyFile.pendingRekey.epoch });
    for (const { sealed, epoch } of seals) {
      const masterKey = await openMasterKey(privateKey, sealed, keyFile.storeId, epoch, RECOVERY_RECIPIENT).catch(() => null);
      if (masterKey !== null) {
        masterKey.fill(0);
        return;
      }
    }
    throw new AppError(
      'WRONG_RECOVERY_CODE',
      'That recovery code does not open this store. It may be an old code replaced when the keys were changed: check you have the latest code from the safe.',
    );
  } finally {
    privateKey.fill(0);
  }
}

/** Makes the new administrator and signs them in on the desktop; whoever was signed in there is signed out first. */
export async function recoverAdministrator(desk: RecoveryDesk, input: Recovery): Promise<{ name: string }> {
  if (input.passphrase !== input.confirmPassphrase) {
    throw new AppError('INVALID_INPUT', 'The passphrases do not match. Type the same passphrase twice.', [
      { path: 'confirmPassphrase', message: 'The passphrases do not match. Type the same passphrase twice' },
    ]);
  }
  await checkRecoveryCode(desk.storeFolder, input.recoveryCode);
  desk.lock();
  const user = await recoverWithCode(desk.storeFolder, input.recoveryCode, input.name, input.passphrase);
  desk.adopt(await unlock(desk.storeFolder, user.name, input.passphrase, desk.sessionOptions()));
  return { name: user.name };
}
