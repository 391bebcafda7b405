/**
 * Liberation Sans for reports, embedded as a subset under a tagged name. fonts.ts already
 * subsets, but pdf-lib names the font "LiberationSans-1234", and a reader's tools (pdffonts,
 * Acrobat's Fonts tab, a publishing team's preflight) recognise a subset only by the six-letter
 * tag the PDF specification gives it ("ABCDEF+LiberationSans", ISO 32000-1, 9.6.4). A
 * publication copy is checked for exactly that, so these fonts carry the tag.
 *
 * Layout measures text with one pair of fonts kept for the life of the process (the metric
 * fonts): the executive summary's page count is asked for on every view of the report, and
 * measuring with fonts already parsed, and widths already cached, keeps that quick. The widths
 * are the font file's, so they are the same whichever document the fonts were embedded in.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { readFontBytes, type FontFace, type PdfFonts } from './fonts.ts';

/**
 * Fixed tags rather than random ones: each file holds one subset of each face, so the tags only
 * need to tell the two apart, and fixed tags keep the same document's bytes the same each time
 * (nothing in a publication copy should vary without a reason).
 */
export const SUBSET_FONT_NAMES: Readonly<Record<FontFace, string>> = {
  regular: 'PRMREG+LiberationSans',
  bold: 'PRMBLD+LiberationSans-Bold',
};

// As fonts.ts: ligatures off, so each character is one glyph and the width measured is the width drawn.
const FEATURES = { liga: false, clig: false, dlig: false };

/**
 * fontkit, parsing each font file once for the life of the process. Parsing Liberation Sans's
 * tables was most of the time to write a short report; the parsed font is only read from (each
 * document makes its own subset of it), so one parse serves every document.
 */
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;

const parsedFonts = new WeakMap<Uint8Array, Font>();
const parsingOnce: Fontkit = {
  create(bytes: Uint8Array, postscriptName?: string): Font {
    if (postscriptName !== undefined) return fontkit.create(bytes, postscriptName);
    let font = parsedFonts.get(bytes);
    if (font === undefined) {
      font = fontkit.create(bytes);
      parsedFonts.set(bytes, font);
    }
    return font;
  },
};

/** Both faces embedded in `doc` as tagged subsets: only the glyphs drawn are written when the document is saved. */
export async function embedReportFonts(doc: PDFDocument): Promise<PdfFonts> {
  doc.registerFontkit(parsingOnce);
  const [regularBytes, boldBytes] = await Promise.all([readFontBytes('regular'), readFontBytes('bold')]);
  const regular = await doc.embedFont(regularBytes, { subset: true, customName: SUBSET_FONT_NAMES.regular, features: FEATURES });
  const bold = await doc.embedFont(boldBytes, { subset: true, customName: SUBSET_FONT_NAMES.bold, features: FEATURES });
  const boldSet = new Set(bold.getCharacterSet());
  const covers = new Set(regular.getCharacterSet().filter((codePoint) => boldSet.has(codePoint)));
  return { regular, bold, covers };
}

let metricFonts: Promise<PdfFonts> | undefined;

/** The fonts layout measures with: embedded once in a document that is never saved. */
export function reportMetricFonts(): Promise<PdfFonts> {
  if (metricFonts === undefined) {
    metricFonts = PDFDocument.create({ updateMetadata: false }).then(embedReportFonts);
    metricFonts.catch(() => {
      metricFonts = undefined;
    });
  }
  return metricFonts;
}
