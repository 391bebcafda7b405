// Electron runs its own Node, with another ABI than the Node that runs the tests, the command
// line and the preview, and a native module is built for one ABI at a time. So the desktop app
// gets its own copy of better-sqlite3-multiple-ciphers, rebuilt for Electron, in out/node_modules:
// Node's resolution from out/main/ finds it before the project's copy, which stays as it is.
// (@node-rs/argon2 is a Node-API module: one build serves both.) Packaged builds need none of
// this: electron-builder rebuilds native modules for the packaged app itself.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const NATIVE = 'better-sqlite3-multiple-ciphers';
// What the native module needs at run time to find its binary.
const RUNTIME_DEPENDENCIES = [NATIVE, 'bindings', 'file-uri-to-path'];

export async function prepareElectronNativeModules(root) {
  const require = createRequire(path.join(root, 'package.json'));
  const electronVersion = require('electron/package.json').version;
  const nativeVersion = require(`${NATIVE}/package.json`).version;
  const staging = path.join(root, 'out');
  const stamp = path.join(staging, 'node_modules', '.built-for-electron');
  const wanted = `${NATIVE}@${nativeVersion} electron@${electronVersion} ${process.platform}-${process.arch}`;
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) return;

  fs.rmSync(path.join(staging, 'node_modules'), { recursive: true, force: true });
  for (const name of RUNTIME_DEPENDENCIES) {
    fs.cpSync(path.join(root, 'node_modules', name), path.join(staging, 'node_modules', name), { recursive: true, dereference: true });
  }
  // "type": "module" keeps out/main/main.js an ES module now that this is its nearest package.json.
  fs.writeFileSync(
    path.join(staging, 'package.json'),
    `${JSON.stringify({ name: 'practice-review-manager-electron-build', private: true, type: 'module', dependencies: { [NATIVE]: nativeVersion } }, null, 2)}\n`,
  );
  console.log(`Building ${NATIVE} for Electron ${electronVersion} (once)…`);
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: staging, electronVersion, onlyModules: [NATIVE], force: true });
  fs.writeFileSync(stamp, wanted);
}
