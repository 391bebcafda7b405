/**
 * The parts of a log line, on real errors: what an error may tell the log (class, code, system
 * call, frames of the app's own code) and what it may not (its message, a path above the app);
 * identifiers that do not look like identifiers withheld; and the file's last guard (safeLine)
 * for a line that did not come from an event.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { describeErrorFacts, errorFacts } from '../../../main/logging/error-facts.ts';
import { logLine } from '../../../main/logging/log-event.ts';
import { LONGEST_LINE, safeLine } from '../../../main/logging/safe-line.ts';
import { framesOf } from '../../../main/logging/stack-frames.ts';

const CHILD = 'Poppy Ashworth-Lee';
const FILE = `Referral for ${CHILD}.docx`;

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('It did not throw.');
}

describe('what an error tells the log', () => {
  it('gives a SQLite error’s class and code and where it was thrown, never the value it quotes', () => {
    const db = new Database(':memory:');
    const error = caught(() => db.prepare(`SELECT * FROM sqlite_master WHERE name = ${CHILD}`).all());
    db.close();
    expect((error as Error).message).toContain('Ashworth');
    const line = describeErrorFacts(errorFacts(error));
    expect(line).toMatch(/^error=SqliteError code=SQLITE_ERROR at=\S*test\/unit\/logging\/log-line\.test\.ts:\d+:\d+/);
    expect(line).not.toMatch(/Poppy|Ashworth/);
  });

  it('gives a file error’s code and system call, never its path or the file’s name', () => {
    const folder = path.join(os.tmpdir(), CHILD);
    const error = caught(() => fs.readFileSync(path.join(folder, FILE)));
    expect((error as Error).message).toContain(FILE);
    const line = describeErrorFacts(errorFacts(error));
    expect(line).toMatch(/^error=Error code=ENOENT syscall=open at=node:fs:\d+:\d+/);
    expect(line).not.toMatch(/Poppy|Referral|tmp/);
  });

  it('reads frames after the message only, and names only files inside the app, relative to it', () => {
    const root = path.resolve('/srv/app');
    const message = `Could not save ${CHILD}\n    at Poppy (/srv/app/main/x.ts:1:1)`;
    const stack = [
      `Error: ${message}`,
      '    at saveCase (/srv/app/main/reviews/cases.ts:42:7)',
      '    at /srv/app/out/main/main.js:900:13',
      `    at readFile (/home/${CHILD}/Documents/${FILE}:3:1)`,
      '    at file:///srv/app/main/api/desktop.ts:97:29',
      '    at async Promise.all (index 0)',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
      '    at /srv/app/main/Case notes.ts:1:1',
    ].join('\n');
    expect(framesOf(stack, message, root)).toEqual(['main/reviews/cases.ts:42:7', 'out/main/main.js:900:13', 'main/api/desktop.ts:97:29', 'node:internal/process/task_queues:95:5']);
    // Without the app's folder, no file of ours can be told from anyone's: none is named.
    expect(framesOf(stack, message, null)).toEqual(['node:internal/process/task_queues:95:5']);
  });

  it('gives a cause one level down, an AppError’s code without its message, and a thrown value’s type', () => {
    const wrapped = new Error(`Export for ${CHILD} failed`, { cause: new AppError('FILE_REFUSED', `${FILE} is not a Word file.`) });
    expect(describeErrorFacts(errorFacts(wrapped))).toMatch(/^error=Error at=\S+ cause\.error=AppError cause\.code=FILE_REFUSED cause\.at=\S+$/);
    expect(describeErrorFacts(errorFacts(`${CHILD} was not found`))).toBe('error=a-thrown-string');
  });
});

describe('an event’s line', () => {
  it('names a call of the contract, and no other text the renderer sent as a name', () => {
    expect(logLine({ event: 'call.declined', call: 'cases.create', code: 'NOT_ALLOWED' })).toBe('call.declined The call "cases.create" was declined: NOT_ALLOWED.');
    expect(logLine({ event: 'call.refused', call: CHILD, origin: 'https://example.com' })).toBe(
      'call.refused Refused the call an unknown call from https://example.com: it did not come from the app’s own window.',
    );
  });

  it('withholds a value that is not shaped as its identifier', () => {
    const line = logLine({ event: 'call.refused', call: 'cases.list', origin: `https://example.com/${FILE}` });
    expect(line).toContain('from (withheld)');
    expect(logLine({ event: 'job.failed', kind: 'backup', job: `${CHILD}.zip`, error: new Error(CHILD) })).toMatch(/^job\.failed The task backup failed \(job \(withheld\)\)\. error=Error at=/);
    // A cast gets past the type, not past the list.
    expect(logLine({ event: 'store.lock-failed', reason: `${FILE} was open` as 'quitting', error: null })).toBe('store.lock-failed The store could not be locked ((withheld)). error=a-thrown-null');
  });
});

describe('the file’s last guard', () => {
  it('keeps a line to one line, and takes out absolute paths however written', () => {
    const careless = [
      `Export failed: ENOENT: no such file or directory, open '/home/${CHILD}/Documents/${FILE}'`,
      `    at writeFile (/home/poppy/app/main/x.ts:1:1)`,
      `C:\\Users\\pashworth\\Desktop\\notes.txt and \\\\council-share\\reviews\\case.docx and file:///home/poppy/a.txt`,
    ].join('\n');
    const line = safeLine(careless);
    expect(line).not.toContain('\n');
    expect(line).not.toMatch(/Documents|Referral|poppy|pashworth|council-share|notes\.txt/);
    expect(line).toContain(`open '<path>'`);
  });

  it('leaves an event’s identifiers, relative frames and addresses as they are', () => {
    const line = 'call.failed The call "cases.create" failed unexpectedly. error=Error at=main/api/desktop.ts:97:29<node:internal/process/task_queues:95:5 origin https://example.com app://renderer';
    expect(safeLine(line)).toBe(line);
  });

  it('cuts a line short rather than write without end', () => {
    expect(safeLine('x'.repeat(LONGEST_LINE * 2))).toHaveLength(LONGEST_LINE + 1);
  });
});
