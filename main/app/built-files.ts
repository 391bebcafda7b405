/**
 * Where the build puts what the window needs, relative to the app's folder (the repository in
 * development, app.asar when packaged): scripts/build-electron.mjs writes the preload and the main
 * bundle beside the renderer that vite builds into out/renderer.
 */
import path from 'node:path';

export interface BuiltFiles {
  readonly rendererFolder: string;
  readonly preloadScript: string;
}

export function builtFiles(appFolder: string): BuiltFiles {
  return {
    rendererFolder: path.join(appFolder, 'out', 'renderer'),
    preloadScript: path.join(appFolder, 'out', 'preload', 'index.cjs'),
  };
}
