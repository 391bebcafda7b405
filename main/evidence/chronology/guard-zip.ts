/**
 * The zip half of the returned-file guard: a file that claims to be a workbook must be an OOXML
 * workbook whose zip cannot blow up whatever parses it next. In order, each step cheaper than the
 * one after it:
 *  1. the central directory alone (nothing inflated): entry count, declared sizes and ratios,
 *     encryption, compression methods, and the parts every workbook has;
 *  2. the layout: the local file headers must tile the file exactly as the central directory says,
 *     so a forward-only reader (exceljs's streaming reader walks local headers with unzipper) sees
 *     the very same entries — no hidden entry between, inside or after them;
 *  3. every entry inflated through yauzl, counting real bytes and stopping at the limit, because
 *     declared sizes can lie. yauzl also fails an entry the moment it passes its declared size.
 * After this, any reader of these bytes inflates at most what was counted here.
 */
import yauzl, { type Entry, type LocalFileHeader, type ZipFile } from 'yauzl';
import { CHRONOLOGY_LIMITS } from '../../../shared/evidence/chronology.ts';
import { ASK_FOR_XLSX, refuse, refuseNotAWorkbook, wholeMegabytes } from './guard-refusal.ts';

/** A workbook has a few dozen parts; thousands means something else, or an attack on the directory. */
export const MAX_ZIP_ENTRIES = 10_000;

/**
 * The compression ratio applies only to entries (and totals) that inflate past this: a tiny part
 * of repeated spaces can compress 300 to 1 and harm nothing, and refusing it would refuse genuine
 * workbooks.
 */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

export interface ZipLimits {
  readonly maxInflatedBytes: number;
  readonly maxCompressionRatio: number;
  readonly maxEntries: number;
}

export const WORKBOOK_ZIP_LIMITS: ZipLimits = {
  maxInflatedBytes: CHRONOLOGY_LIMITS.maxInflatedBytes,
  maxCompressionRatio: CHRONOLOGY_LIMITS.maxCompressionRatio,
  maxEntries: MAX_ZIP_ENTRIES,
};

const REQUIRED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'];

/** Parts that say what a zip that is not an .xlsx is instead. */
const OTHER_PACKAGES: readonly (readonly [string, string])[] = [
  ['xl/workbook.bin', 'an Excel Binary Workbook (.xlsb)'],
  ['word/document.xml', 'a Word document (.docx)'],
  ['ppt/presentation.xml', 'a PowerPoint presentation (.pptx)'],
  ['content.xml', 'an OpenDocument file (such as .ods or .odt)'],
];

const DATA_DESCRIPTOR_SIGNATURE = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
/** unzipper reads a data descriptor as exactly 16 bytes: signature, CRC-32, two 32-bit sizes. */
const DATA_DESCRIPTOR_BYTES = 16;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const ZIP64_MARKER = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
const HAS_DATA_DESCRIPTOR = 0x08;

const damaged = (fileName: string): never => refuse(`${fileName} is damaged: it cannot be read as an Excel workbook (.xlsx). Ask the agency to save it again and send it.`);

const tooLarge = (fileName: string, limits: ZipLimits): never =>
  refuse(`${fileName} would expand to more than ${wholeMegabytes(limits.maxInflatedBytes)} when opened, far more than a chronology needs, so it was not opened. Ask the agency to check the file and send it again.`);

const tooCompressed = (fileName: string, limits: ZipLimits): never =>
  refuse(`${fileName} is compressed far more than a real workbook can be (part of it would expand to over ${limits.maxCompressionRatio} times its stored size), so it was not opened. Ask the agency to check the file and send it again.`);

const sizesLie = (fileName: string): never =>
  refuse(`${fileName} is damaged or unsafe: part of it expands to more than the file says it will, so it was not opened. Ask the agency to save the workbook again and send it.`);

const passwordProtected = (fileName: string): never => refuse(`${fileName} is protected with a password. Ask the agency to remove the password and send it again.`);

async function openZip(fileName: string, bytes: Buffer): Promise<ZipFile> {
  try {
    return await yauzl.fromBufferPromise(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true, strictFileNames: false });
  } catch {
    return damaged(fileName);
  }
}

async function readDirectory(fileName: string, zip: ZipFile): Promise<Entry[]> {
  const entries: Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) entries.push(entry);
  } catch {
    damaged(fileName);
  }
  return entries;
}

/** Step 1: what the central directory declares, before a byte is inflated. */
function checkDeclared(fileName: string, entries: readonly Entry[], limits: ZipLimits): void {
  let inflated = 0;
  let compressed = 0;
  const names = new Set<string>();
  for (const entry of entries) {
    if (entry.isEncrypted()) passwordProtected(fileName);
    if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) damaged(fileName);
    // Two entries of one name are read differently by different readers: refuse the ambiguity.
    if (names.has(entry.fileName)) damaged(fileName);
    names.add(entry.fileName);
    inflated += entry.uncompressedSize;
    compressed += entry.compressedSize;
    if (inflated > limits.maxInflatedBytes) tooLarge(fileName, limits);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && entry.uncompressedSize > limits.maxCompressionRatio * entry.compressedSize) tooCompressed(fileName, limits);
  }
  if (inflated > RATIO_FLOOR_BYTES && inflated > limits.maxCompressionRatio * compressed) tooCompressed(fileName, limits);
}

function checkIsWorkbook(fileName: string, entries: readonly Entry[]): void {
  const names = new Set(entries.map((entry) => entry.fileName));
  if (REQUIRED_PARTS.every((part) => names.has(part))) return;
  const other = OTHER_PACKAGES.find(([part]) => names.has(part));
  refuseNotAWorkbook(fileName, other === undefined ? 'a zip archive' : other[1]);
}

