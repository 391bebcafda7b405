/** A user's entry in the key file: made when the user is added, found by name at unlock. */
import { createHmac } from 'node:crypto';
import type { KeyFile, KeyFileUser } from '../store/key-file.ts';
import { generateKeyPair } from './hpke.ts';
import { sealMasterKey, userKeyContext } from './master-key.ts';
import { wrapPrivateKey } from './passphrase-wrap.ts';

export function nameTag(storeId: string, name: string): string {
  return createHmac('sha256', storeId).update(name.trim().normalize('NFC').toLowerCase()).digest('hex');
}

export function findEntryByName(keyFile: KeyFile, name: string): KeyFileUser | undefined {
  const tag = nameTag(keyFile.storeId, name);
  return keyFile.users.find((entry) => entry.nameTag === tag);
}

export async function makeUserEntry(
  keyFile: Pick<KeyFile, 'storeId' | 'epoch'>,
  masterKey: Buffer,
  user: { id: string; name: string },
  passphrase: string,
): Promise<KeyFileUser> {
  const pair = await generateKeyPair();
  try {
    return {
      userId: user.id,
      nameTag: nameTag(keyFile.storeId, user.name),
      publicKey: pair.publicKey.toString('base64'),
      wrappedPrivateKey: await wrapPrivateKey(pair.privateKey, passphrase, userKeyContext(keyFile.storeId, user.id)),
      sealedMasterKey: await sealMasterKey(masterKey, pair.publicKey, keyFile.storeId, keyFile.epoch, user.id),
    };
  } finally {
    pair.privateKey.fill(0);
  }
}
