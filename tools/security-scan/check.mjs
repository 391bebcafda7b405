#!/usr/bin/env node
/**
 * The security scan: Doyensec's electronegativity over the app's own source — main/, preload/,
 * renderer/ and package.json, never test/ or node_modules/ — told the Electron version the app
 * is built with, failing (exit 1) on any high-severity finding (policy.mjs says what counts).
 * Each finding is printed with its file:line.
 *
 *   npm ci --prefix tools/security-scan      once: the scanner has a package of its own (below)
 *   node tools/security-scan/check.mjs        the app's source
 *   node tools/security-scan/check.mjs --input DIR [--electron 41.7.1]
 *
 * The scanner is unmaintained, so it stays out of the app's dependencies: this folder is its own
 * package, pinned to an exact version with a lockfile (every package under it pinned and its
 * hash checked), which CI installs with `npm ci`. Its one install script, es5-ext's postinstall
 * (a message, nothing the scanner needs), is not run. The outcome: exit 0 passed, 1 failed,
 * 2 the scan could not run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ALLOWED, judge } from './policy.mjs';
import { runScanner } from './run-scanner.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE = ['main', 'preload', 'renderer', 'package.json'];

/** The installed Electron's version, else package.json's exact pin. */
function electronVersion() {
  const installed = path.join(ROOT, 'node_modules', 'electron', 'package.json');
  if (fs.existsSync(installed)) return JSON.parse(fs.readFileSync(installed, 'utf8')).version;
  const pinned = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).devDependencies?.electron ?? '';
  if (/^\d+\.\d+\.\d+$/.test(pinned)) return pinned;
  throw new Error('The Electron version is not known: install the project (npm ci) or pin electron to an exact version in package.json, or pass --electron.');
}

/**
 * The scanner takes one folder: this one holds links to the source folders, so findings are
 * named by their path in the repository. Junctions, because Windows lets anyone make those.
 */
function linkSourceFolder() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-security-scan-'));
  for (const name of SOURCE) {
    const target = path.join(ROOT, name);
    if (fs.statSync(target).isDirectory()) fs.symlinkSync(target, path.join(folder, name), 'junction');
    else fs.copyFileSync(target, path.join(folder, name));
  }
  return folder;
}

/** What the scanner names as the file of a finding about the app as a whole. */
const GLOBAL = 'N/A';
const where = (issue) => (issue.file === GLOBAL ? 'the app as a whole' : `${issue.file}:${issue.line}:${issue.column + 1}`);
const describe = (issue) =>
  [`${issue.id} at ${where(issue)} — ${issue.description}`, issue.sample, `https://github.com/doyensec/electronegativity/wiki/${issue.id}`].filter((line) => line !== '').join('\n      ');

async function main() {
  const { values } = parseArgs({ options: { input: { type: 'string' }, electron: { type: 'string' } } });
  const electron = values.electron ?? electronVersion();
  const input = values.input === undefined ? null : path.resolve(values.input);
  const folder = input ?? linkSourceFolder();
  const started = Date.now();
  let scan;
  try {
    scan = await runScanner(folder, electron);
  } finally {
    if (input === null) fs.rmSync(folder, { recursive: true, force: true });
  }
  // Named from the repository's root, whichever folder was scanned.
  const prefix = input === null ? '' : `${path.relative(ROOT, input).split(path.sep).join('/')}/`;
  for (const finding of [...scan.issues, ...scan.unread]) if (finding.file !== GLOBAL) finding.file = `${prefix}${finding.file}`;

  // The allowances name lines of the app's own source; another folder gets none.
  const outcome = judge(scan, input === null ? ALLOWED : []);
  const scanned = input === null ? 'main/, preload/, renderer/ and package.json' : prefix;
  console.log(`Security scan: electronegativity ${scan.scannerVersion}, ${scan.checks} checks, Electron ${electron}, over ${scanned} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  for (const issue of outcome.failing) console.log(`  FAIL ${issue.severity}${issue.raisedBecause ? ' (raised to high here)' : ''} ${describe(issue)}`);
  for (const file of outcome.unread) console.log(`  FAIL the scanner could not read ${file.file}, so it was not checked: ${file.message}`);
  for (const issue of outcome.allowed) console.log(`  allowed (a known false positive, tools/security-scan/policy.mjs) ${issue.id} at ${where(issue)}`);
  for (const issue of outcome.shown) console.log(`  review ${issue.severity} ${issue.id} at ${where(issue)} — ${issue.description}`);
  for (const allowance of outcome.unusedAllowances) console.log(`  note: the allowance for ${allowance.id} in ${allowance.file} matched nothing; remove it from tools/security-scan/policy.mjs.`);
  if (outcome.passed) {
    console.log('Passed: no high-severity finding.');
    return 0;
  }
  const count = outcome.failing.length + outcome.unread.length;
  console.log(`Failed: ${count} problem${count === 1 ? '' : 's'} above. Fix each; a finding that is a false positive may be allowed in tools/security-scan/policy.mjs, with the reason.`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`The security scan could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
