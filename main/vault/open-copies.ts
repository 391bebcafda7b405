/**
 * The private folder where "open in default app" writes a decrypted copy for the system's own
 * viewer: readable by this account only, and wiped whenever the store locks, the app closes
 * and the app starts (which also clears what a crash left behind).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

export class OpenCopies {
  constructor(readonly folder: string) {}

  /** Removes everything inside and leaves the folder, owner-only. */
  wipe(): void {
    fs.rmSync(this.folder, { recursive: true, force: true });
    fs.mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    if (process.platform !== 'win32') fs.chmodSync(this.folder, 0o700);
  }

  /** Writes one copy in a fresh sub-folder (so two files of one name never collide) and returns its path. */
  async write(name: string, source: AsyncIterable<Uint8Array>): Promise<string> {
    fs.mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    const folder = path.join(this.folder, randomBytes(8).toString('hex'));
    fs.mkdirSync(folder, { mode: 0o700 });
    const file = path.join(folder, safeFileName(name));
    try {
      await pipeline(Readable.from(source), fs.createWriteStream(file, { mode: 0o600, flags: 'wx' }));
    } catch (error) {
      fs.rmSync(folder, { recursive: true, force: true });
      throw error;
    }
    return file;
  }

  /** The files now in the folder, for tests and the settings screen. */
  list(): string[] {
    if (!fs.existsSync(this.folder)) return [];
    return fs.readdirSync(this.folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  }
}

/** The last part of a set's path, with what Windows or Linux refuse in a name replaced. */
export function safeFileName(setPath: string): string {
  const base = setPath.split('/').pop() ?? 'file';
  const cleaned = base.replace(/[<>:"\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '');
  return cleaned === '' ? 'file' : cleaned.slice(0, 200);
}
