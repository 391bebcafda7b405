/**
 * electron-builder's own parts, for the packaging tests: its configuration loader and schema
 * check, and the file matchers and walkers it runs when it copies the app into app.asar. The
 * tests use these rather than a YAML parser and a glob library of their own, so the rules they
 * check are the rules electron-builder applies. A real package needs Electron's binary, the
 * network and a minute or more; these parts need neither and take a second.
 *
 * Most are internal modules of app-builder-lib (the version package-lock.json pins), reached
 * through electron-builder's own require so that they are the copies it runs; the types below
 * cover only what the tests use.
 */
import type { Stats } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Configuration, PlatformSpecificBuildOptions } from 'app-builder-lib';

const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));

type Filter = (file: string, stat: Stats) => boolean;
interface FileMatcher {
  readonly from: string;
  readonly to: string;
  readonly patterns: string[];
  createFilter(): Filter;
}
interface FileSet {
  src: string;
  destination: string;
  files: string[];
  metadata: Map<string, Stats>;
}
interface PackagerInfo {
  projectDir: string;
  appDir: string;
  buildResourcesDir: string;
  isPrepackedAppAsar: boolean;
  areNodeModulesHandledExternally: boolean;
  config: Configuration;
  debugLogger: unknown;
  appInfo: { type: string };
  getWorkspaceRoot(): Promise<string>;
}
type Expand = (pattern: string) => string;

const { getConfig, validateConfiguration } = builderRequire('./out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: unknown): Promise<void>;
};
const matchers = builderRequire('./out/fileMatcher.js') as {
  FileMatcher: new (from: string, to: string, expand: Expand, patterns?: string[]) => FileMatcher;
  excludedExts: string;
  getMainFileMatchers(appDir: string, destination: string, expand: Expand, options: PlatformSpecificBuildOptions, packager: { info: PackagerInfo }, outDir: string, isElectronCompile: boolean): FileMatcher[];
  getNodeModuleFileMatcher(appDir: string, destination: string, expand: Expand, options: PlatformSpecificBuildOptions, info: PackagerInfo): FileMatcher;
  getFileMatchers(config: Configuration, name: 'asarUnpack', destination: string, options: { macroExpander: Expand; customBuildOptions: PlatformSpecificBuildOptions; globalOutDir: string; defaultSrc: string }): FileMatcher[] | null;
};
const { computeFileSets, getDestinationPath } = builderRequire('./out/util/appFileCopier.js') as {
  computeFileSets(matchers: FileMatcher[], transformer: null, packager: { info: PackagerInfo }, isElectronCompile: boolean): Promise<FileSet[]>;
  getDestinationPath(file: string, fileSet: FileSet): string;
};
const { NodeModuleCopyHelper } = builderRequire('./out/util/NodeModuleCopyHelper.js') as {
  NodeModuleCopyHelper: new (matcher: FileMatcher, info: PackagerInfo) => {
    metadata: Map<string, Stats>;
    collectNodeModules(module: { name: string; dir: string }, excludedExts: string[], destination: string): Promise<string[]>;
  };
};
const { detectUnpackedDirs } = builderRequire('./out/asar/unpackDetector.js') as {
  detectUnpackedDirs(fileSet: FileSet, into: Set<string>): void;
};
const { DebugLogger } = builderRequire('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const { resolveFunction } = builderRequire('./out/util/resolve.js') as {
  resolveFunction(type: string, executor: unknown, name: string, root: string): Promise<unknown>;
};

const { convertIcon } = builderRequire('./out/util/iconConverter.js') as {
  convertIcon(request: { sources: string[]; fallbackSources: string[]; roots: string[]; format: 'ico' | 'set'; outDir: string }): Promise<{ icons: { file: string; size: number }[] }>;
};

/**
 * The icons electron-builder would take for a platform from an `icon` option: the .ico for
 * Windows, or the PNG set for Linux. Icons already in the right form are taken as they are
 * (nothing is converted, so no outside tool runs); ones that are not are refused.
 */
export async function iconsTaken(icon: string, format: 'ico' | 'set', projectDir: string, buildResources: string): Promise<{ file: string; size: number }[]> {
  const { icons } = await convertIcon({ sources: [icon], fallbackSources: [], roots: [path.resolve(projectDir, buildResources), projectDir], format, outDir: path.join(os.tmpdir(), 'prm-icon-set') });
  return icons;
}

/**
 * The project's electron-builder configuration, as electron-builder loads it, and checked
 * against its schema unless told not to (compiling the schema takes seconds: once is enough).
 */
