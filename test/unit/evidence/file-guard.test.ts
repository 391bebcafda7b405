/**
 * The returned-file guard, fed every kind of file an agency might send back, each built here: a
 * genuine 20,000-row workbook, a CSV under both names, zip bombs (honest, ratio-only, and lying
 * about their sizes), zips laid out to hide an entry from one reader, a Word file renamed .xlsx,
 * PDF, PNG and random bytes, password-protected and legacy OLE files, and an oversized file.
 * The bombs' times are printed for the record, never asserted.
 */
import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import zlib from 'node:zlib';
import CFB from 'cfb';
import { readChronology } from '../../../main/evidence/chronology/read-chronology.ts';
import ExcelJS from 'exceljs';
import { fakerEN_GB as faker } from '@faker-js/faker';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { CHRONOLOGY_FIELDS, CHRONOLOGY_LIMITS, TEMPLATE_HEADERS } from '../../../shared/evidence/chronology.ts';
import { checkReturnedFile, checkReturnedFileSize } from '../../../main/evidence/chronology/file-guard.ts';

const MB = 1024 * 1024;
const ASK_FOR_XLSX = 'Ask the agency to send the chronology as an Excel Workbook (.xlsx).';

async function refusal(fileName: string, bytes: Buffer): Promise<AppError> {
  const started = performance.now();
  try {
    const kind = await checkReturnedFile({ fileName, bytes });
    throw new Error(`${fileName} was accepted as ${kind}, but should have been refused.`);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.info(`${fileName}: refused in ${(performance.now() - started).toFixed(0)} ms (${(bytes.length / MB).toFixed(2)} MB on disk)`);
    expect(error.code).toBe('FILE_REFUSED');
    return error;
  }
}

// ---- A hand-written zip, so that sizes, flags and layout can be made to lie. ----

interface RawEntry {
  readonly name: string;
  /** The bytes as stored in the zip (already deflated when method is 8). */
  readonly data: Buffer;
  readonly method: 0 | 8;
  /** What the headers declare the entry inflates to. */
  readonly uncompressedSize: number;
  readonly crc: number;
  readonly flags?: number;
  /** Local-header sizes, where they should differ from the central directory's. */
  readonly localSizes?: { readonly compressed: number; readonly uncompressed: number };
  /** Bytes written after this entry's data that the central directory does not list. */
  readonly hiddenAfter?: Buffer;
}

const UTF8_NAMES = 0x0800;

function deflated(name: string, content: Buffer | string): RawEntry {
  const bytes = Buffer.from(content);
  return { name, data: zlib.deflateRawSync(bytes), method: 8, uncompressedSize: bytes.length, crc: zlib.crc32(bytes) };
}

function stored(name: string, content: Buffer | string): RawEntry {
  const bytes = Buffer.from(content);
  return { name, data: bytes, method: 0, uncompressedSize: bytes.length, crc: zlib.crc32(bytes) };
}

