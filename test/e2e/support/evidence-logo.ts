/**
 * A small PNG made in the test, for the letterhead's logo: a blue band with a yellow square, so
 * the preview in a screenshot is visibly the picture chosen. Invented, like every fixture.
 */
import zlib from 'node:zlib';

const WIDTH = 120;
const HEIGHT = 40;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function logoPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < HEIGHT; y += 1) {
    const row = Buffer.alloc(1 + WIDTH * 3); // filter byte 0, then pixels
    for (let x = 0; x < WIDTH; x += 1) {
      const square = x >= 8 && x < 32 && y >= 8 && y < 32;
      const [red, green, blue] = square ? [255, 221, 0] : [29, 112, 184];
      row.set([red, green, blue], 1 + x * 3);
    }
    rows.push(row);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
