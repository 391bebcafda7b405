// Reads Electron's fuse wire out of a binary's bytes, independently of @electron/fuses (which
// writes it), so that the afterPack step's check is not the writer marking its own work.
//
// The wire, as Electron documents it: the sentinel, one byte for the schema version, one byte
// for the number of fuses, then one byte per fuse: '0' off, '1' on, 'r' removed.
import { FUSE_SENTINEL } from './fuse-settings.mjs';

const SENTINEL = Buffer.from(FUSE_SENTINEL, 'latin1');

/**
 * Every fuse wire in the bytes (a Windows or Linux binary has one), each as its offset, its
 * schema version and its fuses as a string of '0', '1' and 'r'.
 * @param {Uint8Array} bytes
 * @returns {{ offset: number, version: number, fuses: string }[]}
 */
export function readFuseWires(bytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wires = [];
  for (let at = buffer.indexOf(SENTINEL); at !== -1; at = buffer.indexOf(SENTINEL, at + 1)) {
    const versionAt = at + SENTINEL.length;
    if (versionAt + 1 >= buffer.length) break;
    const version = buffer[versionAt];
    const length = buffer[versionAt + 1];
    const fuses = buffer.subarray(versionAt + 2, versionAt + 2 + length).toString('latin1');
    wires.push({ offset: at, version, fuses });
  }
  return wires;
}