function localHeader(entry: RawEntry): Buffer {
  const name = Buffer.from(entry.name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(entry.flags ?? UTF8_NAMES, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(0x21, 12); // 1 January 1980
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.localSizes?.compressed ?? entry.data.length, 18);
  header.writeUInt32LE(entry.localSizes?.uncompressed ?? entry.uncompressedSize, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function centralHeader(entry: RawEntry, offset: number): Buffer {
  const name = Buffer.from(entry.name);
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(entry.flags ?? UTF8_NAMES, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(0x21, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.data.length, 20);
  header.writeUInt32LE(entry.uncompressedSize, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

function buildZip(entries: readonly RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    central.push(centralHeader(entry, offset));
    for (const part of [localHeader(entry), entry.data, entry.hiddenAfter ?? Buffer.alloc(0)]) {
      parts.push(part);
      offset += part.length;
    }
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** The parts every .xlsx has; the guard checks they are there, not what they say. */
const WORKBOOK_PARTS = [
  deflated('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
  deflated('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
];

/**
 * `megabytes` MB of zeros, deflated. A full flush after each megabyte makes every megabyte's
 * output the same 1 KB or so, so the bomb is built by repetition in milliseconds rather than by
 * deflating gigabytes.
 */
function deflatedZeros(megabytes: number): Buffer {
  const oneMegabyte = zlib.deflateRawSync(Buffer.alloc(MB), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const lastEmptyBlock = Buffer.from([0x03, 0x00]);
  return Buffer.concat([...Array.from({ length: megabytes }, () => oneMegabyte), lastEmptyBlock]);
}

function bombEntry(megabytes: number, declaredSize: number): RawEntry {
  return { name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(megabytes), method: 8, uncompressedSize: declaredSize, crc: 0 };
}

// ---- Other files agencies send. ----

function oleFile(streams: Readonly<Record<string, Buffer>>): Buffer {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, name, content);
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

function pngFile(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The same "random" bytes every run: SHA-256 in counter mode. */
function pseudoRandomBytes(length: number): Buffer {
  const blocks: Buffer[] = [];
  for (let counter = 0; blocks.length * 32 < length; counter += 1) blocks.push(createHash('sha256').update(`file-guard ${counter}`).digest());
  return Buffer.concat(blocks).subarray(0, length);
}

const CSV_TEXT = [
  CHRONOLOGY_FIELDS.map((field) => TEMPLATE_HEADERS[field]).join(','),
  '03/02/2025,14:30,Education,Class teacher,"Łukasz said he had not eaten since Friday, and was given breakfast",Hunger,Breakfast club,Ate,Told social worker,None,Yes,No,No,Yes,No,No',
  '04/02/2025,,Health,School nurse,Zoë and Siân seen together,,,,,,No,No,No,No,No,No',
].join('\r\n');

/** A genuine chronology of `rows` rows, written with exceljs's streaming writer (the non-streaming one takes six times as long). */
async function genuineWorkbook(rows: number): Promise<Buffer> {
  faker.seed(20_250_203);
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Chronology');
  sheet.addRow(CHRONOLOGY_FIELDS.map((field) => TEMPLATE_HEADERS[field])).commit();
  for (let index = 0; index < rows; index += 1) {
    const sentence = (words: number) => faker.lorem.sentence(words);
    sheet
      .addRow([new Date(Date.UTC(2024, 0, 1 + (index % 700))), '09:30', 'Greater Manchester Police', faker.person.fullName(), sentence(12), sentence(6), sentence(6), sentence(5), sentence(5), sentence(5), 'Yes', 'No', 'No', 'Yes', 'No', 'Yes'])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

describe('the returned-file guard', () => {
  let genuine: Buffer;

  beforeAll(async () => {
    genuine = await genuineWorkbook(20_000);
  }, 120_000);

  describe('accepts', () => {
    it('a genuine 20,000-row workbook written with exceljs, of a similar size to the bombs below', async () => {
      const started = performance.now();
      expect(await checkReturnedFile({ fileName: 'Police chronology.xlsx', bytes: genuine })).toBe('xlsx');
      console.info(`genuine 20,000-row workbook (${(genuine.length / MB).toFixed(2)} MB): passed the guard in ${(performance.now() - started).toFixed(0)} ms`);
      expect(genuine.length).toBeGreaterThan(2 * MB);
      // And it still imports: every row read, in order, with nothing to report.
      const read = await readChronology({ fileName: 'Police chronology.xlsx', bytes: genuine });
      expect(read.problems).toEqual([]);
      expect(read.rows).toHaveLength(20_000);
      expect(read.rows[19_999]).toMatchObject({ row: 20_001, agency: 'Greater Manchester Police', time: '09:30', tests: { changedAssessment: true, partOfPattern: false, learningPoint: true } });
    }, 60_000);

    it('a small workbook written by exceljs’s ordinary (non-streaming) writer', async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Chronology').addRows([
        ['Date', 'Event'],
        [new Date(Date.UTC(2025, 1, 3)), 'Siân visited the GP'],
      ]);
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      expect(await checkReturnedFile({ fileName: 'chronology.xlsx', bytes })).toBe('xlsx');
    });

    it('a hand-built zip with sizes in its local headers (no data descriptors), stored and deflated', async () => {
      const bytes = buildZip([...WORKBOOK_PARTS, stored('xl/sharedStrings.xml', '<sst/>')]);
      expect(await checkReturnedFile({ fileName: 'chronology.XLSX', bytes })).toBe('xlsx');
    });

    it('a small part compressed over 100 to 1: the ratio applies only to parts that expand past 1 MB', async () => {
      const spaces = deflated('xl/worksheets/sheet1.xml', Buffer.alloc(512 * 1024, 0x20));
      expect(spaces.uncompressedSize / spaces.data.length).toBeGreaterThan(100);
      expect(await checkReturnedFile({ fileName: 'sparse.xlsx', bytes: buildZip([...WORKBOOK_PARTS, spaces]) })).toBe('xlsx');
    });

    it('a CSV export under a .csv name, with non-Latin-1 names in it', async () => {
      expect(await checkReturnedFile({ fileName: 'Education chronology.csv', bytes: Buffer.from(`\uFEFF${CSV_TEXT}`) })).toBe('csv');
    });
  });

  describe('refuses zips that would inflate too far, before anything is parsed', () => {
    /** Megabytes of zeros whose deflated size is about the genuine workbook's; under 4 GB so a 32-bit size can declare it. */
    const similarSize = () => Math.min(4000, Math.round(genuine.length / 1037));

    it('a zip bomb that declares its 4 GB honestly', async () => {
      const megabytes = similarSize();
      const bomb = buildZip([...WORKBOOK_PARTS, bombEntry(megabytes, megabytes * MB)]);
      expect(bomb.length / genuine.length).toBeGreaterThan(0.5);
      expect(bomb.length / genuine.length).toBeLessThan(2);
      const error = await refusal('bomb.xlsx', bomb);
      expect(error.message).toBe(
        'bomb.xlsx would expand to more than 500 MB when opened, far more than a chronology needs, so it was not opened. Ask the agency to check the file and send it again.',
      );
    });

    it('a zip whose one entry is under 500 MB but compressed over 100 to 1', async () => {
      const error = await refusal('ratio.xlsx', buildZip([...WORKBOOK_PARTS, bombEntry(50, 50 * MB)]));
      expect(error.message).toBe(
        'ratio.xlsx is compressed far more than a real workbook can be (part of it would expand to over 100 times its stored size), so it was not opened. Ask the agency to check the file and send it again.',
      );
    });

    it('a zip bomb whose directory lies, declaring a small size for gigabytes of zeros', async () => {
      const entry = bombEntry(similarSize(), 0);
      // Declares twice its stored size: no ratio or total would give it away.
      const error = await refusal('liar.xlsx', buildZip([...WORKBOOK_PARTS, { ...entry, uncompressedSize: entry.data.length * 2 }]));
      expect(error.message).toBe('liar.xlsx is damaged or unsafe: part of it expands to more than the file says it will, so it was not opened. Ask the agency to save the workbook again and send it.');
    });

    it('a zip whose entries are encrypted with a password', async () => {
      const sheet = deflated('xl/worksheets/sheet1.xml', '<worksheet/>');
      const error = await refusal('zipcrypto.xlsx', buildZip([...WORKBOOK_PARTS, { ...sheet, flags: UTF8_NAMES | 0x01 }]));
      expect(error.message).toBe('zipcrypto.xlsx is protected with a password. Ask the agency to remove the password and send it again.');
    });

    it('a zip with more entries than any workbook has', async () => {
      const many = Array.from({ length: 10_001 }, (_, index) => stored(`xl/media/image${index}.png`, ''));
      const error = await refusal('many.xlsx', buildZip([...WORKBOOK_PARTS, ...many]));
      expect(error.message).toBe(`many.xlsx holds 10,003 parts, more than the 10,000 any workbook needs, so it was not opened. ${ASK_FOR_XLSX}`);
    });
  });

  describe('refuses a zip laid out so that a streaming reader would see something else', () => {
    const DAMAGED = 'is damaged: it cannot be read as an Excel workbook (.xlsx). Ask the agency to save it again and send it.';

    it('an entry hidden between two listed entries (a forward-only reader would inflate it)', async () => {
      const hidden = localHeader(bombEntry(10, 10 * MB));
      const [types, workbook] = WORKBOOK_PARTS;
      const error = await refusal('hidden.xlsx', buildZip([{ ...types!, hiddenAfter: Buffer.concat([hidden, deflatedZeros(10)]) }, workbook!]));
      expect(error.message).toBe(`hidden.xlsx ${DAMAGED}`);
    });

    it('a local header whose sizes differ from the central directory’s', async () => {
      const sheet = deflated('xl/worksheets/sheet1.xml', '<worksheet/>');
      const error = await refusal('mismatch.xlsx', buildZip([...WORKBOOK_PARTS, { ...sheet, localSizes: { compressed: sheet.data.length, uncompressed: 500 * MB } }]));
      expect(error.message).toBe(`mismatch.xlsx ${DAMAGED}`);
    });

    it('a data-descriptor entry with the descriptor signature inside its data (a streaming reader would stop early and read on from inside it)', async () => {
      const inside = Buffer.concat([Buffer.from('<sst>'), Buffer.from([0x50, 0x4b, 0x07, 0x08]), Buffer.from('</sst>')]);
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      const entry = { ...stored('xl/sharedStrings.xml', inside), flags: UTF8_NAMES | 0x08, localSizes: { compressed: 0, uncompressed: 0 } };
      const error = await refusal('descriptor.xlsx', buildZip([...WORKBOOK_PARTS, { ...entry, hiddenAfter: descriptor }]));
      expect(error.message).toBe(`descriptor.xlsx ${DAMAGED}`);
    });
  });

  describe('refuses files that are not workbooks, saying what they look like', () => {
    it('a PDF renamed .xlsx', async () => {
      const pdf = await PDFDocument.create();
      pdf.addPage();
      const error = await refusal('chronology.xlsx', Buffer.from(await pdf.save()));
      expect(error.message).toBe(`chronology.xlsx is not an Excel workbook (.xlsx) or a CSV file: it looks like a PDF. ${ASK_FOR_XLSX}`);
    });

    it('a PNG image', async () => {
      const error = await refusal('screenshot.xlsx', pngFile());
      expect(error.message).toBe(`screenshot.xlsx is not an Excel workbook (.xlsx) or a CSV file: it looks like a PNG image. ${ASK_FOR_XLSX}`);
    });

    it('random bytes renamed .xlsx', async () => {
      const error = await refusal('random.xlsx', pseudoRandomBytes(64 * 1024));
      expect(error.message).toMatch(/^random\.xlsx is not an Excel workbook \(\.xlsx\) or a CSV file[.:]/);
      expect(error.message).toContain(ASK_FOR_XLSX);
    });

    it('a Word document (.docx) renamed .xlsx', async () => {
      const docx = buildZip([deflated('[Content_Types].xml', '<Types/>'), deflated('word/document.xml', '<w:document/>')]);
      const error = await refusal('chronology.xlsx', docx);
      expect(error.message).toBe(`chronology.xlsx is not an Excel workbook (.xlsx) or a CSV file: it looks like a Word document (.docx). ${ASK_FOR_XLSX}`);
    });

    it('an old Word 97–2003 document (.doc) renamed .xlsx', async () => {
      const error = await refusal('chronology.xlsx', oleFile({ WordDocument: Buffer.alloc(4096, 1) }));
      expect(error.message).toBe(`chronology.xlsx is not an Excel workbook (.xlsx) or a CSV file: it looks like a Word 97–2003 document (.doc). ${ASK_FOR_XLSX}`);
    });

    it('CSV text named .xlsx (a file named .xlsx must be a real workbook)', async () => {
      const error = await refusal('chronology.xlsx', Buffer.from(CSV_TEXT));
      expect(error.message).toBe(
        'chronology.xlsx is not an Excel workbook (.xlsx): it looks like plain text, perhaps a CSV file. If it is a CSV export of the chronology template, name it .csv and try again; otherwise ask the agency to send the chronology as an Excel Workbook (.xlsx).',
      );
    });

    it('an XML file named .csv', async () => {
      const error = await refusal('chronology.csv', Buffer.from('<?xml version="1.0" encoding="UTF-8"?><rows><row date="03/02/2025"/></rows>'));
      expect(error.message).toBe(`chronology.csv is named as a CSV file but is not one: it looks like an XML file. ${ASK_FOR_XLSX}`);
    });

    it('a workbook renamed .csv (a .csv must be text)', async () => {
      const error = await refusal('chronology.csv', genuine);
      expect(error.message).toBe(`chronology.csv is named as a CSV file but is not plain text: it looks like an Excel workbook or another zip file. ${ASK_FOR_XLSX}`);
    });
  });

  describe('refuses OLE files, each with its own message', () => {
    it('a password-protected workbook', async () => {
      const error = await refusal('protected.xlsx', oleFile({ EncryptionInfo: Buffer.alloc(256, 4), EncryptedPackage: Buffer.alloc(8192, 7) }));
      expect(error.message).toBe('protected.xlsx is protected with a password. Ask the agency to remove the password and send it again.');
    });

    it('a legacy Excel 97–2003 .xls', async () => {
      const error = await refusal('old.xls', oleFile({ Workbook: Buffer.alloc(8192, 9) }));
      expect(error.message).toBe('old.xls is an old-style Excel 97–2003 (.xls) file. Ask the agency to save it as an Excel Workbook (.xlsx).');
    });

    it('an older Excel 5 .xls, whose stream is called Book', async () => {
      const error = await refusal('older.xls', oleFile({ Book: Buffer.alloc(512, 9) }));
      expect(error.message).toContain('is an old-style Excel 97–2003 (.xls) file.');
    });

    it('a crafted OLE file whose directory chain loops on itself, as damaged (the directory is read without following it for ever)', async () => {
      const bytes = oleFile({ Workbook: Buffer.alloc(8192, 9) });
      const sectorSize = 1 << bytes.readUInt16LE(0x1e);
      const directorySector = bytes.readUInt32LE(0x30);
      const firstFatSector = bytes.readUInt32LE(0x4c);
      // The sector table's entry for the directory's sector now points back at that sector.
      bytes.writeUInt32LE(directorySector, (firstFatSector + 1) * sectorSize + directorySector * 4);
      const error = await refusal('looping.xlsx', bytes);
      expect(error.message).toMatch(/^looping\.xlsx is damaged: it starts like an older Microsoft Office file but cannot be read as one\./);
    });

    it('an OLE file cut short after its header, as damaged', async () => {
      const error = await refusal('cut.xlsx', oleFile({ EncryptionInfo: Buffer.alloc(256, 4), EncryptedPackage: Buffer.alloc(8192, 7) }).subarray(0, 600));
      expect(error.message).toMatch(/^cut\.xlsx is damaged/);
    });
  });

  describe('refuses by size alone', () => {
    it('a file of 50 MB and one byte, naming its size', async () => {
      const error = await refusal('huge.xlsx', Buffer.alloc(CHRONOLOGY_LIMITS.maxFileBytes + 1, 0x41));
      expect(error.message).toBe(
        'huge.xlsx is 50.1 MB, which is over the 50 MB limit for a returned chronology. Ask the agency to split it into smaller files, or to take out pictures and other embedded content, and send it again.',
      );
    });

    it('an empty file', async () => {
      const error = await refusal('empty.csv', Buffer.alloc(0));
      expect(error.message).toBe('empty.csv is empty. Ask the agency to send the completed chronology again.');
    });

    it('lets a file of exactly 50 MB past the size check', () => {
      expect(() => checkReturnedFileSize('limit.xlsx', CHRONOLOGY_LIMITS.maxFileBytes)).not.toThrow();
    });
  });
});
