// `npm run test:e2e` builds the renderer first; this checks that it and the browser are there, so
// a missing one fails once, clearly, instead of in every test, and bundles the preview server.
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM, REPOSITORY_ROOT, SCREENSHOT_FOLDER } from './support/paths.ts';
import { buildPreviewBundle } from './support/preview-bundle.ts';

export default async function globalSetup(): Promise<void> {
  const index = path.join(REPOSITORY_ROOT, 'out', 'renderer', 'index.html');
  if (!fs.existsSync(index)) throw new Error(`The renderer is not built (${index} is missing). Run npm run build:renderer first.`);
  if (!fs.existsSync(path.join(REPOSITORY_ROOT, 'main', 'preview', 'cli.ts'))) throw new Error('The preview server (main/preview/cli.ts) is missing.');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}. Install Debian's chromium package.`);
  fs.rmSync(SCREENSHOT_FOLDER, { recursive: true, force: true });
  fs.mkdirSync(SCREENSHOT_FOLDER, { recursive: true });
  await buildPreviewBundle();
}
