/**
 * The text of every part of a .docx package, for the gate: not only word/document.xml but the
 * headers, footers, comments, footnotes, document properties (core, app, custom), relationships
 * and anything else stored, since a name can hide in any of them. Each XML part gives its text and
 * its attribute values (xml-text.ts); each part's name is listed too, so a picture named after a
 * child is caught. Pictures, fonts and other binary parts are known by name and not inflated.
 * Parts are read one at a time, each as a stream.
 */
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { XmlTextReader } from './xml-text.ts';

/** Parts whose content is not text: listed by name, not read. */
const BINARY_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'jpe', 'jfif', 'gif', 'bmp', 'tif', 'tiff', 'emf', 'wmf', 'emz', 'wmz', 'wdp', 'jxr', 'ico', 'svgz',
  'bin', 'odttf', 'ttf', 'otf', 'woff', 'woff2', 'fntdata', 'mp3', 'mp4', 'm4a', 'wav', 'wma', 'wmv', 'avi', 'mov', 'zip',
]);

const extensionOf = (name: string): string => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');

function decoderFor(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  return new TextDecoder('utf-8', { fatal: true });
}

/** A part's readable text, or '' when it turns out not to be text (bytes that are not UTF-8 or UTF-16). */
async function partText(stream: Readable): Promise<string> {
  const reader = new XmlTextReader();
  let decoder: TextDecoder | null = null;
  let binary = false;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (binary) continue;
    decoder ??= decoderFor(chunk);
    try {
      reader.push(decoder.decode(chunk, { stream: true }));
    } catch {
      // Not text after all: the rest is drained unread, and nothing of it can name anyone.
      binary = true;
    }
  }
  if (!binary && decoder !== null) {
    try {
      reader.push(decoder.decode());
    } catch {
      binary = true;
    }
  }
  const { pieces, runs } = reader.end();
  return `${pieces}\n${runs}`;
}

async function entryText(zip: ZipFile, entry: Entry): Promise<string> {
  const name = entry.fileName;
  if (name.endsWith('/') || BINARY_EXTENSIONS.has(extensionOf(name))) return name;
  // A part that cannot be read (encrypted, an unknown compression) fails the whole extraction:
  // the gate must not pass what it could not see.
  const stream = await zip.openReadStreamPromise(entry);
  return `${name}\n${await partText(stream)}`;
}

/** The text of every part of a .docx package: XML text, attribute values, and anything else readable. */
export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: false });
  try {
    const parts: string[] = [];
    for await (const entry of zip.eachEntry()) parts.push(await entryText(zip, entry));
    return parts.join('\n\n');
  } finally {
    zip.close();
  }
}
