/**
 * Re-hashing secured files against their intake hash (PLACEHOLDER: the vault core builds this).
 */
import { AppError } from '../../shared/errors.ts';
import type { OpenStore } from '../store/open-store.ts';

export interface IntegrityFindings {
  readonly files: number;
  readonly damaged: readonly { readonly id: number; readonly path: string }[];
}

export async function checkFiles(_store: OpenStore, _fileIds: readonly number[], _keyFor: (fileId: number) => Promise<Buffer>): Promise<IntegrityFindings> {
  throw new AppError('NOT_FOUND', 'Not built yet.');
}
