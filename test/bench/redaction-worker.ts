/** Child-process entry for the redaction benchmark: `redaction-worker.ts <register entries> <pages>`. */
import { runRedaction, type RedactionWorkerMessage } from './redaction-workload.ts';

function send(message: RedactionWorkerMessage): void {
  if (process.send === undefined) {
    console.error('redaction-worker.ts is run by run.ts through fork(), not directly.');
    process.exitCode = 1;
    return;
  }
  process.send(message, () => process.disconnect());
}

const [entries, pages] = process.argv.slice(2).map(Number);
if (!Number.isInteger(entries) || !Number.isInteger(pages)) {
  send({ ok: false, error: `Usage: redaction-worker.ts <register entries> <pages> (got ${process.argv.slice(2).join(' ')})` });
  process.exitCode = 1;
} else {
  runRedaction(entries!, pages!).then(
    (result) => send({ ok: true, result }),
    (error: unknown) => {
      send({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      process.exitCode = 1;
    },
  );
}
