/** The recovery key pair: its private half leaves the app once, as a code for the safe. */
import type { KeyFile } from '../store/key-file.ts';
import { generateKeyPair } from './hpke.ts';
import { RECOVERY_RECIPIENT, sealMasterKey } from './master-key.ts';
import { encodeRecoveryCode } from './recovery-code.ts';

export async function newRecoveryKey(masterKey: Buffer, storeId: string, epoch: number): Promise<{ recovery: KeyFile['recovery']; code: string }> {
  const pair = await generateKeyPair();
  try {
    return {
      recovery: { publicKey: pair.publicKey.toString('base64'), sealedMasterKey: await sealMasterKey(masterKey, pair.publicKey, storeId, epoch, RECOVERY_RECIPIENT) },
      code: encodeRecoveryCode(pair.privateKey),
    };
  } finally {
    pair.privateKey.fill(0);
  }
}
