/**
 * Word drafts for the reader's tests, built here: with the `docx` library where it can say what
 * the test needs, and as hand-written WordprocessingML in a hand-built zip where the test needs
 * markup `docx` does not write (localised style ids, formatting changes, content controls, text
 * boxes, another namespace prefix) or a package that lies about itself.
 */
import zlib from 'node:zlib';
import { Packer, type Document } from 'docx';
import { expect } from 'vitest';
import { AppError } from '../../../../shared/errors.ts';
import type { ReportContent, ReportSectionKey } from '../../../../shared/reports/report-document.ts';

/** A name that sits in the file's own properties and comments, and must reach nothing. */
export const AUTHOR_NAME = 'Zebedee Quintrell';

export async function packed(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}

// ---- A hand-built zip. ----

export interface RawEntry {
  readonly name: string;
  /** The bytes as stored (already deflated when method is 8). */
  readonly data: Buffer;
  readonly method: 0 | 8;
  /** What the headers declare the entry inflates to. */
  readonly uncompressedSize: number;
  readonly crc: number;
  readonly flags?: number;
}

const UTF8_NAMES = 0x0800;
export const ENCRYPTED_FLAG = 0x0001;

export function deflated(name: string, content: Buffer | string): RawEntry {
  const bytes = Buffer.from(content);
  return { name, data: zlib.deflateRawSync(bytes), method: 8, uncompressedSize: bytes.length, crc: zlib.crc32(bytes) };
}

export function buildZip(entries: readonly RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags ?? UTF8_NAMES, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
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
    central.push(Buffer.concat([header, name]));
    for (const part of [local, name, entry.data]) {
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

/** `megabytes` MB of zeros, deflated by repeating one flushed megabyte, so a bomb is built in milliseconds. */
export function deflatedZeros(megabytes: number): Buffer {
  const oneMegabyte = zlib.deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: megabytes }, () => oneMegabyte), Buffer.from([0x03, 0x00])]);
}

// ---- Hand-written WordprocessingML. ----

export const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NAMESPACES = `xmlns:w="${W_NAMESPACE}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run of text. */
export const run = (text: string, properties = '') => `<w:r>${properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
/** A paragraph of runs (or any inline markup), with optional paragraph properties. */
export const para = (content: string, properties = '') => `<w:p>${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}${content}</w:p>`;
export const styled = (styleId: string, text: string) => para(run(text), `<w:pStyle w:val="${styleId}"/>`);
export const plain = (text: string) => para(run(text));

export interface RawDocxParts {
  /** The inside of w:body. */
  readonly body: string;
  /** The inside of w:styles. */
  readonly styles?: string;
  /** The inside of w:numbering. */
  readonly numbering?: string;
  /** The inside of w:hdr, for one header. */
  readonly header?: string;
  /** Replaces the whole of word/document.xml. */
  readonly documentXml?: string;
  /** Replaces the whole of docProps/core.xml. */
  readonly coreXml?: string;
}

/** A .docx from hand-written parts, with the author's name in its core properties. */
export function rawDocx(parts: RawDocxParts): Buffer {
  const relationships = [
    parts.styles === undefined ? '' : `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>`,
    parts.numbering === undefined ? '' : `<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>`,
    parts.header === undefined ? '' : `<Relationship Id="rId3" Type="${REL}/header" Target="header1.xml"/>`,
  ].join('');
  const entries = [
    deflated('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    deflated('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`),
    deflated(
      'docProps/core.xml',
      parts.coreXml ??
        `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${AUTHOR_NAME}</dc:creator><dc:title>${AUTHOR_NAME}’s draft</dc:title></cp:coreProperties>`,
    ),
    deflated('word/document.xml', parts.documentXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${parts.body}<w:sectPr/></w:body></w:document>`),
    deflated('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`),
  ];
  if (parts.styles !== undefined) entries.push(deflated('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${NAMESPACES}>${parts.styles}</w:styles>`));
  if (parts.numbering !== undefined) entries.push(deflated('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${NAMESPACES}>${parts.numbering}</w:numbering>`));
  if (parts.header !== undefined) entries.push(deflated('word/header1.xml', `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${NAMESPACES}>${parts.header}</w:hdr>`));
  return buildZip(entries);
}

// ---- Reading results. ----

export function blocksOf(content: ReportContent, key: ReportSectionKey) {
  return content.sections.find((section) => section.key === key)!.blocks;
}

/** The refusal a promise ends in; fails the test if it resolves or throws anything but FILE_REFUSED. */
export async function refusalOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FILE_REFUSED');
    return error as AppError;
  }
  throw new Error('The draft was read, but should have been refused.');
}
