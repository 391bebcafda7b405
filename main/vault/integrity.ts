/**
 * Re-hashing secured files against their intake hash: each file is read back in full through
 * read-back.ts, so a chunk altered, moved or missing, a key that no longer opens, or bytes that
 * no longer match the intake hash all count as damage. Recording the check, and its event, is
 * the caller's.
 */
import { AppError } from '../../shared/errors.ts';
import type { OpenStore } from '../store/open-store.ts';
import { findSecuredFile } from '../store/repositories/secured-files.ts';
import { readSecuredFile } from './read-back.ts';

export interface IntegrityFindings {
  readonly files: number;
  readonly damaged: readonly { readonly id: number; readonly path: string }[];
}

/**
 * Checks each file in turn. `keyFor` opens a file's key (unsealFileKey); the key it returns is
 * wiped here once the file is read. Only FILE_DAMAGED counts as a finding: anything else (the
 * store locking, a refusal) stops the check and is thrown, as the check did not finish.
 */
export async function checkFiles(store: OpenStore, fileIds: readonly number[], keyFor: (fileId: number) => Promise<Buffer>): Promise<IntegrityFindings> {
  const damaged: { id: number; path: string }[] = [];
  for (const id of fileIds) {
    const path = findSecuredFile(store.db, id)?.path;
    if (path === undefined) throw new AppError('NOT_FOUND', 'A secured file to check is no longer there. Refresh the page and check again.');
    if (!(await readsIntact(store, id, keyFor))) damaged.push({ id, path });
  }
  return { files: fileIds.length, damaged };
}

async function readsIntact(store: OpenStore, fileId: number, keyFor: (fileId: number) => Promise<Buffer>): Promise<boolean> {
  let key: Buffer | undefined;
  try {
    key = await keyFor(fileId);
    for await (const chunk of readSecuredFile(store, fileId, key)) chunk.fill(0);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'FILE_DAMAGED') return false;
    throw error;
  } finally {
    key?.fill(0);
  }
}
