/**
 * Runs the admin command line as a real, separate process from a working folder of the test's
 * choosing, with stdin a pipe (never a terminal, so no prompt can appear) and an environment
 * holding only the secrets and checkpoint folder the test gives it.
 *
 * Two ways, one result:
 * - `via: 'npm'` is exactly what the README tells IT to type: `npm --prefix REPO run -s cli -- ...`.
 *   npm starts a shell, which starts tsx's command, which starts a second node with tsx's loader:
 *   three node processes per call.
 * - by default, the same sources bundled once before the tests (test/unit/helpers/cli-bundle.ts),
 *   started by plain node from the repository with INIT_CWD naming the folder the command was run
 *   from, as npm gives it. That skips npm's start, tsx's relaunch and tsx's loading of 330
 *   sources: from about 1.9 s to 0.8 s a call on a busy machine, over the ~150 calls of these
 *   tests. Tests that are about how the command is started (the README's form, paths relative
 *   to where it is typed) use npm, so the README's own command is still what they run.
 * PRM_TEST_CLI_VIA=npm sends every call through npm, to check that both ways agree (and to time them);
 * PRM_TEST_CLI_VIA=tsx runs the sources under tsx's loader instead of the bundle, likewise.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inject } from 'vitest';

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
  /** 'npm' for the README's `npm run -s cli -- ...`; otherwise node with tsx's loader directly. */
  readonly via?: 'npm' | 'node';
}

/** Variables a caller's shell would not have, or that must come only from `secrets`. */
const NOT_INHERITED = ['PRM_PASSPHRASE', 'PRM_NEW_PASSPHRASE', 'PRM_RECOVERY_CODE', 'PRM_CHECKPOINT_DIR', 'INIT_CWD'];

const TIME_LIMIT_MS = 90_000;

/** The `cli` script of package.json, `tsx main/cli.ts`, as the path tsx is given from the repository. */
const CLI_ENTRY = path.join('main', 'cli.ts');

/**
 * The bundle the unit tests' global set-up built; outside vitest's run of the whole suite (a
 * single file run by a tool that skipped the set-up) the sources run under tsx's loader instead.
 */
function directEntry(): string[] {
  const bundle = inject('cliBundle');
  if (process.env.PRM_TEST_CLI_VIA !== 'tsx' && bundle !== undefined && fs.existsSync(bundle)) return [bundle];
  return ['--import', pathToFileURL(createRequire(path.join(REPO_ROOT, 'package.json')).resolve('tsx')).href, CLI_ENTRY];
}

interface Launch {
  readonly file: string;
  readonly args: string[];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

function npmCommand(): { file: string; leading: string[] } {
  if (process.platform !== 'win32') return { file: 'npm', leading: [] };
  // npm.cmd needs a shell on Windows; npm's own script beside node.exe does not.
  return { file: process.execPath, leading: [path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js')] };
}

function throughNpm(args: readonly string[], call: CliCall, env: NodeJS.ProcessEnv): Launch {
  const { file, leading } = npmCommand();
  return { file, args: [...leading, '--prefix', REPO_ROOT, 'run', '-s', 'cli', '--', ...args], cwd: call.cwd, env };
}

/**
 * What npm and tsx would end in: the script runs from the package folder, and INIT_CWD is the
 * folder it was typed in, as npm gives it (its process.cwd(), so with any symlink resolved).
 */
function directly(args: readonly string[], call: CliCall, env: NodeJS.ProcessEnv): Launch {
  return { file: process.execPath, args: [...directEntry(), ...args], cwd: REPO_ROOT, env: { ...env, INIT_CWD: fs.realpathSync(call.cwd) } };
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  return text.replace(/\n$/, '').split('\n');
}

export function runCli(args: readonly string[], call: CliCall): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of NOT_INHERITED) delete env[name];
  Object.assign(env, { PRM_CHECKPOINT_DIR: call.checkpointFolder, npm_config_update_notifier: 'false' }, call.secrets);
  const via = process.env.PRM_TEST_CLI_VIA === 'npm' ? 'npm' : call.via;
  const launch = via === 'npm' ? throughNpm(args, call, env) : directly(args, call, env);
  return new Promise((resolve, reject) => {
    const child = spawn(launch.file, launch.args, { cwd: launch.cwd, env: launch.env, stdio: ['pipe', 'pipe', 'pipe'] });
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
