import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon } from '../../../scripts/packaging/icon-art.mjs';
import { PNG_SIGNATURE } from '../../../scripts/packaging/icon-formats.mjs';
import { ICO_SIZES, ICON_FOLDER, PNG_SIZES } from '../../../scripts/packaging/make-icons.mjs';

const drawn = new Map<number, Buffer>();
/** The icon drawn at a size, once (drawing 512 pixels takes a while). */
function drawnAt(size: number): Buffer {
  if (!drawn.has(size)) drawn.set(size, Buffer.from(drawIcon(size)));
  return drawn.get(size)!;
}

/** A PNG's size and its RGBA pixels, read without the encoder that wrote it. */
function readPng(bytes: Buffer): { width: number; height: number; rgba: Buffer } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    expect(zlib.crc32(bytes.subarray(at + 4, at + 8 + length)), `${type} checksum`).toBe(bytes.readUInt32BE(at + 8 + length));
    if (type === 'IHDR') {
      [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
      expect([...body.subarray(8)], 'RGBA, 8 bits a channel, not interlaced').toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const rows = zlib.inflateSync(Buffer.concat(data));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 4 + 1);
    expect(rows[row], 'rows unfiltered').toBe(0);
    rows.copy(rgba, y * width * 4, row + 1, row + 1 + width * 4);
  }
  return { width, height, rgba };
}

/** An ICO's images: each one's declared size and its RGBA pixels, from PNG or from a 32-bit bitmap with its mask. */
function readIco(bytes: Buffer): { size: number; rgba: Buffer }[] {
  expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2)]).toEqual([0, 1]);
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, n) => {
    const entry = 6 + 16 * n;
    const size = bytes[entry] || 256;
    const body = bytes.subarray(bytes.readUInt32LE(entry + 12), bytes.readUInt32LE(entry + 12) + bytes.readUInt32LE(entry + 8));
    if (body.subarray(0, 8).equals(PNG_SIGNATURE)) return { size, rgba: readPng(body).rgba };
    expect([body.readUInt32LE(0), body.readInt32LE(4), body.readInt32LE(8), body.readUInt16LE(14)]).toEqual([40, size, size * 2, 32]);
    const rgba = Buffer.alloc(size * size * 4);
    const maskRow = Math.ceil(size / 32) * 4;
    const mask = body.subarray(40 + size * size * 4);
    for (let y = 0; y < size; y += 1) {
      for (let x = 0; x < size; x += 1) {
        const from = 40 + ((size - 1 - y) * size + x) * 4;
        rgba.set([body[from + 2]!, body[from + 1]!, body[from]!, body[from + 3]!], (y * size + x) * 4);
        const transparent = (mask[(size - 1 - y) * maskRow + (x >> 3)]! & (0x80 >> (x & 7))) !== 0;
        expect(transparent, `mask at ${x},${y}`).toBe(body[from + 3] === 0);
      }
    }
    return { size, rgba };
  });
}

describe('the installers’ icons (build/icons, drawn by scripts/packaging/make-icons.mjs)', () => {
  for (const size of PNG_SIZES) {
    it(`${size}x${size}.png is the icon as icon-art.mjs draws it at ${size} pixels`, () => {
      const png = readPng(fs.readFileSync(path.join(ICON_FOLDER, `${size}x${size}.png`)));
      expect([png.width, png.height]).toEqual([size, size]);
      expect(png.rgba.equals(drawnAt(size))).toBe(true);
    });
  }

  it('icon.ico holds the icon at 256, 48, 32 and 16 pixels, as drawn', () => {
    const images = readIco(fs.readFileSync(path.join(ICON_FOLDER, 'icon.ico')));
    expect(images.map((image) => image.size)).toEqual(ICO_SIZES);
    for (const { size, rgba } of images) expect(rgba.equals(drawnAt(size)), `${size} pixels`).toBe(true);
  });

  it('is opaque in the middle and transparent in the corners, at every size', () => {
    for (const size of [...PNG_SIZES, ...ICO_SIZES]) {
      const rgba = drawnAt(size);
      const alpha = (x: number, y: number) => rgba[(y * size + x) * 4 + 3];
      expect(alpha(size >> 1, size >> 1), `${size}: middle`).toBe(255);
      expect([alpha(0, 0), alpha(size - 1, 0), alpha(0, size - 1), alpha(size - 1, size - 1)], `${size}: corners`).toEqual([0, 0, 0, 0]);
    }
  });
});
