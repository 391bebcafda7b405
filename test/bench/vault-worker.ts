/**
 * Child-process entry for one side of the secured-files benchmark:
 * `vault-worker.ts <app|floor> <folder> <source file> <bytes> <source sha256>`. Sends its result
 * (or its error) to the parent over the IPC channel, then exits.
 */
import { runVaultSide, type VaultWorkerMessage } from './vault-workload.ts';

function send(message: VaultWorkerMessage): void {
  if (process.send === undefined) {
    console.error('vault-worker.ts is run by run.ts through fork(), not directly.');
    process.exitCode = 1;
    return;
  }
  process.send(message, () => process.disconnect());
}

const [side, folder, sourceFile, bytes, sourceSha256] = process.argv.slice(2);
if ((side !== 'app' && side !== 'floor') || folder === undefined || sourceFile === undefined || !Number.isInteger(Number(bytes)) || sourceSha256 === undefined) {
  send({ ok: false, error: `Usage: vault-worker.ts <app|floor> <folder> <source file> <bytes> <source sha256> (got ${process.argv.slice(2).join(' ')})` });
  process.exitCode = 1;
} else {
  runVaultSide(side, folder, sourceFile, Number(bytes), sourceSha256).then(
    (result) => send({ ok: true, result }),
    (error: unknown) => {
      send({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      process.exitCode = 1;
    },
  );
}
