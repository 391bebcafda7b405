/**
 * The security scan CI runs (tools/security-scan/check.mjs: electronegativity and the policy read
 * from its findings), run for real: a deliberately unsafe window turns it red, naming each
 * finding with its file and line; the app's own source passes. Needs the scanner's own package:
 * `npm ci --prefix tools/security-scan`.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CHECK = path.join(ROOT, 'tools', 'security-scan', 'check.mjs');
const ELECTRON = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;

interface Run {
  readonly code: number;
  readonly output: string;
}

function runCheck(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CHECK, ...args], { cwd: ROOT, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, output: `${stdout}${stderr}` });
    });
  });
}

describe('the security scan', () => {
  // Both at once: each is mostly the scanner loading and parsing, one process each.
  const runs = Promise.all([runCheck('--input', 'test/fixtures/unsafe-window'), runCheck()]);

  it('fails on a window with the sandbox off and context isolation off, naming each finding by file and line', async () => {
    const [unsafe] = await runs;
    expect(unsafe.code, unsafe.output).toBe(1);
    expect(unsafe.output).toMatch(/FAIL MEDIUM \(raised to high here\) SANDBOX_JS_CHECK at test\/fixtures\/unsafe-window\/main\.js:7:\d+/);
    expect(unsafe.output).toMatch(/FAIL HIGH CONTEXT_ISOLATION_JS_CHECK at test\/fixtures\/unsafe-window\/main\.js:7:\d+/);
    expect(unsafe.output).toContain(`Electron ${ELECTRON},`);
    expect(unsafe.output).toMatch(/^Failed: \d+ problems above\./m);
  });

  it('passes on the app’s own source, with only its known false positives allowed', async () => {
    const [, source] = await runs;
    expect(source.code, source.output).toBe(0);
    expect(source.output).toContain('over main/, preload/, renderer/ and package.json');
    expect(source.output).not.toContain('FAIL');
    expect(source.output).not.toMatch(/ at test\/|node_modules/);
    expect(source.output).toMatch(/^Passed: no high-severity finding\.$/m);
  });
});
