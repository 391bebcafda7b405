/**
 * What poppler's tools see in a PDF the app made: its text (all of it or one page), its fonts
 * and its properties. Each runs on the bytes written to a temporary file, as a reader's viewer
 * would open them. Needs poppler-utils (pdftotext, pdffonts, pdfinfo, pdfimages, pdftoppm) on the PATH.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function withPdfFile<T>(bytes: Uint8Array, run: (file: string) => T): T {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-pdf-'));
  const file = path.join(folder, 'document.pdf');
  try {
    fs.writeFileSync(file, bytes);
    return run(file);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function run(tool: string, args: readonly string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** The text pdftotext extracts, in reading order (-layout off); one page when `page` (1-based) is given. */
export function pdfText(bytes: Uint8Array, page?: number): string {
  return withPdfFile(bytes, (file) => run('pdftotext', [...(page === undefined ? [] : ['-f', String(page), '-l', String(page)]), '-enc', 'UTF-8', file, '-']));
}

/** One page's text with pdftotext -layout: each printed line stays one line, as for reading a contents page. */
export function pdfLayoutText(bytes: Uint8Array, page: number): string {
  return withPdfFile(bytes, (file) => run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-']));
}

/** Each page's text, in page order: one pdftotext run, split at its form feeds. */
export function pdfPageTexts(bytes: Uint8Array): string[] {
  const pages = pdfText(bytes).split('\f');
  // pdftotext ends the last page with a form feed too.
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export interface PdfFontRow {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
}

/** The fonts pdffonts lists: name, type and whether the font is embedded. */
export function pdfFonts(bytes: Uint8Array): PdfFontRow[] {
  const out = withPdfFile(bytes, (file) => run('pdffonts', [file]));
  // Columns: name, type (may hold spaces), encoding, emb, sub, uni, object number, generation.
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!match) throw new Error(`pdffonts printed a line this helper cannot read: ${line}`);
      return { name: match[1]!, type: match[2]!, embedded: match[4] === 'yes' };
    });
}

/** The document's properties as pdfinfo prints them ("Title", "Author", "Pages", …). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withPdfFile(bytes, (file) => run('pdfinfo', ['-enc', 'UTF-8', file]));
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!.trim()] = match[2]!.trim();
  }
  return info;
}

export interface PdfImageRow {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  /** "image" for a PNG's pixels, "jpeg" for a JPEG kept as it came. */
  readonly encoding: string;
  /** Pixels per inch as placed on the page: equal when the image keeps its shape. */
  readonly xPpi: number;
  readonly yPpi: number;
}

/** The images pdfimages -list finds, with the size each is drawn at. */
export function pdfImages(bytes: Uint8Array): PdfImageRow[] {
  const out = withPdfFile(bytes, (file) => run('pdfimages', ['-list', file]));
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      return { page: Number(cells[0]), width: Number(cells[3]), height: Number(cells[4]), encoding: cells[8]!, xPpi: Number(cells[12]), yPpi: Number(cells[13]) };
    });
}

/** The first page drawn as a small JPEG by pdftoppm: a real JPEG for a logo, made without an image library. */
export function firstPageAsJpeg(bytes: Uint8Array): Buffer {
  return withPdfFile(bytes, (file) => {
    run('pdftoppm', ['-jpeg', '-r', '20', '-f', '1', '-l', '1', '-singlefile', file, `${file}-page`]);
    return fs.readFileSync(`${file}-page.jpg`);
  });
}

/** Everything pdfinfo prints, including the XMP metadata stream if there is one. */
export function pdfInfoWithMetadata(bytes: Uint8Array): string {
  return withPdfFile(bytes, (file) => run('pdfinfo', ['-enc', 'UTF-8', '-meta', file]) + run('pdfinfo', ['-enc', 'UTF-8', file]));
}
