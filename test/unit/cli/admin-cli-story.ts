/**
 * What the admin command-line tests share: the people and passphrases of the story, the
 * checks every call's output gets, and a fresh working folder to run commands from.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { makeTempFolder } from '../helpers/temp-store.ts';
import type { CliResult } from './run-cli.ts';

export const LONG = 180_000;

export const CASEY = 'Casey Admin';
export const CASEY_PASSPHRASE = 'casey kettle lighthouse';
export const ROBIN = 'Robin Officer';
export const ROBIN_PASSPHRASE = 'robin harbour meadow';
export const ROBIN_NEW_PASSPHRASE = 'robin lantern orchard';
export const SAM = 'Sam Representative';
export const SAM_PASSPHRASE = 'sam pebble windmill';
export const ALEX = 'Alex Representative';
export const ALEX_PASSPHRASE = 'alex copper violet';
export const ALEX_NEW_PASSPHRASE = 'alex thistle beacon';
export const DREW = 'Drew Recovered';
export const DREW_PASSPHRASE = 'drew saffron canal';
export const MORGAN = 'Morgan Recovered';
export const MORGAN_PASSPHRASE = 'morgan walnut quarry';
export const POLICE = 'Greater Manchester Police';

export const COMMAND_NAMES = ['init', 'demo', 'verify', 'checkpoint', 'add-user', 'assign', 'list-users', 'disable-user', 'enable-user', 'passwd', 'rekey', 'recover', 'backup', 'restore', 'set-idle-lock', 'set-partner', 'reset-passphrase', 'due', 'import-holidays', 'import-case', 'export-case', 'check-chronology'];

export const CODE_PATTERN = /^[A-Z2-7]{5}(-[A-Z2-7]{1,5})+$/;
export const HEAD_PATTERN = /[0-9a-f]{64}/;

export function expectSuccess(result: CliResult): void {
  expect(result.stderr, 'standard error').toBe('');
  expect(result.code).toBe(0);
}

/** A failure is exactly one line on standard error, starting "error: ", and nothing on standard output. */
export function expectFailure(result: CliResult, code: 1 | 2, message: string | RegExp): void {
  expect(result.stderr).toMatch(/^error: [^\n]+\n$/);
  if (typeof message === 'string') expect(result.stderr).toContain(message);
  else expect(result.stderr).toMatch(message);
  expect(result.stdout).toBe('');
  expect(result.code).toBe(code);
}

/** A fresh temporary root with a working folder to run commands from and a checkpoint folder. */
export function makeWorkspace(prefix: string): { root: string; work: string; checkpoints: string } {
  // The real path, as npm reports it in INIT_CWD (on macOS the temporary folder is a symlink).
  const root = fs.realpathSync(makeTempFolder(prefix));
  const work = path.join(root, 'work');
  const checkpoints = path.join(root, 'checkpoints');
  fs.mkdirSync(work);
  return { root, work, checkpoints };
}
