/**
 * Child-process entry for one store workload: `store-worker.ts <encrypted|plaintext> <folder>`.
 * Sends its result (or its error) to the parent over the IPC channel, then exits.
 */
import { runStoreWorkload, type StoreMode, type WorkerMessage } from './store-workload.ts';

function send(message: WorkerMessage): void {
  if (process.send === undefined) {
    console.error('store-worker.ts is run by run.ts through fork(), not directly.');
    process.exitCode = 1;
    return;
  }
  process.send(message, () => process.disconnect());
}

const [mode, folder] = process.argv.slice(2);
if ((mode !== 'encrypted' && mode !== 'plaintext') || folder === undefined) {
  send({ ok: false, error: `Usage: store-worker.ts <encrypted|plaintext> <folder> (got ${String(mode)} ${String(folder)})` });
  process.exitCode = 1;
} else {
  try {
    send({ ok: true, result: runStoreWorkload(mode satisfies StoreMode, folder) });
  } catch (error) {
    send({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exitCode = 1;
  }
}
