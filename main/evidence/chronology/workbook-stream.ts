/**
 * A workbook's bytes as exceljs's streaming reader should see them, so that it never writes a
 * sheet to disk. The reader parses zip entries in the order they are stored, and a worksheet that
 * arrives before the shared strings (the order Excel and exceljs themselves write) is copied into
 * a temporary file in plain text until the strings have been read; a workbook with no shared
 * strings at all (inline strings) has every sheet copied so. A returned chronology is
 * OFFICIAL-SENSITIVE, and nothing readable may reach the disk.
 *
 * So the entries are handed over in reading order — the workbook's relationships, the workbook,
 * the styles and the shared strings first (an empty shared-strings part when there is none), then
 * everything else — each entry's compressed bytes copied as they are, without inflating anything.
 * The reader walks local headers one after another and never reads the central directory, so each
 * local header is rewritten to carry its sizes and CRC from the central directory (clearing the
 * "sizes follow the data" flag), any data descriptor is left out, and an empty end-of-directory
 * record tells the reader where the entries stop.
 */
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors.ts';

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_LENGTH = 30;
const END_OF_DIRECTORY_SIGNATURE = 0x06054b50;
const SIZES_FOLLOW_DATA = 0x0008;
const ZIP64_LIMIT = 0xffffffff;

/** The parts that must come before any worksheet, in this order. */
const FIRST = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml'];
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const EMPTY_SHARED_STRINGS = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>', 'utf8');

interface StoredEntry {
  readonly name: string;
  readonly localHeaderOffset: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly crc32: number;
}

function listEntries(bytes: Buffer): Promise<StoredEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true }, (error, zip) => {
      if (error || zip === undefined) return reject(error ?? new Error('The workbook could not be opened.'));
      const entries: StoredEntry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push({
          name: entry.fileName,
          localHeaderOffset: entry.relativeOffsetOfLocalHeader,
          compressedSize: entry.compressedSize,
          uncompressedSize: entry.uncompressedSize,
          crc32: entry.crc32,
        });
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The entry's local header, rewritten to carry its sizes, followed by its compressed data. */
function entryBytes(bytes: Buffer, entry: StoredEntry): Buffer[] {
  const at = entry.localHeaderOffset;
  if (entry.compressedSize >= ZIP64_LIMIT || entry.uncompressedSize >= ZIP64_LIMIT || at + LOCAL_HEADER_LENGTH > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER_SIGNATURE) {
    throw new AppError('FILE_REFUSED', 'The workbook’s zip structure is damaged, so it was not read. Ask the agency to save it again as an Excel Workbook (.xlsx).');
  }
  const nameLength = bytes.readUInt16LE(at + 26);
  const extraLength = bytes.readUInt16LE(at + 28);
  const dataStart = at + LOCAL_HEADER_LENGTH + nameLength + extraLength;
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) throw new AppError('FILE_REFUSED', 'The workbook is cut short: part of it is missing. Ask the agency to send it again.');
  const header = Buffer.from(bytes.subarray(at, dataStart));
  header.writeUInt16LE(header.readUInt16LE(6) & ~SIZES_FOLLOW_DATA, 6);
  header.writeUInt32LE(entry.crc32, 14);
  header.writeUInt32LE(entry.compressedSize, 18);
  header.writeUInt32LE(entry.uncompressedSize, 22);
  // An empty entry (a folder) may say "deflated" with no data at all, on which an inflater waits for ever.
  if (entry.compressedSize === 0) header.writeUInt16LE(0, 8);
  return [header, bytes.subarray(dataStart, dataEnd)];
}

/** A stored (uncompressed) entry made here: the empty shared-strings part. */
function madeEntry(name: string, content: Buffer): Buffer[] {
  const fileName = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(LOCAL_HEADER_LENGTH);
  header.writeUInt32LE(LOCAL_HEADER_SIGNATURE, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6); // the name is UTF-8
  header.writeUInt16LE(0, 8); // stored
  header.writeUInt32LE(zlib.crc32(content), 14);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(fileName.length, 26);
  return [header, fileName, content];
}

function readingOrder(entries: readonly StoredEntry[]): StoredEntry[] {
  const rank = (name: string): number => {
    const index = FIRST.indexOf(name);
    return index === -1 ? FIRST.length : index;
  };
  // A stable sort keeps everything else (sheets among them) in the order it was stored.
  return [...entries].sort((a, b) => rank(a.name) - rank(b.name));
}

/** The workbook's entries in reading order, as one stream for `new ExcelJS.stream.xlsx.WorkbookReader(…)`. */
export async function workbookStream(bytes: Buffer): Promise<Readable> {
  const entries = readingOrder(await listEntries(bytes));
  const parts: Buffer[] = [];
  if (!entries.some((entry) => entry.name === SHARED_STRINGS)) parts.push(...madeEntry(SHARED_STRINGS, EMPTY_SHARED_STRINGS));
  for (const entry of entries) parts.push(...entryBytes(bytes, entry));
  // The reader stops at the end-of-directory record; its counts and offsets are never read.
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY_SIGNATURE, 0);
  parts.push(end);
  // A byte stream, not one of objects, and no empty chunks: the reader's zip parser stalls on an empty write.
  return Readable.from(
    parts.filter((part) => part.length > 0),
    { objectMode: false },
  );
}
