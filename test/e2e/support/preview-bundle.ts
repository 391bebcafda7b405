/**
 * The preview server as one bundled file, built once before the browser tests, as the app's own
 * main process is bundled (scripts/build-electron.mjs): the same sources and the same external
 * packages, started by plain node. Each test starts its own preview; started through tsx, each
 * spent about two of its four seconds of start-up compiling the sources again.
 *
 * out/preview/cli.mjs sits two folders below the repository, as main/preview/cli.ts does, so it
 * finds the built renderer the same way; the fonts the PDFs embed go to out/assets/fonts, where
 * the bundled app looks for them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { REPOSITORY_ROOT } from './paths.ts';

export const PREVIEW_BUNDLE = path.join(REPOSITORY_ROOT, 'out', 'preview', 'cli.mjs');

export async function buildPreviewBundle(): Promise<void> {
  await build({
    entryPoints: [path.join(REPOSITORY_ROOT, 'main', 'preview', 'cli.ts')],
    outfile: PREVIEW_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Every package stays a package, loaded from node_modules as under tsx: only our sources are bundled.
    packages: 'external',
    logLevel: 'warning',
  });
  fs.cpSync(path.join(REPOSITORY_ROOT, 'assets', 'fonts'), path.join(REPOSITORY_ROOT, 'out', 'assets', 'fonts'), { recursive: true });
}
