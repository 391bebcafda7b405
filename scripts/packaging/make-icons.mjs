// Draws the installers' icons into build/icons (electron-builder's build resources, which are
// never packed into the app): 512 and 256 pixels as PNG for Linux, and icon.ico for Windows.
// Run `node scripts/packaging/make-icons.mjs` after changing icon-art.mjs, and commit the files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawIcon } from './icon-art.mjs';
import { encodeIco, encodePng } from './icon-formats.mjs';

export const ICON_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build/icons');
export const PNG_SIZES = [512, 256];
export const ICO_SIZES = [256, 48, 32, 16];

export function writeIcons(folder = ICON_FOLDER) {
  fs.mkdirSync(folder, { recursive: true });
  for (const size of PNG_SIZES) fs.writeFileSync(path.join(folder, `${size}x${size}.png`), encodePng(size, drawIcon(size)));
  fs.writeFileSync(path.join(folder, 'icon.ico'), encodeIco(ICO_SIZES.map((size) => ({ size, rgba: drawIcon(size) }))));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeIcons();
  console.log(`Drew the icons into ${ICON_FOLDER}.`);
}