/** A local header's sizes as unzipper reads them: from the zip64 extra field (uncompressed first, at fixed places) when marked so. */
function localSizes(header: LocalFileHeader): { compressed: number; uncompressed: number } {
  let { compressedSize: compressed, uncompressedSize: uncompressed } = header;
  if (compressed === ZIP64_MARKER || uncompressed === ZIP64_MARKER) {
    const zip64 = yauzl.parseExtraFields(header.extraField).find((field) => field.id === 0x0001)?.data;
    const at = (offset: number) => (zip64 !== undefined && zip64.length >= offset + 8 ? Number(zip64.readBigUInt64LE(offset)) : Number.NaN);
    if (uncompressed === ZIP64_MARKER) uncompressed = at(0);
    if (compressed === ZIP64_MARKER) compressed = at(8);
  }
  return { compressed, uncompressed };
}

/**
 * Step 2: walking the file from byte 0 the way a forward-only reader does must meet exactly the
 * central directory's entries, in offset order, with nothing between them, then the central
 * directory, then its end record. An entry whose local header leaves its size to a data
 * descriptor is read by unzipper up to the first descriptor signature, so that signature must not
 * occur inside the entry's data: otherwise unzipper would stop early and read on from inside it.
 */
async function checkLayout(fileName: string, zip: ZipFile, bytes: Buffer, entries: readonly Entry[], centralDirectoryOffset: number, centralDirectoryEnd: number): Promise<void> {
  const ordered = [...entries].sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader);
  let expectedOffset = 0;
  for (const entry of ordered) {
    if (entry.relativeOffsetOfLocalHeader !== expectedOffset) damaged(fileName);
    let header: LocalFileHeader;
    try {
      header = await zip.readLocalFileHeaderPromise(entry);
    } catch {
      return damaged(fileName);
    }
    if (!header.fileName.equals(entry.fileNameRaw) || header.compressionMethod !== entry.compressionMethod) damaged(fileName);
    const dataEnd = header.fileDataStart + entry.compressedSize;
    const local = localSizes(header);
    if ((header.generalPurposeBitFlag & HAS_DATA_DESCRIPTOR) !== 0 && local.compressed === 0) {
      if (bytes.indexOf(DATA_DESCRIPTOR_SIGNATURE, header.fileDataStart) !== dataEnd) damaged(fileName);
      expectedOffset = dataEnd + DATA_DESCRIPTOR_BYTES;
    } else {
      if (local.compressed !== entry.compressedSize || local.uncompressed !== entry.uncompressedSize) damaged(fileName);
      expectedOffset = dataEnd;
    }
  }
  if (expectedOffset !== centralDirectoryOffset) damaged(fileName);
  if (centralDirectoryEnd + 4 > bytes.length) damaged(fileName);
  const next = bytes.readUInt32LE(centralDirectoryEnd);
  if (next !== END_OF_CENTRAL_DIRECTORY && next !== ZIP64_END_OF_CENTRAL_DIRECTORY) damaged(fileName);
}

/**
 * Before any entry is read, yauzl's directory cursor is the central directory's offset; after the
 * last, the central directory's end. (@types/yauzl types the field wrongly as a boolean.)
 */
function readCursor(zip: ZipFile): number {
  return (zip as unknown as { readEntryCursor: number }).readEntryCursor;
}

class OverLimit extends Error {}

/**
 * Step 3: inflates one entry, counting real bytes, and stops as soon as the budget is spent.
 * yauzl fails an entry the moment it passes its declared size, and step 1 capped the declared
 * total, so in practice the lie is caught there; the budget is the total's own check, kept so the
 * limit never rests on one library option alone.
 */
async function inflatedSize(fileName: string, zip: ZipFile, entry: Entry, budget: number): Promise<number> {
  let count = 0;
  try {
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream) {
      count += (chunk as Buffer).length;
      if (count > budget) throw new OverLimit();
    }
  } catch (error) {
    if (error instanceof OverLimit) throw error;
    // yauzl's AssertByteCountStream: the entry inflated past (or short of) its declared size.
    if (error instanceof Error && /too many bytes in the stream/.test(error.message)) sizesLie(fileName);
    damaged(fileName);
  }
  return count;
}

async function checkInflated(fileName: string, zip: ZipFile, entries: readonly Entry[], limits: ZipLimits): Promise<number> {
  let total = 0;
  for (const entry of entries) {
    try {
      total += await inflatedSize(fileName, zip, entry, limits.maxInflatedBytes - total);
    } catch (error) {
      if (error instanceof OverLimit) tooLarge(fileName, limits);
      throw error;
    }
  }
  return total;
}

/**
 * Refuses (AppError FILE_REFUSED) a zip that is not an OOXML workbook or could inflate past the
 * limits; returns the bytes it inflates to otherwise.
 */
export async function checkWorkbookZip(fileName: string, bytes: Buffer, limits: ZipLimits = WORKBOOK_ZIP_LIMITS): Promise<number> {
  const zip = await openZip(fileName, bytes);
  try {
    if (zip.entryCount > limits.maxEntries) {
      refuse(`${fileName} holds ${zip.entryCount.toLocaleString('en-GB')} parts, more than the ${limits.maxEntries.toLocaleString('en-GB')} any workbook needs, so it was not opened. ${ASK_FOR_XLSX}`);
    }
    const centralDirectoryOffset = readCursor(zip);
    const entries = await readDirectory(fileName, zip);
    const centralDirectoryEnd = readCursor(zip);
    checkDeclared(fileName, entries, limits);
    checkIsWorkbook(fileName, entries);
    await checkLayout(fileName, zip, bytes, entries, centralDirectoryOffset, centralDirectoryEnd);
    return await checkInflated(fileName, zip, entries, limits);
  } finally {
    zip.close();
  }
}
