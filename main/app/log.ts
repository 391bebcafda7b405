/**
 * Where the shell writes what IT may need: refused calls and navigations, unexpected failures.
 * Never what the person typed — inputs can hold passphrases and case details — and no personal
 * data: callers write events (main/logging/log-event.ts: identifiers only), and every line
 * passes safeLine on its way to the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { safeLine } from '../logging/safe-line.ts';

export type Log = (message: string) => void;

/** The folder is asked for on first use, because Electron settles some paths only at startup. */
export function fileLog(folder: () => string): Log {
  return (message) => {
    const line = `${new Date().toISOString()} ${safeLine(message)}\n`;
    try {
      const target = folder();
      fs.mkdirSync(target, { recursive: true, mode: 0o700 });
      fs.appendFileSync(path.join(target, 'main.log'), line, { mode: 0o600 });
    } catch {
      // A log that cannot be written must never stop the app.
      process.stderr.write(line);
    }
  };
}
