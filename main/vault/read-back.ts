/**
 * Reading a secured file back, streamed (PLACEHOLDER: the vault core builds this).
 */
import { AppError } from '../../shared/errors.ts';
import type { OpenStore } from '../store/open-store.ts';
import type { KeyRecipient } from './file-key.ts';
import type { StreamOptions } from './transfer-desk.ts';

/** The file's key, opened with the recipient's private key; FILE_DAMAGED naming the file if it does not open. */
export async function unsealFileKey(_store: OpenStore, _fileId: number, _privateKey: Buffer, _recipient: KeyRecipient): Promise<Buffer> {
  throw new AppError('NOT_FOUND', 'Not built yet.');
}

/** The file's bytes in order; the hash and size are checked at the end and FILE_DAMAGED thrown on a mismatch. */
export async function* readSecuredFile(_store: OpenStore, _fileId: number, _fileKey: Buffer, _options: StreamOptions = {}): AsyncGenerator<Buffer> {
  throw new AppError('NOT_FOUND', 'Not built yet.');
}
