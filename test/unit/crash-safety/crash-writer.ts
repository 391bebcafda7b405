/**
 * Child process of the kill-during-write loop: `crash-writer.mjs STORE_FOLDER KEY_FILE CASE_ID USER_ID`.
 * It loads, says "loaded", waits for "go" on stdin (so the parent can check the store while the
 * next child starts), opens the store through the real OpenStore with the test store's master
 * key (hex in a 0600 file of the test's temporary folder), and then writes until it is killed.
 *
 * Each transaction t, through the real `store.change`, adds a document of 0.5 to 1 MiB in chunk
 * rows with its audit event, and once the case holds more than KEEP_DOCUMENTS removes the oldest
 * with its own event, so the store stays small enough to check fifty times. Signals, each a line
 * written synchronously to stdout: "open T" (the last transaction already in the store),
 * "in-tx t" as the transaction's work starts, "committed t MS" once it has returned.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { readKeyFile } from '../../../main/store/key-file.ts';
import { OpenStore } from '../../../main/store/open-store.ts';
import { CHUNK_BYTES, insertDocumentFromChunks } from '../../../main/store/repositories/case-documents.ts';
import { storePaths } from '../../../main/store/store-folder.ts';
import { ADDED, KEEP_DOCUMENTS, lastTransaction, REMOVED } from './crash-writes.ts';

const [folder, keyFile, caseIdText, userId] = process.argv.slice(2);
if (folder === undefined || keyFile === undefined || caseIdText === undefined || userId === undefined) {
  process.stderr.write('Usage: crash-writer.mjs STORE_FOLDER KEY_FILE CASE_ID USER_ID\n');
  process.exit(2);
}
const caseId = Number(caseIdText);

function signal(line: string): void {
  // Synchronous, so a line the parent reads was written before whatever the child did next.
  fs.writeSync(1, `${line}\n`);
}

function content(): { pieces: Buffer[]; sha256: string } {
  const chunkRows = 2 + Math.floor(Math.random() * 3);
  const pieces = Array.from({ length: chunkRows }, () => randomBytes(CHUNK_BYTES));
  const hash = createHash('sha256');
  for (const piece of pieces) hash.update(piece);
  return { pieces, sha256: hash.digest('hex') };
}

function run(): void {
  const paths = storePaths(folder!);
  const masterKey = Buffer.from(fs.readFileSync(keyFile!, 'utf8').trim(), 'hex');
  const store = OpenStore.open(paths, masterKey, readKeyFile(paths.keyFile));
  masterKey.fill(0);
  let transaction = lastTransaction(store.db);
  signal(`open ${transaction}`);
  for (;;) {
    transaction += 1;
    const { pieces, sha256 } = content();
    const started = performance.now();
    const t = transaction;
    store.change((db, audit) => {
      signal(`in-tx ${t}`);
      const { id, size } = insertDocumentFromChunks(db, caseId, { name: `crash-${t}.bin`, mediaType: 'application/octet-stream', note: '', sha256, addedBy: userId!, addedAt: new Date().toISOString() }, pieces);
      audit({ actorId: userId!, action: ADDED, recordType: 'case-document', recordId: id, details: { transaction: t, size } });
      const documents = db.prepare('SELECT id FROM case_documents WHERE case_id = ? ORDER BY id').all(caseId) as { id: number }[];
      if (documents.length > KEEP_DOCUMENTS) {
        const oldest = documents[0]!.id;
        db.prepare('DELETE FROM case_document_chunks WHERE document_id = ?').run(oldest);
        db.prepare('DELETE FROM case_documents WHERE id = ?').run(oldest);
        audit({ actorId: userId!, action: REMOVED, recordType: 'case-document', recordId: oldest, details: { transaction: t } });
      }
    });
    signal(`committed ${t} ${(performance.now() - started).toFixed(1)}`);
  }
}

signal('loaded');
let input = '';
process.stdin.setEncoding('utf8').on('data', (text: string) => {
  input += text;
  if (input.includes('go\n')) {
    process.stdin.pause();
    run();
  }
});
