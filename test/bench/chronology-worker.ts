/**
 * Child-process entry for one side of the chronology benchmark:
 * `chronology-worker.ts <app|floor> <folder> <file>…`. Sends its result (or its error) to the
 * parent over the IPC channel, then exits.
 */
import { runSide, type ChronologyWorkerMessage } from './chronology-workload.ts';

function send(message: ChronologyWorkerMessage): void {
  if (process.send === undefined) {
    console.error('chronology-worker.ts is run by run.ts through fork(), not directly.');
    process.exitCode = 1;
    return;
  }
  process.send(message, () => process.disconnect());
}

const [side, folder, ...files] = process.argv.slice(2);
if ((side !== 'app' && side !== 'floor') || folder === undefined || files.length === 0) {
  send({ ok: false, error: `Usage: chronology-worker.ts <app|floor> <folder> <file>… (got ${String(side)} ${String(folder)})` });
  process.exitCode = 1;
} else {
  runSide(side, folder, files).then(
    (result) => send({ ok: true, result }),
    (error: unknown) => {
      send({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      process.exitCode = 1;
    },
  );
}
