/**
 * Measuring, wrapping and drawing text in the embedded font. Widths and glyph codes come from
 * per-character caches: pdf-lib's own drawText lays out every string with fontkit and adds a new
 * font entry to the page on every call, which made a 5,000-row chronology take minutes. With
 * ligatures off (fonts.ts) each character is one glyph, so a line's width is the sum of its
 * characters' and its encoding the concatenation of theirs. Lines drawn together (a table row)
 * share one text object, which keeps the page's content, and the time to write it, small.
 */
import {
  beginText,
  endText,
  PDFHexString,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type Color,
  type PDFFont,
  type PDFName,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import type { PdfFonts } from './fonts.ts';
import { printableText } from './printable-text.ts';

export const INK = rgb(0.1, 0.1, 0.1);

export interface TextStyle {
  readonly font: PDFFont;
  readonly size: number;
  readonly color?: Color;
}

const advanceCache = new WeakMap<PDFFont, Map<string, number>>();

/** The width of printable text at `size` points. */
export function textWidth(text: string, font: PDFFont, size: number): number {
  let advances = advanceCache.get(font);
  if (advances === undefined) {
    advances = new Map();
    advanceCache.set(font, advances);
  }
  let width = 0;
  for (const character of text) {
    let advance = advances.get(character);
    if (advance === undefined) {
      advance = font.widthOfTextAtSize(character, 1000) / 1000;
      advances.set(character, advance);
    }
    width += advance;
  }
  return width * size;
}

/** The distance from one baseline to the next. */
export function lineHeight(size: number): number {
  return size * 1.25;
}

/**
 * Text broken into lines no wider than `maxWidth`: at the writer's own line breaks, then between
 * words, and inside a word only when the word alone is too wide (a long email address or URL).
 * An empty text is one empty line, so a blank cell still has height.
 */
export function wrapText(text: string, fonts: PdfFonts, style: TextStyle, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|[\r\n\u2028\u2029]/)) {
    const printable = printableText(paragraph, fonts.covers).replace(/ +/g, ' ').trim();
    wrapParagraph(printable, style, maxWidth, lines);
  }
  return lines;
}

function wrapParagraph(paragraph: string, style: TextStyle, maxWidth: number, lines: string[]): void {
  const space = textWidth(' ', style.font, style.size);
  let line = '';
  let width = 0;
  for (const word of paragraph.split(' ')) {
    const wordWidth = textWidth(word, style.font, style.size);
    if (line !== '' && width + space + wordWidth <= maxWidth) {
      line += ` ${word}`;
      width += space + wordWidth;
      continue;
    }
    if (line !== '') lines.push(line);
    if (wordWidth <= maxWidth) {
      line = word;
      width = wordWidth;
      continue;
    }
    const pieces = breakWord(word, style, maxWidth);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1)!;
    width = textWidth(line, style.font, style.size);
  }
  lines.push(line);
}

function breakWord(word: string, style: TextStyle, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece !== '' && textWidth(piece + character, style.font, style.size) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += character;
  }
  pieces.push(piece);
  return pieces;
}

/** Printable text cut to fit `maxWidth`, ending "…" if anything was cut: for running heads and contents lines. */
export function fitText(text: string, fonts: PdfFonts, style: TextStyle, maxWidth: number): string {
  const printable = printableText(text, fonts.covers);
  if (textWidth(printable, style.font, style.size) <= maxWidth) return printable;
  const characters = [...printable];
  while (characters.length > 0 && textWidth(`${characters.join('')}…`, style.font, style.size) > maxWidth) characters.pop();
  return `${characters.join('').trimEnd()}…`;
}

export type Alignment = 'left' | 'centre' | 'right';

/**
 * One line drawn with its baseline at `y`. `x` is the left edge, the centre or the right edge
 * as `align` says. Returns the width drawn.
 */
export function drawTextLine(page: PDFPage, text: string, fonts: PdfFonts, style: TextStyle, x: number, y: number, align: Alignment = 'left'): number {
  const printable = printableText(text, fonts.covers);
  const width = textWidth(printable, style.font, style.size);
  const left = align === 'left' ? x : align === 'centre' ? x - width / 2 : x - width;
  drawTextRuns(page, fonts, [{ text: printable, style, x: left, y }]);
  return width;
}

/** A line of text placed with its left edge at `x` and its baseline at `y`. */
export interface TextRun {
  readonly text: string;
  readonly style: TextStyle;
  readonly x: number;
  readonly y: number;
}

/** Lines drawn in one text object: the font or colour is set only where it changes. */
export function drawTextRuns(page: PDFPage, fonts: PdfFonts, runs: readonly TextRun[]): void {
  const operators: PDFOperator[] = [pushGraphicsState(), beginText()];
  let font: PDFFont | undefined;
  let size: number | undefined;
  let color: Color | undefined;
  for (const run of runs) {
    const printable = printableText(run.text, fonts.covers);
    if (printable === '') continue;
    if (run.style.font !== font || run.style.size !== size) {
      font = run.style.font;
      size = run.style.size;
      operators.push(setFontAndSize(fontKey(page, font), size));
    }
    const runColor = run.style.color ?? INK;
    if (runColor !== color) {
      color = runColor;
      operators.push(setFillingColor(color));
    }
    operators.push(setTextMatrix(1, 0, 0, 1, round(run.x), round(run.y)), showText(encodeText(printable, font)));
  }
  if (operators.length === 2) return;
  operators.push(endText(), popGraphicsState());
  page.pushOperators(...operators);
}

/** Coordinates to a hundredth of a point: finer is invisible, and every digit is written out in the page. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const glyphCodeCache = new WeakMap<PDFFont, Map<string, string>>();

/**
 * The text's glyph codes in hex, as a content stream writes them. Encoding one character at a
 * time also tells the subsetting embedder which glyphs to keep; each character is encoded once per font.
 */
export function glyphHex(text: string, font: PDFFont): string {
  let codes = glyphCodeCache.get(font);
  if (codes === undefined) {
    codes = new Map();
    glyphCodeCache.set(font, codes);
  }
  let hex = '';
  for (const character of text) {
    let code = codes.get(character);
    if (code === undefined) {
      code = font.encodeText(character).asString();
      codes.set(character, code);
    }
    hex += code;
  }
  return hex;
}

function encodeText(text: string, font: PDFFont): PDFHexString {
  return PDFHexString.of(glyphHex(text, font));
}

const pageFontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

/** The name the page's resources give the font: added once per page and font, not once per line. */
function fontKey(page: PDFPage, font: PDFFont): PDFName {
  let keys = pageFontKeys.get(page);
  if (keys === undefined) {
    keys = new Map();
    pageFontKeys.set(page, keys);
  }
  let key = keys.get(font);
  if (key === undefined) {
    key = page.node.newFontDictionary(font.name, font.ref);
    keys.set(font, key);
  }
  return key;
}
