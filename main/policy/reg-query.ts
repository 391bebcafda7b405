/**
 * Runs Windows' own reg.exe to read the policy key: no native module, and the same answer IT sees
 * when they type the command. Found in the system folder rather than on the PATH, which the person
 * signed in controls.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface RegQueryResult {
  /** reg.exe's exit code: 0 found, 1 failed (a missing key among the reasons). */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Set when reg.exe could not be started at all. */
  readonly error?: Error;
}

export type RegQuery = (key: string) => RegQueryResult;

const USUAL_REG_EXE = 'C:\\Windows\\System32\\reg.exe';

/**
 * The usual place first: a standard user cannot write there, whereas %SystemRoot% is a variable
 * they could set to a folder holding a reg.exe of their own that reports no policy.
 */
export function regExe(env: NodeJS.ProcessEnv = process.env): string {
  if (fs.existsSync(USUAL_REG_EXE)) return USUAL_REG_EXE;
  return path.win32.join(env.SystemRoot ?? env.windir ?? 'C:\\Windows', 'System32', 'reg.exe');
}

export const runRegQuery: RegQuery = (key) => {
  const result = spawnSync(regExe(), ['query', key], { encoding: 'utf8', windowsHide: true, timeout: 15_000 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', ...(result.error === undefined ? {} : { error: result.error }) };
};
