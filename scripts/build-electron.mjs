// Bundles the Electron main process and the preload into out/, beside the renderer that vite
// builds into out/renderer. Run as `node scripts/build-electron.mjs`.
//
// out/main/main.js   ES module (package.json says "type": "module"); finds out/renderer and
//                    out/preload through app.getAppPath(), the folder holding package.json.
// out/preload/index.cjs  one CommonJS file: a sandboxed preload cannot load other files.
// out/assets/fonts   the fonts every PDF embeds (SIL OFL; the licence travels with them).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Native modules cannot be bundled; electron is provided by the runtime.
const external = ['electron', 'better-sqlite3-multiple-ciphers', '@node-rs/argon2'];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external,
  logLevel: 'warning',
  legalComments: 'none',
  sourcemap: false,
};

await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, 'main/app/main.ts')],
    outfile: path.join(root, 'out/main/main.js'),
    format: 'esm',
    // Bundled CommonJS dependencies call require(); an ES module has none until it makes one.
    banner: { js: "import { createRequire as __prmCreateRequire } from 'node:module'; const require = __prmCreateRequire(import.meta.url);" },
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'preload/index.ts')],
    outfile: path.join(root, 'out/preload/index.cjs'),
    format: 'cjs',
  }),
]);

// The PDFs embed Liberation Sans: main finds the fonts at out/assets/fonts beside out/main.
fs.cpSync(path.join(root, 'assets/fonts'), path.join(root, 'out/assets/fonts'), { recursive: true });

console.log('Built out/main/main.js and out/preload/index.cjs, and copied the fonts to out/assets/fonts.');
