/**
 * The .docx package as a list of parts, and back to bytes. Written deterministically: parts in a
 * fixed order, each with the same fixed date and permissions, so the zip itself records neither
 * when nor on whose machine the file was made, and the same document always gives the same bytes.
 */
import archiver from 'archiver';
import yauzl from 'yauzl';

export interface PackagePart {
  readonly name: string;
  readonly data: Buffer;
}

/**
 * 1 January 2000, midnight, as local time: a zip stores local DOS time, so building the date from
 * local parts writes the same 2000-01-01 00:00 in every time zone.
 */
export const NEUTRAL_ZIP_DATE = new Date(2000, 0, 1, 0, 0, 0);
const FILE_MODE = 0o644;

/** Every part of a package the app has just written itself (so no size guard: it is not untrusted input). */
export async function readPackageParts(bytes: Uint8Array): Promise<PackagePart[]> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true });
  const parts: PackagePart[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      parts.push({ name: entry.fileName, data: Buffer.concat(chunks) });
    }
  } finally {
    zip.close();
  }
  return parts;
}

/** [Content_Types].xml first, as Word writes it and some readers expect; the rest in the order given. */
export async function writePackage(parts: readonly PackagePart[]): Promise<Uint8Array> {
  const ordered = [...parts.filter((part) => part.name === '[Content_Types].xml'), ...parts.filter((part) => part.name !== '[Content_Types].xml')];
  const archive = archiver('zip', { zlib: { level: 9 } });
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    archive.on('end', resolve);
    archive.on('error', reject);
    archive.on('warning', reject);
  });
  for (const part of ordered) archive.append(part.data, { name: part.name, date: NEUTRAL_ZIP_DATE, mode: FILE_MODE });
  await archive.finalize();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
