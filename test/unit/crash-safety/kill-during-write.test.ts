/**
 * A power cut during a write, as near as a test can come: a child process writes large
 * transactions through the real `store.change` and is killed with SIGKILL at random points, most
 * of them inside a transaction, more than fifty times. After every kill the store is opened again
 * (which also shows the dead writer's lock went with it) and must pass SQLite's integrity check,
 * hold an intact audit chain, and hold whole transactions only: every document complete with its
 * event, every removal with its own, and nothing of the transaction the kill cut short.
 *
 * Where each kill landed is read from the child's own signals ("in-tx t" as a transaction's work
 * starts, "committed t" once it has returned) together with what the store holds afterwards: a
 * kill after "in-tx t" whose transaction t is absent landed inside it, before its commit; one
 * whose transaction is present landed in the commit itself, after SQLite had written it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../main/security/audit-chain.ts';
import { readKeyFile } from '../../../main/store/key-file.ts';
import { OpenStore } from '../../../main/store/open-store.ts';
import { readDocumentContent } from '../../../main/store/repositories/case-documents.ts';
import { storePaths, type StorePaths } from '../../../main/store/store-folder.ts';
import { makeEvidenceStore, newCase, type EvidenceStore } from '../evidence/evidence-fixture.ts';
import { bundleChildren, ChildSignals, type ChildBundle } from './child-bundle.ts';
import { ADDED, KEEP_DOCUMENTS, lastTransaction, REMOVED, writeEvents } from './crash-writes.ts';

const KILLS = 50;
/** The share of kills aimed inside a transaction; the rest go just after a commit. */
const AIM_INSIDE = 0.8;
/** Writers started ahead of their turn: a child spends most of its life loading, which overlaps the checks. */
const STARTED_AHEAD = 2;

type Landing = 'inside, before its commit' | 'in the commit, after SQLite wrote it' | 'between transactions';

interface Writer {
  readonly signals: ChildSignals;
}

let evidence: EvidenceStore;
let bundle: ChildBundle;
let paths: StorePaths;
let masterKey: Buffer;
let keyFileForChild: string;
let caseId: number;
let writerUserId: string;
const started: ChildSignals[] = [];

beforeAll(async () => {
  bundle = await bundleChildren(['crash-writer']);
  evidence = await makeEvidenceStore();
  caseId = newCase(evidence.officer).id;
  writerUserId = evidence.officer.userId;
  paths = storePaths(evidence.temp.folder);
  masterKey = Buffer.from(evidence.admin.store.masterKey);
  // A test store's key, handed to the child in a file only this user can read.
  keyFileForChild = path.join(evidence.temp.root, 'master-key.hex');
  fs.writeFileSync(keyFileForChild, masterKey.toString('hex'), { mode: 0o600 });
  // The children write: no session of this process may hold the store.
  evidence.officer.lock();
  evidence.admin.lock();
}, 120_000);

afterAll(() => {
  // Only if the loop failed part-way: writers still waiting for their turn.
  for (const signals of started) if (signals.child.exitCode === null && signals.child.signalCode === null) signals.child.kill('SIGKILL');
  masterKey?.fill(0);
  bundle?.remove();
  evidence?.cleanup();
});

function startWriter(): Writer {
  const signals = new ChildSignals(bundle.start('crash-writer', [paths.folder, keyFileForChild, String(caseId), writerUserId]));
  started.push(signals);
  return { signals };
}

/** Busy-waits rather than sleeping: a timer's millisecond is too coarse inside a 20 ms transaction. */
function spin(milliseconds: number): void {
  const until = performance.now() + milliseconds;
  while (performance.now() < until);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 20;
}

