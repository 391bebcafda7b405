/**
 * Child process of the single-writer tests: `lock-probe.mjs STORE_FOLDER`. Tries the store's
 * writer lock once from a process of its own, says "acquired" or "refused CODE MESSAGE", and
 * exits, which releases whatever it took. It loads the lock alone, so it starts in a moment.
 */
import fs from 'node:fs';
import { AppError } from '../../../shared/errors.ts';
import { acquireWriterLock } from '../../../main/store/writer-lock.ts';

const [folder] = process.argv.slice(2);
if (folder === undefined) {
  process.stderr.write('Usage: lock-probe.mjs STORE_FOLDER\n');
  process.exit(2);
}
try {
  acquireWriterLock(folder).release();
  fs.writeSync(1, 'acquired\n');
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  fs.writeSync(1, `refused ${error.code} ${error.message}\n`);
}
