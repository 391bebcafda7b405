/**
 * Runs npm scripts side by side and fails if any fails: `node scripts/run-together.mjs typecheck lint`.
 * The type check and the lint each keep one core busy, so on a two-core machine running them
 * together takes about as long as the slower one. Each script's output is printed whole when it
 * ends, so the two never interleave line by line.
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('Usage: node scripts/run-together.mjs SCRIPT [SCRIPT…]');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const runs = scripts.map(
  (script) =>
    new Promise((resolve) => {
      const child = spawn(npm, ['run', '-s', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => {
        process.stdout.write(`> ${script}: ${code === 0 ? 'passed' : `failed (exit ${code})`}\n${output}`);
        resolve(code ?? 1);
      });
    }),
);

const codes = await Promise.all(runs);
process.exit(codes.every((code) => code === 0) ? 0 : 1);
