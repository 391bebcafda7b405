/**
 * Child process of the rekey-killed tests: `rekey-child.mjs STORE_FOLDER USER_NAME STOP_AT`.
 * It reads the user's passphrase as the first line of stdin, signs in through the real unlock,
 * and runs the real rekey, saying "phase P MS" on stdout as each step begins (MS: milliseconds
 * since the re-encryption began, once it has). At the step STOP_AT it stops dead, so that the
 * parent's SIGKILL lands exactly there; with STOP_AT "none" it runs on, and the parent kills it
 * at a random moment instead. A test store and passphrase only.
 */
import fs from 'node:fs';
import { rekey, type RekeyPhase } from '../../../main/security/rekey.ts';
import { unlock } from '../../../main/security/unlock.ts';

const [folder, userName, stopAt] = process.argv.slice(2);
if (folder === undefined || userName === undefined || stopAt === undefined) {
  process.stderr.write('Usage: rekey-child.mjs STORE_FOLDER USER_NAME STOP_AT\n');
  process.exit(2);
}

function signal(line: string): void {
  fs.writeSync(1, `${line}\n`);
}

async function run(passphrase: string): Promise<void> {
  const session = await unlock(folder!, userName!, passphrase);
  signal('unlocked');
  let reEncryptionStarted: number | null = null;
  await rekey(session, {
    newRecovery: false,
    onProgress({ phase }: { phase: RekeyPhase }) {
      if (phase === 're-encrypting') reEncryptionStarted = performance.now();
      signal(`phase ${phase} ${reEncryptionStarted === null ? 0 : (performance.now() - reEncryptionStarted).toFixed(1)}`);
      // Blocks the whole process, as a power cut would stop it, until the parent's kill.
      if (phase === stopAt) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    },
  });
  signal('rekeyed');
  session.lock();
}

let input = '';
process.stdin.setEncoding('utf8').on('data', (text: string) => {
  input += text;
  const end = input.indexOf('\n');
  if (end < 0) return;
  process.stdin.pause();
  run(input.slice(0, end)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
});
signal('loaded');
