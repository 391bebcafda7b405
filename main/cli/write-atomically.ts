/**
 * A file the command line writes is written under a temporary name beside its destination and
 * renamed over it once complete and flushed, so a failure part-way never leaves a half-written
 * file where the finished one should be. What is not for everyone (a plaintext case file, a
 * draft) is made readable by its owner alone from the first byte.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function writeAtomically(destination: string, content: Uint8Array | string, ownerOnly: boolean): void {
  const temporary = path.join(path.dirname(destination), `.${path.basename(destination)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = fs.openSync(temporary, 'wx', ownerOnly ? 0o600 : 0o644);
  try {
    try {
      fs.writeSync(handle, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, destination);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
