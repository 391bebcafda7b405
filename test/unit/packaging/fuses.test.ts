import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterPack, packagedBinary, type AfterPackContextShape } from '../../../scripts/packaging/after-pack.mjs';
import { FUSES, FUSE_SENTINEL } from '../../../scripts/packaging/fuse-settings.mjs';
import { readFuseWires } from '../../../scripts/packaging/fuse-wire.mjs';

/** Electron's own fuse reader, the copy electron-builder depends on. */
const { getCurrentFuseWire } = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'))('@electron/fuses') as {
  getCurrentFuseWire(binary: string): Promise<Record<string, number | string>>;
};

/** Every fuse in Electron's default state, as recent Electrons ship them (fuses.json5: nine fuses, WasmTrapHandlers last). */
const ELECTRON_DEFAULTS = '101100011';

/** What the packaged app must have, by @electron/fuses' names. */
const INTENDED = {
  RunAsNode: 'off',
  EnableCookieEncryption: 'on',
  EnableNodeOptionsEnvironmentVariable: 'off',
  EnableNodeCliInspectArguments: 'off',
  EnableEmbeddedAsarIntegrityValidation: 'on',
  OnlyLoadAppFromAsar: 'on',
  LoadBrowserProcessSpecificV8Snapshot: 'off',
  GrantFileProtocolExtraPrivileges: 'off',
  WasmTrapHandlers: 'on',
};

/**
 * A stand-in for Electron's binary: other bytes around the fuse wire, as in the real executable
 * (the sentinel, the wire's version, the number of fuses, one byte per fuse).
 */
function standInBinary(file: string, fuses: string, { version = 1, sentinel = FUSE_SENTINEL } = {}): Buffer {
  const wire = Buffer.concat([Buffer.from(sentinel, 'latin1'), Buffer.from([version, fuses.length]), Buffer.from(fuses, 'latin1')]);
  const bytes = Buffer.concat([Buffer.alloc(300_000, 0x90), wire, Buffer.alloc(100_000, 0xcc)]);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes, { mode: 0o755 });
  return bytes;
}

/** A context shaped like electron-builder's AfterPackContext for one platform. */
function contextFor(appOutDir: string, electronPlatformName: string): AfterPackContextShape {
  return { appOutDir, electronPlatformName, packager: { appInfo: { productFilename: 'Practice Review Manager' }, executableName: 'practice-review-manager' } };
}

function named(fuses: string): Record<string, string> {
  return Object.fromEntries(FUSES.filter((fuse) => fuse.index < fuses.length).map((fuse) => [fuse.name, fuses[fuse.index] === '1' ? 'on' : 'off']));
}

describe('the fuse settings', () => {
  it('turn off RunAsNode, NODE_OPTIONS and --inspect and file:// privileges; turn on asar integrity, asar only and cookie encryption', () => {
    expect(Object.fromEntries(FUSES.map((fuse) => [fuse.name, fuse.on ? 'on' : 'off']))).toEqual(INTENDED);
  });

  it('follow Electron’s fuse wire order', () => {
    expect(FUSES.map((fuse) => fuse.index)).toEqual(FUSES.map((_, n) => n));
    const { FuseV1Options } = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'))('@electron/fuses') as { FuseV1Options: Record<string, number> };
    for (const fuse of FUSES) if (fuse.name in FuseV1Options) expect(FuseV1Options[fuse.name], fuse.name).toBe(fuse.index);
  });
});

describe('the afterPack fuse step, on a stand-in for Electron’s binary', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-fuses-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  for (const platform of ['linux', 'win32'] as const) {
    it(`sets every fuse as intended in the ${platform} binary, and Electron’s own reader agrees`, async () => {
      const context = contextFor(folder, platform);
      const binary = path.join(folder, platform === 'win32' ? 'Practice Review Manager.exe' : 'practice-review-manager');
      expect(packagedBinary(context)).toBe(binary);
      const before = standInBinary(binary, ELECTRON_DEFAULTS);
      expect(named(readFuseWires(before)[0]!.fuses)).not.toEqual(INTENDED);

      await afterPack(context);

      const after = fs.readFileSync(binary);
      const wires = readFuseWires(after);
      expect(wires).toHaveLength(1);
      expect(wires[0]!.version).toBe(1);
      expect(named(wires[0]!.fuses)).toEqual(INTENDED);
      const electronsView = await getCurrentFuseWire(binary);
      expect(FUSES.map((fuse) => String.fromCharCode(Number(electronsView[fuse.index])))).toEqual(FUSES.map((fuse) => (fuse.on ? '1' : '0')));
      // Nothing but the fuse bytes changed.
      const firstFuse = wires[0]!.offset + FUSE_SENTINEL.length + 2;
      const changed: number[] = [];
      for (let at = 0; at < after.length; at += 1) if (after[at] !== before[at]) changed.push(at);
      expect(changed.length).toBeGreaterThan(0);
      expect(changed.filter((at) => at < firstFuse || at >= firstFuse + ELECTRON_DEFAULTS.length)).toEqual([]);
      expect(after.length).toBe(before.length);
    });
  }

  it('sets an older, eight-fuse wire too (an Electron before WasmTrapHandlers)', async () => {
    const binary = path.join(folder, 'practice-review-manager');
    standInBinary(binary, ELECTRON_DEFAULTS.slice(0, 8));
    await afterPack(contextFor(folder, 'linux'));
    const { WasmTrapHandlers: _notInThisWire, ...eight } = INTENDED;
    expect(named(readFuseWires(fs.readFileSync(binary))[0]!.fuses)).toEqual(eight);
  });

  it('fails loudly, and writes nothing, on a binary without the fuse sentinel', async () => {
    const binary = path.join(folder, 'practice-review-manager');
    const before = standInBinary(binary, ELECTRON_DEFAULTS, { sentinel: 'not-the-electron-fuse-sentinel!!' });
    await expect(afterPack(contextFor(folder, 'linux'))).rejects.toThrow(/holds no Electron fuse wire.*must not be built/);
    expect(fs.readFileSync(binary).equals(before)).toBe(true);
  });

  it('fails loudly on a wire with a fuse it has no setting for (a newer Electron), or another wire version', async () => {
    const binary = path.join(folder, 'practice-review-manager');
    const newer = standInBinary(binary, `${ELECTRON_DEFAULTS}1`);
    await expect(afterPack(contextFor(folder, 'linux'))).rejects.toThrow(/has 10 fuses; this step knows 9.*fuse-settings\.mjs/);
    expect(fs.readFileSync(binary).equals(newer)).toBe(true);

    standInBinary(binary, ELECTRON_DEFAULTS, { version: 2 });
    await expect(afterPack(contextFor(folder, 'linux'))).rejects.toThrow(/fuse wire version 2/);
  });

  it('fails loudly when the packaged binary is missing, or for a platform it has no place for', async () => {
    await expect(afterPack(contextFor(folder, 'linux'))).rejects.toThrow(/ENOENT/);
    expect(() => packagedBinary(contextFor(folder, 'darwin'))).toThrow(/Windows and Linux builds only, not "darwin"/);
  });
});
