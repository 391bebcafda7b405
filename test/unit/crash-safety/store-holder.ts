/**
 * Child process of the single-writer tests, another copy of the app as far as the store can tell:
 * `store-holder.mjs STORE_FOLDER USER_NAME` signs in through the real unlock (the passphrase is
 * the first line of stdin), says "holding", and keeps the store open until it is killed.
 */
import fs from 'node:fs';
import { unlock } from '../../../main/security/unlock.ts';

const [folder, userName] = process.argv.slice(2);
if (folder === undefined || userName === undefined) {
  process.stderr.write('Usage: store-holder.mjs STORE_FOLDER USER_NAME\n');
  process.exit(2);
}

let input = '';
process.stdin.setEncoding('utf8').on('data', (text: string) => {
  input += text;
  const end = input.indexOf('\n');
  if (end < 0) return;
  process.stdin.pause();
  unlock(folder, userName, input.slice(0, end)).then(
    () => {
      fs.writeSync(1, 'holding\n');
      setInterval(() => undefined, 60_000);
    },
    (error: unknown) => {
      fs.writeSync(1, `failed ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
});
