import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuilderConfig, packagedApp, type PackagedApp } from './electron-builder-parts.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * A checkout after `npm run build`, `npm start` and an interrupted test run: everything that can
 * lie in the project folder when IT runs electron-builder, each file a few bytes.
 */
const TREE = [
  'package.json',
  'package-lock.json',
  'electron-builder.yml',
  'README.md',
  'tsconfig.json',
  '.ci/run',
  // What the app runs.
  'out/main/main.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'out/renderer/assets/index-C0ffee12.js',
  'out/renderer/assets/index-C0ffee12.css',
  'out/assets/fonts/LiberationSans-Regular.ttf',
  'out/assets/fonts/LiberationSans-Bold.ttf',
  'out/assets/fonts/LICENSE-LiberationSans.txt',
  // Beside it in out/, never shipped.
  'out/main/main.js.map',
  'out/renderer/assets/index-C0ffee12.js.map',
  'out/main/preview/server.js',
  'out/preview/cli.mjs',
  'out/preview/transfer-routes.mjs',
  'out/node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
  'out/node_modules/.built-for-electron',
  'out/package.json',
  'out/cli-test-Ab12Cd/cli.js',
  // Sources, tests, tools and the build's own inputs and outputs.
  'main/app/main.ts',
  'main/preview/cli.ts',
  'main/cli.ts',
  'shared/roles.ts',
  'renderer/App.tsx',
  'preload/index.ts',
  'test/unit/packaging/fuses.test.ts',
  'test/e2e/administration.spec.ts',
  'test/fixtures/reg-query.txt',
  'scripts/packaging/after-pack.mjs',
  'scripts/build-electron.mjs',
  'tools/security-scan/package.json',
  'docs/case-file.md',
  'assets/fonts/LiberationSans-Regular.ttf',
  'build/icons/512x512.png',
  'build/icons/icon.ico',
  'dist/installers/practice-review-manager-0.0.9-setup.exe',
  // Production modules as npm installs them (the SQLCipher module compiled from source).
  'node_modules/better-sqlite3-multiple-ciphers/package.json',
  'node_modules/better-sqlite3-multiple-ciphers/README.md',
  'node_modules/better-sqlite3-multiple-ciphers/binding.gyp',
  'node_modules/better-sqlite3-multiple-ciphers/index.d.ts',
  'node_modules/better-sqlite3-multiple-ciphers/lib/index.js',
  'node_modules/better-sqlite3-multiple-ciphers/lib/database.js',
  'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
  'node_modules/better-sqlite3-multiple-ciphers/build/Release/test_extension.node',
  'node_modules/better-sqlite3-multiple-ciphers/build/Release/sqlite3.a',
  'node_modules/better-sqlite3-multiple-ciphers/build/Release/obj/gen/sqlite3/sqlite3.c',
  'node_modules/better-sqlite3-multiple-ciphers/build/Release/obj.target/better_sqlite3.node',
  'node_modules/better-sqlite3-multiple-ciphers/build/Release/.deps/Release/better_sqlite3.node.d',
  'node_modules/better-sqlite3-multiple-ciphers/build/deps/sqlite3.Makefile',
  'node_modules/better-sqlite3-multiple-ciphers/build/Makefile',
  'node_modules/better-sqlite3-multiple-ciphers/deps/sqlite3/sqlite3.c',
  'node_modules/better-sqlite3-multiple-ciphers/deps/sqlite3.gyp',
  'node_modules/better-sqlite3-multiple-ciphers/src/better_sqlite3.cpp',
  'node_modules/better-sqlite3-multiple-ciphers/src/objects/database.hpp',
  'node_modules/bindings/package.json',
  'node_modules/bindings/bindings.js',
  'node_modules/@node-rs/argon2/package.json',
  'node_modules/@node-rs/argon2/index.js',
  'node_modules/@node-rs/argon2-linux-x64-gnu/package.json',
  'node_modules/@node-rs/argon2-linux-x64-gnu/argon2.linux-x64-gnu.node',
  'node_modules/pdfjs-dist/package.json',
  'node_modules/pdfjs-dist/legacy/build/pdf.mjs',
  'node_modules/pdfjs-dist/legacy/build/pdf.mjs.map',
];
const MODULES = ['better-sqlite3-multiple-ciphers', 'bindings', '@node-rs/argon2', '@node-rs/argon2-linux-x64-gnu', 'pdfjs-dist'];

