/**
 * The crash tests' child processes, bundled once per test file and started by plain node. A
 * child started through tsx spends about a second compiling the sources before it does anything;
 * the kill loop starts more than fifty. Written inside the repository (out/crash-safety-*), so
 * that the bundle's imports of packages find node_modules as the sources' do.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPOSITORY_ROOT = path.resolve(HERE, '..', '..', '..');

export interface ChildBundle {
  /** Starts the bundled child `name` (a file of this folder, without .ts) with stdin, stdout and stderr as pipes. */
  start(name: string, args: readonly string[]): ChildProcessWithoutNullStreams;
  remove(): void;
}

export async function bundleChildren(names: readonly string[]): Promise<ChildBundle> {
  fs.mkdirSync(path.join(REPOSITORY_ROOT, 'out'), { recursive: true });
  const outdir = fs.mkdtempSync(path.join(REPOSITORY_ROOT, 'out', 'crash-safety-'));
  await build({
    entryPoints: names.map((name) => path.join(HERE, `${name}.ts`)),
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    packages: 'external',
    logLevel: 'warning',
  });
  return {
    start(name, args) {
      return spawn(process.execPath, [path.join(outdir, `${name}.mjs`), ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env } });
    },
    remove() {
      fs.rmSync(outdir, { recursive: true, force: true });
    },
  };
}

/**
 * A child's stdout as signal lines. `next(test)` resolves with the first line not yet taken that
 * passes `test`; `lines` keeps every line, so what a child said just before it died is known.
 */
export class ChildSignals {
  readonly lines: string[] = [];
  private taken = 0;
  private waiter: { test: (line: string) => boolean; resolve: (line: string) => void; reject: (error: Error) => void } | null = null;
  private ended = false;
  private stderr = '';
  readonly exited: Promise<void>;

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    let partial = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      partial += text;
      const complete = partial.split('\n');
      partial = complete.pop()!;
      for (const line of complete) {
        this.lines.push(line);
        this.offer();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => (this.stderr += text));
    this.exited = new Promise((resolve) => {
      child.on('close', () => {
        this.ended = true;
        this.offer();
        resolve();
      });
    });
  }

  next(test: (line: string) => boolean): Promise<string> {
    return new Promise((resolve, reject) => {
      this.waiter = { test, resolve, reject };
      this.offer();
    });
  }

  get errorOutput(): string {
    return this.stderr;
  }

  private offer(): void {
    const waiter = this.waiter;
    if (waiter === null) return;
    while (this.taken < this.lines.length) {
      const line = this.lines[this.taken]!;
      this.taken += 1;
      if (waiter.test(line)) {
        this.waiter = null;
        waiter.resolve(line);
        return;
      }
    }
    if (this.ended) {
      this.waiter = null;
      waiter.reject(new Error(`The child ended before the awaited signal. Its last lines: ${this.lines.slice(-5).join(' | ')}; its errors: ${this.stderr.slice(-2000)}`));
    }
  }
}
