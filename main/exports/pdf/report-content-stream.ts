/**
 * A page's content written as PDF operators in one string and compressed with Node's zlib.
 * pdf-lib builds an object for every operator and operand and compresses each page with pako,
 * a deflate written in JavaScript; for a 200-page report that was most of the time to write the
 * file. Here a page's text, shading and rules become one stream, compressed natively, which is
 * what lets the publication copy of a long report be written in a few seconds.
 *
 * Text is encoded glyph by glyph through the font (cached per character, as pdf-text.ts does),
 * which also tells pdf-lib's subsetting embedder which glyphs the file needs.
 */
import { deflateSync } from 'node:zlib';
import { ColorTypes, PDFHexString, PDFRawStream, type Color, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { glyphHex } from './pdf-text.ts';

export interface ContentRun {
  /** Printable in `font` (wrapText's or fitText's output). */
  readonly text: string;
  readonly font: PDFFont;
  readonly size: number;
  readonly color: Color;
  readonly x: number;
  readonly y: number;
  /** Turned anticlockwise by this many radians about (x, y). */
  readonly angle?: number;
}

export interface ContentLine {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A number as a PDF operand: to a hundredth of a point, never in exponent form. */
function num(value: number): string {
  return value.toFixed(2).replace(/\.?0+$/, '');
}

function colour(color: Color, stroking: boolean): string {
  switch (color.type) {
    case ColorTypes.RGB:
      return `${num(color.red)} ${num(color.green)} ${num(color.blue)} ${stroking ? 'RG' : 'rg'}`;
    case ColorTypes.Grayscale:
      return `${num(color.gray)} ${stroking ? 'G' : 'g'}`;
    case ColorTypes.CMYK:
      return `${num(color.cyan)} ${num(color.magenta)} ${num(color.yellow)} ${num(color.key)} ${stroking ? 'K' : 'k'}`;
  }
}

export class PageContent {
  readonly #doc: PDFDocument;
  readonly #page: PDFPage;
  readonly #parts: string[] = [];
  readonly #fontNames = new Map<PDFFont, string>();

  constructor(doc: PDFDocument, page: PDFPage) {
    this.#doc = doc;
    this.#page = page;
  }

  fillRectangle(x: number, y: number, width: number, height: number, color: Color): void {
    this.#parts.push(`q ${colour(color, false)} ${num(x)} ${num(y)} ${num(width)} ${num(height)} re f Q\n`);
  }

  strokeLines(lines: readonly ContentLine[], color: Color, width: number): void {
    if (lines.length === 0) return;
    const path = lines.map((line) => `${num(line.x1)} ${num(line.y1)} m ${num(line.x2)} ${num(line.y2)} l`).join('\n');
    this.#parts.push(`q ${colour(color, true)} ${num(width)} w\n${path}\nS Q\n`);
  }

  /**
   * Lines of text in one text object: the font and colour are set only where they change.
   * `actualText` is what a reader's copy or extraction should give for the whole (PDF's
   * ActualText): text set at an angle otherwise extracts letter by letter, out of order.
   */
  text(runs: readonly ContentRun[], actualText?: string): void {
    const out: string[] = ['BT\n'];
    let font: PDFFont | undefined;
    let size: number | undefined;
    let color: Color | undefined;
    for (const run of runs) {
      if (run.text === '') continue;
      if (run.font !== font || run.size !== size) {
        font = run.font;
        size = run.size;
        out.push(`${this.#fontName(font)} ${num(size)} Tf\n`);
      }
      if (run.color !== color) {
        color = run.color;
        out.push(`${colour(color, false)}\n`);
      }
      const [cos, sin] = run.angle === undefined ? [1, 0] : [Math.cos(run.angle), Math.sin(run.angle)];
      // The text matrix's rotation needs more than a hundredth's precision to keep long words straight.
      const matrix = run.angle === undefined ? '1 0 0 1' : `${cos.toFixed(5)} ${sin.toFixed(5)} ${(-sin).toFixed(5)} ${cos.toFixed(5)}`;
      out.push(`${matrix} ${num(run.x)} ${num(run.y)} Tm <${glyphHex(run.text, run.font)}> Tj\n`);
    }
    if (out.length === 1) return;
    out.push('ET\n');
    this.#parts.push(actualText === undefined ? out.join('') : `/Span << /ActualText ${PDFHexString.fromText(actualText).toString()} >> BDC\n${out.join('')}EMC\n`);
  }

  /** Adds what was drawn to the page as one compressed stream, after anything already there. */
  write(): void {
    if (this.#parts.length === 0) return;
    // Operators, names and hex strings are all ASCII.
    const compressed = deflateSync(Buffer.from(this.#parts.join(''), 'latin1'));
    const stream = PDFRawStream.of(this.#doc.context.obj({ Filter: 'FlateDecode', Length: compressed.length }), compressed);
    this.#page.node.addContentStream(this.#doc.context.register(stream));
    this.#parts.length = 0;
  }

  #fontName(font: PDFFont): string {
    let name = this.#fontNames.get(font);
    if (name === undefined) {
      name = this.#page.node.newFontDictionary(font.name, font.ref).toString();
      this.#fontNames.set(font, name);
    }
    return name;
  }
}