/** Everything the store must be after any kill; returns the last whole transaction it holds. */
function checkStore(kill: number): number {
  const store = OpenStore.open(paths, masterKey, readKeyFile(paths.keyFile));
  try {
    const db = store.db;
    expect(db.pragma('integrity_check', { simple: true }), `integrity after kill ${kill}`).toBe('ok');
    const chain = verifyChain(db, store.auditKeyForVerification);
    expect(chain.intact, `audit chain after kill ${kill}: ${JSON.stringify(chain)}`).toBe(true);

    const events = writeEvents(db);
    const added = events.filter((event) => event.action === ADDED);
    const removed = events.filter((event) => event.action === REMOVED);
    const last = lastTransaction(db);
    // Transactions 1..last, each once: none lost, none half there.
    expect(added.map((event) => event.transaction), `transactions after kill ${kill}`).toEqual(Array.from({ length: last }, (_, index) => index + 1));
    for (const removal of removed) expect(added.some((event) => event.transaction === removal.transaction)).toBe(true);

    const documents = db.prepare('SELECT id, size, sha256 FROM case_documents WHERE case_id = ? ORDER BY id').all(caseId) as { id: number; size: number; sha256: string }[];
    const expected = added.map((event) => event.documentId).filter((id) => !removed.some((removal) => removal.documentId === id));
    expect(documents.map((document) => document.id), `documents after kill ${kill}`).toEqual(expected);
    expect(documents.length).toBe(Math.min(last, KEEP_DOCUMENTS));
    for (const document of documents) {
      const chunks = db.prepare('SELECT seq, length(bytes) AS bytes FROM case_document_chunks WHERE document_id = ? ORDER BY seq').all(document.id) as { seq: number; bytes: number }[];
      expect(chunks.map((chunk) => chunk.seq)).toEqual(chunks.map((_, index) => index));
      expect(chunks.reduce((sum, chunk) => sum + chunk.bytes, 0)).toBe(document.size);
      expect(createHash('sha256').update(readDocumentContent(db, document.id)).digest('hex'), `document ${document.id} after kill ${kill}`).toBe(document.sha256);
    }
    const orphans = db.prepare('SELECT count(*) AS n FROM case_document_chunks WHERE document_id NOT IN (SELECT id FROM case_documents)').get() as { n: number };
    expect(orphans.n).toBe(0);
    return last;
  } finally {
    store.close();
  }
}

/** Where the kill landed, from the child's last signal and what the store kept. */
function landing(lines: readonly string[], last: number, kill: number): Landing {
  const said = [...lines].reverse().find((line) => /^(open|in-tx|committed) /.test(line));
  expect(said, `what the child said before kill ${kill}`).toBeDefined();
  const [word, number] = said!.split(' ');
  const transaction = Number(number);
  if (word !== 'in-tx') {
    // Everything it reported committed is there, and nothing after.
    expect(last, `after kill ${kill}, the child had said "${said}"`).toBe(transaction);
    return 'between transactions';
  }
  expect([transaction - 1, transaction], `after kill ${kill} inside transaction ${transaction}`).toContain(last);
  return last === transaction - 1 ? 'inside, before its commit' : 'in the commit, after SQLite wrote it';
}

describe('a writer killed at random points, many times', () => {
  it(`leaves a valid store after each of ${KILLS} kills, most of them inside large transactions`, async () => {
    const started = performance.now();
    const landings: Landing[] = [];
    const durations: number[] = [];
    const waiting = Array.from({ length: STARTED_AHEAD }, startWriter);
    for (let kill = 1; kill <= KILLS; kill += 1) {
      const { signals } = waiting.shift()!;
      await signals.next((line) => line === 'loaded');
      signals.child.stdin.write('go\n');
      const first = Number((await signals.next((line) => line.startsWith('open '))).split(' ')[1]) + 1;
      // One or two transactions, so kills fall in fresh and in well-used connections.
      const target = first + Math.floor(Math.random() * 2);
      if (Math.random() < AIM_INSIDE) {
        await signals.next((line) => line === `in-tx ${target}`);
        spin(Math.random() * 0.8 * median(durations));
      } else {
        await signals.next((line) => line.startsWith(`committed ${target} `));
        spin(Math.random() * 2);
      }
      signals.child.kill('SIGKILL');
      await signals.exited;
      for (const line of signals.lines) if (line.startsWith('committed ')) durations.push(Number(line.split(' ')[2]));
      expect(signals.child.signalCode, `kill ${kill}: ${signals.errorOutput}`).toBe('SIGKILL');
      // The next writers load while this one's store is checked.
      if (kill + waiting.length < KILLS) waiting.push(startWriter());
      landings.push(landing(signals.lines, checkStore(kill), kill));
    }
    expect(waiting).toEqual([]);

    const count = (where: Landing) => landings.filter((landed) => landed === where).length;
    const summary = {
      kills: landings.length,
      insideBeforeCommit: count('inside, before its commit'),
      inCommitAfterWrite: count('in the commit, after SQLite wrote it'),
      between: count('between transactions'),
      medianTransactionMs: median(durations),
      seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    };
    console.info(`kill-during-write: ${JSON.stringify(summary)}`);
    expect(summary.kills).toBeGreaterThanOrEqual(50);
    // At least half landed inside a transaction that the kill then undid.
    expect(summary.insideBeforeCommit * 2).toBeGreaterThanOrEqual(summary.kills);
    expect(summary.between).toBeGreaterThan(0);
  }, 180_000);
});
