import fs from 'node:fs';
import path from 'node:path';
import type { Configuration, TargetConfiguration } from 'app-builder-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { iconsTaken, loadBuilderConfig, resolveHook } from './electron-builder-parts.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The MSI's upgrade code: fixed for ever, so that each new MSI replaces the one installed before it. */
const MSI_UPGRADE_CODE = '556F7D21-2A7B-4A93-907A-70420C84DF40';

/** Each target as "name arch…", whether the configuration names it alone or with its architectures. */
function targets(list: Array<string | TargetConfiguration> | string | TargetConfiguration | null | undefined): string[] {
  const items = list == null ? [] : Array.isArray(list) ? list : [list];
  return items.map((item) => (typeof item === 'string' ? item : [item.target, ...((item.arch as string[] | undefined) ?? [])].join(' ')));
}

/** Every key at any depth of the configuration, as a dotted path. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [`${prefix}${key}`, ...keyPaths(inner, `${prefix}${key}.`)]);
}

describe('electron-builder.yml, as electron-builder loads and checks it', () => {
  let config: Configuration;
  beforeAll(async () => {
    // electron-builder's own loader, then its JSON schema: an unknown or misplaced option fails here.
    config = await loadBuilderConfig(ROOT);
  });

  it('builds NSIS and MSI installers for Windows, and an AppImage and a deb for Linux, all 64-bit', () => {
    expect(targets(config.win?.target)).toEqual(['nsis x64', 'msi x64']);
    expect(targets(config.linux?.target)).toEqual(['AppImage x64', 'deb x64']);
    expect(config.mac ?? null).toBeNull();
  });

  it('installs per machine, assisted (so /S installs silently), and never runs the app elevated or from the installer', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true, allowElevation: true, runAfterFinish: false, deleteAppDataOnUninstall: false });
    expect(config.msi).toMatchObject({ oneClick: false, perMachine: true, runAfterFinish: false });
    expect(config.win?.requestedExecutionLevel).toBe('asInvoker');
  });

  it('gives the MSI a fixed upgrade code, so that IT’s upgrades replace the old version', () => {
    expect(config.msi?.upgradeCode).toBe(MSI_UPGRADE_CODE);
    expect(config.appId).toBe('org.example.practice-review-manager');
    expect(config.productName).toBe('Practice Review Manager');
  });

  it('publishes nowhere and makes nothing an updater could use', () => {
    expect(config.publish).toBeNull();
    for (const target of ['win', 'linux', 'nsis', 'msi', 'appImage', 'deb'] as const) {
      expect((config[target] as { publish?: unknown } | null | undefined)?.publish, target).toBeUndefined();
    }
    expect(config.nsis?.differentialPackage).toBe(false);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).filter((name) => /updat/i.test(name))).toEqual([]);
  });

  it('registers no file types and no URL schemes with the operating system', () => {
    expect(keyPaths(config).filter((key) => /(^|\.)(fileAssociations|protocols|mimeTypes)$/.test(key))).toEqual([]);
  });

  it('packs the app into an asar, unpacking only native modules, and rebuilds them for Electron', () => {
    expect(config.asar).toEqual({ smartUnpack: false });
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.npmRebuild).toBe(true);
  });

  it('sets the fuses in its own afterPack step, and nowhere else', async () => {
    expect(config.afterPack).toBe('./scripts/packaging/after-pack.mjs');
    expect(fs.existsSync(path.join(ROOT, 'scripts/packaging/after-pack.mjs'))).toBe(true);
    const hook = await resolveHook(config, 'afterPack', ROOT);
    expect(typeof hook).toBe('function');
    expect((hook as { name: string }).name).toBe('afterPack');
    // electron-builder's own fuse option would be a second list of settings, applied after ours.
    expect(config.electronFuses ?? null).toBeNull();
  });

  it('gives electron-builder icons it takes as they are: a 256-pixel .ico for Windows, 256 and 512 pixel PNGs for Linux', async () => {
    expect(config.directories?.buildResources).toBe('build');
    const windows = await iconsTaken(config.win!.icon!, 'ico', ROOT, 'build');
    expect(windows).toEqual([{ file: path.join(ROOT, 'build/icons/icon.ico'), size: 256 }]);
    const linux = await iconsTaken(config.linux!.icon!, 'set', ROOT, 'build');
    expect(linux).toEqual([256, 512].map((size) => ({ file: path.join(ROOT, `build/icons/${size}x${size}.png`), size })));
  });

  it('packages the Electron that package.json pins exactly, which is the one installed', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(manifest.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(manifest.devDependencies.electron);
    expect(config.electronVersion ?? null).toBeNull();
  });
});
