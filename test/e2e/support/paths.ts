import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SCREENSHOT_FOLDER = path.join(REPOSITORY_ROOT, 'test-results', 'screenshots');
export const CHROMIUM = '/usr/bin/chromium';
