/**
 * The Word package guard and part reader: the first thing that sees a draft's bytes. It refuses a
 * file that is not a .docx (naming what it seems to be), is password-protected or an old .doc, is
 * over 50 MB, or whose zip declares or inflates past 200 MB or at a ratio no real document has;
 * then it inflates only the parts the reader needs, counting real bytes against the same budget.
 *
 * The package's own properties (docProps/core.xml: author, "last modified by", title; app.xml;
 * custom.xml) are never inflated, let alone parsed: they often carry a name, and nothing in them
 * belongs in a report. `readPart` refuses any name outside word/ to keep that true.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { oleStreamNames } from '../../evidence/chronology/guard-ole-directory.ts';
import { MAX_ZIP_ENTRIES, RATIO_FLOOR_BYTES } from '../../evidence/chronology/guard-zip.ts';
import { OLE_MAGIC, recognisedType, startsWith, ZIP_MAGIC } from '../../evidence/chronology/guard-sniff.ts';
import { megabytes, wholeMegabytes } from '../../evidence/chronology/guard-refusal.ts';
import { refuseDamaged, refuseDraft, SAVE_AGAIN } from './read-docx-refusal.ts';

export const DOCX_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  maxInflatedBytes: 200 * 1024 * 1024,
  /** Text-heavy XML compresses 10 to 30 times; a ratio over 100 on a large part is a zip bomb. */
  maxCompressionRatio: 100,
  /**
   * One XML part the reader parses. Word writes about 20 KB of XML a page, so a 1,000-page report
   * is well under this; the parsed tree takes some 25 times the XML's size in memory, and the
   * main process must stay well under 1 GB.
   */
  maxPartBytes: 32 * 1024 * 1024,
} as const;

export const MAIN_DOCUMENT_PART = 'word/document.xml';

/** Only parts under word/ are ever read: never docProps/, customXml/ or anything else. */
const READABLE_PARTS = /^word\/[^/]+(?:\/[^/]+)?$/;
const isReadablePart = (name: string): boolean => READABLE_PARTS.test(name) && !name.split('/').includes('..');

const STORED = 0;
const DEFLATED = 8;
/** The first four bytes of an OLE compound file: what Word writes for a password-protected document, and for a legacy .doc. */
const OLE_SIGNATURE = OLE_MAGIC.subarray(0, 4);

/** Parts that say what a zip that is not a .docx is instead. */
const OTHER_PACKAGES: readonly (readonly [string, string])[] = [
  ['xl/workbook.xml', 'an Excel workbook'],
  ['ppt/presentation.xml', 'a PowerPoint presentation'],
  ['content.xml', 'an OpenDocument file (such as .odt)'],
];

const tooLarge = (): never =>
  refuseDraft(`The draft would expand to more than ${wholeMegabytes(DOCX_LIMITS.maxInflatedBytes)} when opened, far more than a report needs, so it was not opened. Take out large pictures and other embedded content, save it and import it again.`);

const tooCompressed = (): never =>
  refuseDraft(`The draft is compressed far more than a real Word document can be (part of it would expand to over ${DOCX_LIMITS.maxCompressionRatio} times its stored size), so it was not opened. ${SAVE_AGAIN}`);

const passwordProtected = (): never => refuseDraft('Password-protected Word files cannot be read; remove the password and try again.');

function refuseOle(bytes: Buffer): never {
  const streams = oleStreamNames(bytes);
  // A legacy .doc has a WordDocument stream and is not encrypted as a whole; anything else that starts like this is treated as protected.
  if (streams !== null && streams.has('WordDocument') && !streams.has('EncryptedPackage')) {
    refuseDraft('The draft is an old-style Word 97–2003 (.doc) file. Open it in Word, save it as a Word Document (.docx) and import it again.');
  }
  return passwordProtected();
}

async function refuseNotZip(bytes: Buffer): Promise<never> {
  const looksLike = await recognisedType(bytes);
  return refuseDraft(`The draft is not a Word document (.docx)${looksLike === null ? '' : `: it looks like ${looksLike}`}. Save it from Word as a Word Document (.docx) and import it again.`);
}

