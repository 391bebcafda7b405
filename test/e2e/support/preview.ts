/**
 * Starts the preview server (main/preview/cli.ts, bundled) on a fresh temporary store, with its own
 * checkpoint folder, and stops it and removes both afterwards. The preview prints
 * `Preview: http://127.0.0.1:PORT/#token=TOKEN` once it is listening; that line is the handshake.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPOSITORY_ROOT } from './paths.ts';
import { PREVIEW_BUNDLE } from './preview-bundle.ts';

export interface PreviewOptions {
  /** Lock after this many idle seconds, instead of the store's own setting. */
  readonly idleLockSeconds?: number;
  /** Start from the preview's throwaway store of synthetic cases instead of an empty folder. */
  readonly demo?: boolean;
  /** Run under this machine policy file, as IT would set one (PRM_MACHINE_POLICY_FILE). */
  readonly machinePolicyFile?: string;
}

export interface RunningPreview {
  /** The address to open, with the per-run token in its fragment. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly storeFolder: string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;
const PREVIEW_LINE = /^Preview: (http:\/\/127\.0\.0\.1:\d+)\/#token=([0-9A-Za-z_-]+)\s*$/m;

export async function startPreview(options: PreviewOptions = {}): Promise<RunningPreview> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-e2e-'));
  const storeFolder = path.join(root, 'store');
  const checkpointFolder = path.join(root, 'checkpoints');
  // Bundled by the global set-up (preview-bundle.ts): plain node starts it in half the time tsx takes.
  const args = [PREVIEW_BUNDLE, '--port', '0'];
  args.push(...(options.demo ? ['--demo'] : ['--store', storeFolder]));
  if (options.idleLockSeconds !== undefined) args.push('--idle-lock-seconds', String(options.idleLockSeconds));

  const child = spawn(process.execPath, args, {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, PRM_CHECKPOINT_DIR: checkpointFolder, ...(options.machinePolicyFile === undefined ? {} : { PRM_MACHINE_POLICY_FILE: options.machinePolicyFile }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  const stop = async () => {
    await stopChild(child);
    fs.rmSync(root, { recursive: true, force: true });
  };

  try {
    const match = await new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The preview did not start within ${STARTUP_TIMEOUT_MS / 1000} seconds.`)), STARTUP_TIMEOUT_MS);
      const check = () => {
        const found = PREVIEW_LINE.exec(stdout);
        if (found) {
          clearTimeout(timer);
          child.stdout.off('data', check);
          resolve(found);
        }
      };
      child.stdout.on('data', check);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The preview exited (code ${code}) before it was listening.`));
      });
    });
    const [, origin, token] = match as unknown as [string, string, string];
    return { url: `${origin}/#token=${token}`, origin, token, storeFolder, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