export async function loadBuilderConfig(projectDir: string, { checkSchema = true } = {}): Promise<Configuration> {
  const config = await getConfig(projectDir, null, null);
  if (checkSchema) await validateConfiguration(config, new DebugLogger(false));
  return config;
}

/** A hook named in the configuration (afterPack and its kin), found as electron-builder finds it. */
export function resolveHook(config: Configuration, name: 'afterPack', projectDir: string): Promise<unknown> {
  return resolveFunction('module', config[name], name, projectDir);
}

/** electron-builder's node-module exclusions by extension (appFileCopier's getNodeModuleExcludedExts, which it does not export). */
function nodeModuleExcludedExts(platform: 'linux' | 'win', config: Configuration): string[] {
  const exts = ['.o', '.obj', ...matchers.excludedExts.split(',').map((ext) => `.${ext}`)];
  if (config.includePdb !== true) exts.push('.pdb');
  if (platform !== 'win') exts.push('.dll', '.exe');
  return exts;
}

export interface PackagedApp {
  /** Every file in the packaged app (inside app.asar or unpacked beside it), relative, with forward slashes. */
  files: string[];
  /** Those unpacked beside app.asar rather than inside it. */
  unpacked: string[];
}

/**
 * What electron-builder would pack from `appDir` for `platform`: the app's own files through its
 * main matchers, then each production module through its node-module matcher and copier, then
 * asarUnpack and smartUnpack, as platformPackager.copyAppFiles and AsarPackager do. The modules
 * are the folders in appDir/node_modules (a real build asks npm for the production tree).
 */
export async function packagedApp(appDir: string, config: Configuration, platform: 'linux' | 'win', modules: string[]): Promise<PackagedApp> {
  const expand: Expand = (pattern) => pattern;
  const options: PlatformSpecificBuildOptions = config[platform] ?? {};
  const destination = path.join(appDir, '.packed', 'resources', 'app');
  const outDir = path.resolve(appDir, config.directories?.output ?? 'dist');
  const info: PackagerInfo = {
    projectDir: appDir,
    appDir,
    buildResourcesDir: path.resolve(appDir, config.directories?.buildResources ?? 'build'),
    isPrepackedAppAsar: false,
    areNodeModulesHandledExternally: false,
    config,
    debugLogger: new DebugLogger(false),
    appInfo: { type: 'module' },
    getWorkspaceRoot: () => Promise.resolve(appDir),
  };

  const main = matchers.getMainFileMatchers(appDir, destination, expand, options, { info }, outDir, false);
  const fileSets = await computeFileSets(main, null, { info }, false);
  const moduleMatcher = matchers.getNodeModuleFileMatcher(appDir, destination, expand, options, info);
  for (const name of modules) {
    const dir = path.join(appDir, 'node_modules', name);
    const to = path.join(moduleMatcher.to, 'node_modules', name);
    const copier = new NodeModuleCopyHelper(new matchers.FileMatcher(dir, to, expand, moduleMatcher.patterns), info);
    const files = await copier.collectNodeModules({ name, dir }, nodeModuleExcludedExts(platform, config), path.relative(moduleMatcher.to, to));
    fileSets.push({ src: dir, destination: to, files, metadata: copier.metadata });
  }

  const unpackPattern = matchers.getFileMatchers(config, 'asarUnpack', destination, { macroExpander: expand, customBuildOptions: options, globalOutDir: outDir, defaultSrc: appDir })?.[0]?.createFilter();
  const smartUnpack = typeof config.asar === 'object' && config.asar !== null ? config.asar.smartUnpack !== false : true;
  const unpackedFolders = new Set<string>();
  if (smartUnpack) for (const fileSet of fileSets) detectUnpackedDirs(fileSet, unpackedFolders);

  const files: string[] = [];
  const unpacked: string[] = [];
  for (const fileSet of fileSets) {
    for (const file of fileSet.files) {
      const stat = fileSet.metadata.get(file);
      if (stat === undefined || stat.isDirectory()) continue;
      const inApp = path.relative(destination, getDestinationPath(file, fileSet));
      const relative = inApp.split(path.sep).join('/');
      files.push(relative);
      const inUnpackedFolder = [...unpackedFolders].some((folder) => inApp === folder || inApp.startsWith(folder + path.sep));
      if ((unpackPattern?.(file, stat) ?? false) || inUnpackedFolder) unpacked.push(relative);
    }
  }
  return { files: files.sort(), unpacked: unpacked.sort() };
}