/** The app's own files in the package: exactly these, whatever else lies in the folder. */
const APP_FILES = [
  'out/assets/fonts/LICENSE-LiberationSans.txt',
  'out/assets/fonts/LiberationSans-Bold.ttf',
  'out/assets/fonts/LiberationSans-Regular.ttf',
  'out/main/main.js',
  'out/preload/index.cjs',
  'out/renderer/assets/index-C0ffee12.css',
  'out/renderer/assets/index-C0ffee12.js',
  'out/renderer/index.html',
  'package.json',
];

const PLATFORMS = ['win', 'linux'] as const;

describe('the packaged file list (electron-builder.yml applied by electron-builder’s own matchers)', () => {
  let tree: string;
  const packed = new Map<(typeof PLATFORMS)[number], PackagedApp>();
  beforeAll(async () => {
    tree = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-packaging-'));
    for (const file of TREE) {
      fs.mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
      fs.writeFileSync(path.join(tree, file), `${file}\n`);
    }
    fs.copyFileSync(path.join(ROOT, 'electron-builder.yml'), path.join(tree, 'electron-builder.yml'));
    const { name, version, main, type, dependencies } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(path.join(tree, 'package.json'), JSON.stringify({ name, version, main, type, dependencies }));
    // Checked against electron-builder's schema in builder-config.test.ts.
    const config: Configuration = await loadBuilderConfig(tree, { checkSchema: false });
    for (const platform of PLATFORMS) packed.set(platform, await packagedApp(tree, config, platform, MODULES));
  });
  afterAll(() => fs.rmSync(tree, { recursive: true, force: true }));

  const appFiles = (platform: (typeof PLATFORMS)[number]) => packed.get(platform)!.files.filter((file) => !file.startsWith('node_modules/'));

  for (const platform of PLATFORMS) {
    it(`packs exactly main, the preload, the renderer, the fonts and package.json for ${platform}`, () => {
      expect(appFiles(platform)).toEqual(APP_FILES);
    });
  }

  it('packs no preview server, no tests, no sources, no source maps, no build inputs or outputs', () => {
    for (const platform of PLATFORMS) {
      const files = packed.get(platform)!.files;
      expect(files.filter((file) => /(^|\/)preview\//.test(file))).toEqual([]);
      expect(files.filter((file) => /(^|\/)(test|tests|__tests__)\/|\.(test|spec)\.[cm]?[jt]sx?$/.test(file))).toEqual([]);
      expect(files.filter((file) => /\.(map|tsx?|mts|cts)$/.test(file) || /\.d\.ts$/.test(file))).toEqual([]);
      expect(files.filter((file) => /^(main|shared|renderer|preload|scripts|tools|docs|build|dist|assets|\.ci)\//.test(file))).toEqual([]);
      expect(files.filter((file) => /^out\/(node_modules|package\.json|cli-test-)/.test(file))).toEqual([]);
      expect(files.filter((file) => /(^|\/)(electron-builder\.yml|package-lock\.json|README\.md|tsconfig\.json)$/.test(file))).toEqual([]);
    }
  });

  it('packs the SQLCipher module’s JavaScript and its one binary, not the C sources it was built from', () => {
    const modules = packed.get('linux')!.files.filter((file) => file.startsWith('node_modules/better-sqlite3-multiple-ciphers/'));
    expect(modules).toEqual([
      'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
      'node_modules/better-sqlite3-multiple-ciphers/lib/database.js',
      'node_modules/better-sqlite3-multiple-ciphers/lib/index.js',
      'node_modules/better-sqlite3-multiple-ciphers/package.json',
    ]);
  });

  it('unpacks the native modules beside app.asar, and nothing else, on both platforms', () => {
    for (const platform of PLATFORMS) {
      expect(packed.get(platform)!.unpacked).toEqual([
        'node_modules/@node-rs/argon2-linux-x64-gnu/argon2.linux-x64-gnu.node',
        'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
      ]);
    }
  });

  it('keeps the production modules the bundled main loads at run time (pdf.js, without its source map)', () => {
    const files = packed.get('win')!.files;
    expect(files).toContain('node_modules/pdfjs-dist/legacy/build/pdf.mjs');
    expect(files).toContain('node_modules/@node-rs/argon2/index.js');
    expect(files).toContain('node_modules/bindings/bindings.js');
    expect(files).not.toContain('node_modules/pdfjs-dist/legacy/build/pdf.mjs.map');
  });
});
