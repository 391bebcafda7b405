/**
 * Child-process entry for one side of the bundle benchmark: `bundle-worker.ts <export|import> <folder>`.
 * Sends its result (or its error) to the parent over the IPC channel, then exits.
 */
import { runBundleSide, type BundleWorkerMessage } from './bundle-workload.ts';

function send(message: BundleWorkerMessage): void {
  if (process.send === undefined) {
    console.error('bundle-worker.ts is run by run.ts through fork(), not directly.');
    process.exitCode = 1;
    return;
  }
  process.send(message, () => process.disconnect());
}

const [side, folder] = process.argv.slice(2);
if ((side !== 'export' && side !== 'import') || folder === undefined) {
  send({ ok: false, error: `Usage: bundle-worker.ts <export|import> <folder> (got ${process.argv.slice(2).join(' ')})` });
  process.exitCode = 1;
} else {
  runBundleSide(side, folder).then(
    (result) => send({ ok: true, result }),
    (error: unknown) => {
      send({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      process.exitCode = 1;
    },
  );
}
