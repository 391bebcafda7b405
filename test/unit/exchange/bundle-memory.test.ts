/**
 * A bundle carrying a 200 MB item is written, signed, opened and read back intact, with the
 * process's resident size (sampled at every mebibyte, in a child process of its own) growing by
 * well under 100 MB: neither the item nor the file is ever whole in memory.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../helpers/temp-store.ts';
import type { BundleMemoryResult } from './bundle-memory-child.ts';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bundle-memory-child.ts');
const MEBIBYTES = 200;
const GROWTH_LIMIT_BYTES = 100 * 1000 * 1000;

function runChild(folder: string): Promise<BundleMemoryResult> {
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
      else resolve(JSON.parse(line.slice('RESULT '.length)) as BundleMemoryResult);
    });
  });
}

describe('a bundle carrying a 200 MB item', () => {
  let folder: string;
  let result: BundleMemoryResult;

  beforeAll(async () => {
    folder = makeTempFolder('prm-bundle-memory-');
    result = await runChild(folder);
  }, 300_000);
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('is signed, and reads back the bytes that went in', () => {
    expect(result.bytes).toBe(MEBIBYTES * 1024 * 1024);
    expect(result.bundleBytes).toBeGreaterThan(result.bytes);
    expect(result.signed).toBe(true);
    expect(result.readBackSha256).toBe(result.sourceSha256);
  });

  it('grows the resident size by less than 100 MB while it is written and while it is read', () => {
    // A sample at every mebibyte, so the peak was seen during the work, not guessed from its ends.
    expect(result.writeSamples).toBeGreaterThanOrEqual(MEBIBYTES);
    expect(result.readSamples).toBeGreaterThanOrEqual(MEBIBYTES / 2);
    expect(result.writePeakRss - result.baselineRss).toBeLessThan(GROWTH_LIMIT_BYTES);
    expect(result.readPeakRss - result.baselineRss).toBeLessThan(GROWTH_LIMIT_BYTES);
  });

  it('leaves nothing behind in the folder it used', () => {
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