/** The whole-file checks: size, then what the first bytes say the file is. */
async function checkBytes(bytes: Buffer): Promise<void> {
  if (bytes.length === 0) refuseDraft('The draft is empty. Choose the Word document again.');
  if (bytes.length > DOCX_LIMITS.maxFileBytes) {
    refuseDraft(
      `The draft is ${megabytes(bytes.length)}, which is over the ${wholeMegabytes(DOCX_LIMITS.maxFileBytes)} limit for a report. Take out large pictures and other embedded content, save it and import it again.`,
    );
  }
  if (startsWith(bytes, OLE_SIGNATURE)) refuseOle(bytes);
  if (!startsWith(bytes, ZIP_MAGIC)) await refuseNotZip(bytes);
}

/** What the central directory declares, before a byte is inflated. */
function checkDeclared(entries: readonly Entry[]): void {
  let inflated = 0;
  let compressed = 0;
  const names = new Set<string>();
  for (const entry of entries) {
    if (entry.isEncrypted()) passwordProtected();
    if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) refuseDamaged();
    // Two entries of one name are read differently by different readers: refuse the ambiguity.
    if (names.has(entry.fileName)) refuseDamaged();
    names.add(entry.fileName);
    inflated += entry.uncompressedSize;
    compressed += entry.compressedSize;
    if (inflated > DOCX_LIMITS.maxInflatedBytes) tooLarge();
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && entry.uncompressedSize > DOCX_LIMITS.maxCompressionRatio * entry.compressedSize) tooCompressed();
  }
  if (inflated > RATIO_FLOOR_BYTES && inflated > DOCX_LIMITS.maxCompressionRatio * compressed) tooCompressed();
}

function checkIsWordDocument(names: ReadonlySet<string>): void {
  if (names.has(MAIN_DOCUMENT_PART)) return;
  const other = OTHER_PACKAGES.find(([part]) => names.has(part));
  refuseDraft(`The draft is not a Word document (.docx): it looks like ${other === undefined ? 'a zip archive' : other[1]}. Save it from Word as a Word Document (.docx) and import it again.`);
}

function decodeXml(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

class OverBudget extends Error {}

/** An opened .docx whose directory passed the checks; parts are inflated on request, within one budget. */
export class DocxPackage {
  private inflated = 0;

  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: ReadonlyMap<string, Entry>,
  ) {}

  /** Refuses (AppError FILE_REFUSED) anything that is not a safe .docx; the caller must close() what it returns. */
  static async open(input: Uint8Array): Promise<DocxPackage> {
    const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    await checkBytes(bytes);
    let zip: ZipFile;
    try {
      zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true, strictFileNames: false });
    } catch {
      return refuseDamaged();
    }
    try {
      if (zip.entryCount > MAX_ZIP_ENTRIES) refuseDamaged();
      const entries: Entry[] = [];
      try {
        for await (const entry of zip.eachEntry()) entries.push(entry);
      } catch {
        refuseDamaged();
      }
      checkDeclared(entries);
      const byName = new Map(entries.map((entry) => [entry.fileName, entry] as const));
      checkIsWordDocument(new Set(byName.keys()));
      return new DocxPackage(zip, byName);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The names of the parts under word/ (the only ones this reader may open). */
  wordPartNames(): string[] {
    return [...this.entries.keys()].filter(isReadablePart);
  }

  /** One part as text, or undefined when the package has no such part. Never reads outside word/. */
  async readPart(name: string): Promise<string | undefined> {
    if (!isReadablePart(name)) throw new Error(`The Word reader never opens ${name}: only parts under word/ are read.`);
    const entry = this.entries.get(name);
    if (entry === undefined) return undefined;
    if (entry.uncompressedSize > DOCX_LIMITS.maxPartBytes) tooLarge();
    const chunks: Buffer[] = [];
    let count = 0;
    try {
      const stream = await this.zip.openReadStreamPromise(entry);
      for await (const chunk of stream) {
        const buffer = chunk as Buffer;
        count += buffer.length;
        if (count > DOCX_LIMITS.maxPartBytes || this.inflated + count > DOCX_LIMITS.maxInflatedBytes) throw new OverBudget();
        chunks.push(buffer);
      }
    } catch (error) {
      if (error instanceof OverBudget) tooLarge();
      // yauzl's AssertByteCountStream: the entry inflated past (or short of) its declared size.
      if (error instanceof Error && /too many bytes in the stream/.test(error.message)) tooCompressed();
      refuseDamaged();
    }
    this.inflated += count;
    return decodeXml(Buffer.concat(chunks, count));
  }

  close(): void {
    this.zip.close();
  }
}
