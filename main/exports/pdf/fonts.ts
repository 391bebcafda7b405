/**
 * The one typeface every PDF the app makes is set in: Liberation Sans (SIL OFL, shipped in
 * assets/fonts), embedded through fontkit. pdf-lib's standard fonts cover only Windows-1252 and
 * throw on names such as "Łukasz"; an embedded TrueType font prints whatever it has glyphs for,
 * and printable-text.ts replaces the rest before anything is drawn.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

export interface PdfFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  /** The code points both faces have a glyph for: anything else is printed as "?". */
  readonly covers: ReadonlySet<number>;
}

export type FontFace = 'regular' | 'bold';

const FONT_FILES: Readonly<Record<FontFace, string>> = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
};

/**
 * Where the font files are, and the only place that knows. Run from source (tests, the command
 * line, the preview) this module is main/exports/pdf/fonts.ts and the fonts are in assets/fonts;
 * in the app it is bundled into out/main/main.js and scripts/build-electron.mjs copies the fonts
 * to out/assets/fonts, which electron-builder packs with the rest of out/.
 */
const FONT_FOLDERS = ['../../../assets/fonts/', '../assets/fonts/'] as const;

export function fontFileUrl(face: FontFace): URL {
  const candidates = FONT_FOLDERS.map((folder) => new URL(`${folder}${FONT_FILES[face]}`, import.meta.url));
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!;
}

// The files never change while the app runs; read each once, whichever PDF asks first.
const fontBytes = new Map<FontFace, Promise<Uint8Array>>();

export function readFontBytes(face: FontFace): Promise<Uint8Array> {
  let bytes = fontBytes.get(face);
  if (bytes === undefined) {
    bytes = readFile(fontFileUrl(face)).then((buffer) => new Uint8Array(buffer));
    // A failed read is not cached, so a missing file is reported again rather than remembered.
    bytes.catch(() => fontBytes.delete(face));
    fontBytes.set(face, bytes);
  }
  return bytes;
}

// Subsetting keeps a letter to tens of kilobytes rather than the full 400 KB per face.
// Ligatures are off so each character is one glyph: the width the wrapper measures is the width
// drawn, and text copied or extracted from the PDF reads back letter for letter.
const EMBED_OPTIONS = { subset: true, features: { liga: false, clig: false, dlig: false } };

export async function embedPdfFonts(doc: PDFDocument): Promise<PdfFonts> {
  doc.registerFontkit(fontkit);
  const [regularBytes, boldBytes] = await Promise.all([readFontBytes('regular'), readFontBytes('bold')]);
  const regular = await doc.embedFont(regularBytes, EMBED_OPTIONS);
  const bold = await doc.embedFont(boldBytes, EMBED_OPTIONS);
  const boldSet = new Set(bold.getCharacterSet());
  const covers = new Set(regular.getCharacterSet().filter((codePoint) => boldSet.has(codePoint)));
  return { regular, bold, covers };
}
