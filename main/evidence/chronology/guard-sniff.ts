/**
 * What a refused file seems to be, in words a person knows ("a PDF", "a PNG image"), so the
 * Business Unit can tell the agency what they sent by mistake. Zip and OLE files never reach
 * file-type: it inflates zip entries to tell Office formats apart, and nothing may be inflated
 * before the zip checks have passed.
 */
import { fileTypeFromBuffer } from 'file-type';

/** The first bytes of a zip's local file header, and of an OLE compound file (legacy Office, encrypted Office). */
export const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
export const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export const startsWith = (bytes: Buffer, magic: Buffer): boolean => bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);

/** Friendly names for what agencies most often send instead of a chronology; anything else is named by its extension. */
const NAMES: Readonly<Record<string, string>> = {
  pdf: 'a PDF',
  png: 'a PNG image',
  jpg: 'a JPEG image',
  gif: 'a GIF image',
  bmp: 'a bitmap image',
  tif: 'a TIFF image',
  heic: 'a photo (HEIC)',
  webp: 'a WebP image',
  rtf: 'a Rich Text document',
  zip: 'a zip archive',
  gz: 'a compressed (gzip) file',
  '7z': 'a 7-Zip archive',
  rar: 'a RAR archive',
  msg: 'an Outlook message',
  eml: 'an email message',
  xml: 'an XML file',
  html: 'a web page',
};

/** Whether the bytes can be a text file: no NUL byte anywhere (UTF-16 text, every zip and every OLE file have them). */
export function isPlainText(bytes: Buffer): boolean {
  return bytes.indexOf(0) === -1;
}

/** What file-type recognises the bytes as, in words, or null when it recognises nothing. Never call it on zip or OLE bytes. */
export async function recognisedType(bytes: Buffer): Promise<string | null> {
  const type = await fileTypeFromBuffer(bytes);
  if (type === undefined) return null;
  return NAMES[type.ext] ?? `a .${type.ext} file (${type.mime})`;
}

/** What any bytes seem to be, without inflating anything: the magic numbers first, then file-type. */
export async function describeBytes(bytes: Buffer): Promise<string | null> {
  if (startsWith(bytes, ZIP_MAGIC)) return 'an Excel workbook or another zip file';
  if (startsWith(bytes, OLE_MAGIC)) return 'an older Microsoft Office file';
  return recognisedType(bytes);
}
