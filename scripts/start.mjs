// `npm start`: the desktop app where Electron's binary is installed; otherwise the browser
// preview, so that a machine which could not download Electron can still run the app.
// Arguments pass through to either: `npm start -- --store=DIR`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareElectronNativeModules } from './electron-native-modules.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const onWindows = process.platform === 'win32';

/** The electron package exports its binary's path, and throws if the download was skipped. */
function electronBinary() {
  try {
    const binary = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function runOrExit(command, commandArgs) {
  // npx and npm are .cmd files on Windows, which Node runs only through a shell.
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: onWindows });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs to the end, passing Ctrl-C and termination on, and leaves with the child's exit code. */
function runAndFollow(command, commandArgs, options = {}) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const binary = electronBinary();
if (binary) {
  runOrExit('npx', ['vite', 'build']);
  runOrExit(process.execPath, [path.join(root, 'scripts/build-electron.mjs')]);
  await prepareElectronNativeModules(root);
  // Set, this would make Electron a plain Node and ignore the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  runAndFollow(binary, ['.', ...args], { env });
} else {
  console.log('Electron’s binary is not installed here, so the browser preview is starting instead.');
  const npmArgs = ['run', 'preview', ...(args.length > 0 ? ['--', ...args] : [])];
  // Under `npm start`, npm names its own script: running it directly needs no shell on Windows,
  // so a folder with spaces in it reaches the preview whole.
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.[cm]?js$/.test(npmCli)) runAndFollow(process.execPath, [npmCli, ...npmArgs]);
  else runAndFollow('npm', npmArgs, { shell: onWindows });
}
