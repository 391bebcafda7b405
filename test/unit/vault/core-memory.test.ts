/**
 * A 300 MB file goes into the vault and back out intact, streamed through the contract's
 * pipeline and the ticket desk (vault.beginIntake, then vault.open for a copy), with the
 * process's resident size (sampled every 50 ms during the transfer, in a child process of its
 * own) growing by less than 100 MB: the file is never whole in memory, and its chunks do not
 * fill the page cache.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../helpers/temp-store.ts';
import type { MemoryResult } from './core-memory-child.ts';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'core-memory-child.ts');
const MEBIBYTES = 300;
const GROWTH_LIMIT_BYTES = 100 * 1000 * 1000;

function runChild(folder: string): Promise<MemoryResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, folder, String(MEBIBYTES)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('RESULT '));
      if (code !== 0 || line === undefined) reject(new Error(`The memory child exited with ${code}:\n${stderr}${stdout}`));
      else resolve(JSON.parse(line.slice('RESULT '.length)) as MemoryResult);
    });
  });
}

describe('a 300 MB secured file', () => {
  let folder: string;
  let result: MemoryResult;

  beforeAll(async () => {
    folder = makeTempFolder('prm-vault-memory-');
    result = await runChild(folder);
  }, 180_000);
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('goes in and comes out intact: the same hash at the source, at intake and read back', () => {
    expect(result.bytes).toBe(MEBIBYTES * 1024 * 1024);
    expect(result.placedSha256).toBe(result.sourceSha256);
    expect(result.readBackSha256).toBe(result.sourceSha256);
    expect(result.writtenBytes).toBe(result.bytes);
  });

  it('grows the process’s resident size by less than 100 MB while it moves', () => {
    // Enough samples that the peak was seen during the transfer, not guessed from its ends.
    expect(result.samples).toBeGreaterThanOrEqual(20);
    expect(result.peakRss - result.baselineRss).toBeLessThan(GROWTH_LIMIT_BYTES);
  });

  it('leaves nothing of the file in the folder it used', () => {
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
