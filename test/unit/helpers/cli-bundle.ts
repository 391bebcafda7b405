/**
 * The command line bundled once for the unit tests, as the preview is for the browser tests:
 * the same sources and external packages, started by plain node. Under tsx each of the ~150
 * command-line calls of the tests spent about a second starting (tsx's loader and its transform
 * cache for 330 source files); the bundle starts in under half that.
 *
 * It is written inside the repository (out/cli-test-*), so that its imports of packages find
 * node_modules as the sources' do, one folder per test run, so runs side by side never share a
 * half-written bundle; the fonts the PDFs embed are found at out/assets/fonts, as the app's are.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export async function buildCliBundle(repositoryRoot: string): Promise<{ entry: string; remove: () => void }> {
  const outdir = fs.mkdtempSync(path.join(repositoryRoot, 'out', 'cli-test-'));
  await build({
    entryPoints: [path.join(repositoryRoot, 'main', 'cli.ts')],
    outdir,
    bundle: true,
    // Commands load their heavy parts (the synthetic-data library, pdf.js) only when run: kept apart.
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  fs.cpSync(path.join(repositoryRoot, 'assets', 'fonts'), path.join(repositoryRoot, 'out', 'assets', 'fonts'), { recursive: true });
  return { entry: path.join(outdir, 'cli.js'), remove: () => fs.rmSync(outdir, { recursive: true, force: true }) };
}
