// electron-builder's afterPack hook (electron-builder.yml, `afterPack:`): sets Electron's fuses
// in the packaged binary, after electron-builder has copied it and embedded the asar's hash,
// and before it signs it. The settings are fuse-settings.mjs; @electron/fuses writes them (the
// copy electron-builder itself depends on); our own reader then checks every fuse, and any
// doubt stops the build: an installer must never ship with Electron's defaults.
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FUSES, FUSE_WIRE_VERSION } from './fuse-settings.mjs';
import { readFuseWires } from './fuse-wire.mjs';

const SET_HERE = FUSES.filter((fuse) => !fuse.leftAsShipped);

/**
 * The Electron binary electron-builder renamed to the app's name, found as its own fuse step
 * finds it: `<productFilename>.exe` on Windows, `<executableName>` on Linux.
 * @param {{ appOutDir: string, electronPlatformName: string, packager: { appInfo: { productFilename: string }, executableName?: string } }} context
 */
export function packagedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  if (electronPlatformName === 'linux' && packager.executableName) return path.join(appOutDir, packager.executableName);
  throw new Error(
    `The fuse step knows where Electron's binary is for Windows and Linux builds only, not "${electronPlatformName}". ` +
      'Set up the fuses for that platform in scripts/packaging/after-pack.mjs before building for it.',
  );
}

/** @electron/fuses, resolved from electron-builder's own package so that both use one copy. */
async function loadFusesLibrary() {
  const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
  const loaded = await import(pathToFileURL(builderRequire.resolve('@electron/fuses')).href);
  return typeof loaded.flipFuses === 'function' ? loaded : loaded.default;
}

/** Refuses a binary whose fuse wire this step was not written for, before writing anything. */
function refuseUnknownWire(wires, binary) {
  if (wires.length === 0) {
    throw new Error(`${binary} holds no Electron fuse wire, so its fuses cannot be set. This is not an Electron binary, or not one from Electron 12 or later; the installer must not be built from it.`);
  }
  for (const { version, fuses } of wires) {
    if (version !== FUSE_WIRE_VERSION) {
      throw new Error(`${binary} has fuse wire version ${version}; this step is written for version ${FUSE_WIRE_VERSION}. Update scripts/packaging/fuse-settings.mjs for the new wire before building.`);
    }
    if (fuses.length > FUSES.length) {
      throw new Error(`${binary} has ${fuses.length} fuses; this step knows ${FUSES.length}. This Electron has added a fuse: decide its setting in scripts/packaging/fuse-settings.mjs before building.`);
    }
    if (fuses.length < SET_HERE.length) {
      throw new Error(`${binary} has only ${fuses.length} fuses; this step sets ${SET_HERE.length}. It is from an older Electron than the one this app pins.`);
    }
  }
}

/**
 * Every fuse in the wire that is not as fuse-settings.mjs says, as "Name is off (wanted on)".
 * @param {string} fuses the wire's states, '0', '1' or 'r' each
 * @returns {string[]}
 */
export function fusesNotAsIntended(fuses) {
  const word = (state) => ({ 0: 'off', 1: 'on', r: 'removed' })[state] ?? `"${state}"`;
  return FUSES.filter((fuse) => fuse.index < fuses.length && fuses[fuse.index] !== (fuse.on ? '1' : '0')).map(
    (fuse) => `${fuse.name} is ${word(fuses[fuse.index])} (wanted ${fuse.on ? 'on' : 'off'})`,
  );
}

/**
 * Sets the fuses in one binary and checks them by reading the file back.
 * @param {string} binary
 * @returns {Promise<string>} the wire as written, one '0' or '1' per fuse
 */
export async function setFuses(binary) {
  refuseUnknownWire(readFuseWires(await fs.readFile(binary)), binary);
  const { flipFuses, FuseVersion } = await loadFusesLibrary();
  const config = { version: FuseVersion.V1 };
  for (const fuse of SET_HERE) config[fuse.index] = fuse.on;
  await flipFuses(binary, config);

  const written = readFuseWires(await fs.readFile(binary));
  refuseUnknownWire(written, binary);
  const problems = written.flatMap((wire) => fusesNotAsIntended(wire.fuses));
  if (problems.length > 0) throw new Error(`The fuses in ${binary} are not as intended after writing: ${problems.join('; ')}.`);
  return written[0].fuses;
}

/**
 * The hook electron-builder calls once per packed platform and architecture.
 * @param {Parameters<typeof packagedBinary>[0]} context
 */
export async function afterPack(context) {
  const binary = packagedBinary(context);
  const fuses = await setFuses(binary);
  const states = FUSES.filter((fuse) => fuse.index < fuses.length).map((fuse) => `${fuse.name} ${fuses[fuse.index] === '1' ? 'on' : 'off'}`);
  console.log(`  • fuses set and checked  file=${binary}  ${states.join(', ')}`);
}

export default afterPack;
