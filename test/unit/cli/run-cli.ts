/**
 * Runs the admin command line as a person would: `npm --prefix REPO run -s cli -- ...` from a
 * working folder of the test's choosing, with stdin a pipe (never a terminal, so no prompt can
 * appear) and an environment holding only the secrets and checkpoint folder the test gives it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file rather than from where the tests were started. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Standard output split into lines, without the empty string after the last newline. */
  readonly lines: string[];
}

export interface CliCall {
  /** The folder the command is run from; relative paths in the arguments resolve against it. */
  readonly cwd: string;
  /** Where checkpoints go by default: always a folder of the test, never the real home. */
  readonly checkpointFolder: string;
  /** PRM_PASSPHRASE, PRM_NEW_PASSPHRASE, PRM_RECOVERY_CODE as the call needs them. */
  readonly secrets?: Readonly<Record<string, string>>;
}

/** Variables a caller's shell would not have, or that must come only from `secrets`. */
const NOT_INHERITED = ['PRM_PASSPHRASE', 'PRM_NEW_PASSPHRASE', 'PRM_RECOVERY_CODE', 'PRM_CHECKPOINT_DIR', 'INIT_CWD'];

const TIME_LIMIT_MS = 90_000;

function npmCommand(): { file: string; leading: string[] } {
  if (process.platform !== 'win32') return { file: 'npm', leading: [] };
  // npm.cmd needs a shell on Windows; npm's own script beside node.exe does not.
  return { file: process.execPath, leading: [path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js')] };
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  return text.replace(/\n$/, '').split('\n');
}

export function runCli(args: readonly string[], call: CliCall): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of NOT_INHERITED) delete env[name];
  Object.assign(env, { PRM_CHECKPOINT_DIR: call.checkpointFolder, npm_config_update_notifier: 'false' }, call.secrets);
  const { file, leading } = npmCommand();
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...leading, '--prefix', REPO_ROOT, 'run', '-s', 'cli', '--', ...args], { cwd: call.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.end();
    const timer = setTimeout(() => child.kill(), TIME_LIMIT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, lines: splitLines(stdout) });
    });
  });
}
