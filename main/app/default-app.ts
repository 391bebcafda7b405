/**
 * "Open in default app": hands a decrypted copy, already in the private folder, to whichever
 * app the system opens that kind of file with. Electron's shell answers with an error string
 * rather than throwing; a non-empty one becomes a message the person can act on.
 */
import path from 'node:path';
import type { Shell } from 'electron';
import { AppError } from '../../shared/errors.ts';

export function openerWith(shell: Pick<Shell, 'openPath'>): (file: string) => Promise<void> {
  return async (file) => {
    const problem = await shell.openPath(file);
    if (problem !== '') {
      throw new AppError(
        'NOT_FOUND',
        `${path.basename(file)} could not be opened on this computer (${problem}). Save a working copy instead, or ask IT for an app that opens this kind of file.`,
      );
    }
  };
}
