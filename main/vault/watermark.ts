/**
 * The watermark on a PDF working copy of a secured file: on every page, the person it was made
 * for, the day and the purpose they gave, so a printed or forwarded copy says whose it was and
 * why. It is drawn twice — small along the foot of the page, and large and faint across it —
 * in light grey with transparency, so it is hard to crop off and hides nothing beneath it.
 *
 * Set in the embedded Liberation Sans (exports/pdf/fonts.ts), so a name such as "Łukasz" prints
 * as written. The document's metadata is left exactly as it came: the stamp is the only place the
 * person's name is added, and pdf-lib is told not to write its own producer and dates.
 */
import { degrees, PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import { AppError } from '../../shared/errors.ts';
import { embedPdfFonts, type PdfFonts } from '../exports/pdf/fonts.ts';
import { PROTECTIVE_MARKING } from '../exports/pdf/page-layout.ts';
import { printableText } from '../exports/pdf/printable-text.ts';
import { fitText, lineHeight, textWidth, wrapText, type TextStyle } from '../exports/pdf/pdf-text.ts';

export interface Watermark {
  readonly name: string;
  readonly date: string;
  readonly purpose: string;
}

const GREY = rgb(0.5, 0.5, 0.5);
const FOOT_SIZE = 7;
const FOOT_OPACITY = 0.8;
const FOOT_MARGIN = 10;
const DIAGONAL_OPACITY = 0.15;
const DIAGONAL_MAX_SIZE = 40;
const DIAGONAL_MIN_SIZE = 10;
/** At most this many lines at the foot: a long purpose is cut short there, never allowed to climb the page. */
const FOOT_MAX_LINES = 4;

/** The words of the stamp, as one line of text. */
export function watermarkText(mark: Watermark): string {
  return `Working copy for ${mark.name} — ${mark.date} — Purpose: ${mark.purpose} — ${PROTECTIVE_MARKING}`;
}

export async function watermarkPdf(pdf: Buffer, mark: Watermark): Promise<Buffer> {
  const doc = await loadPdf(pdf);
  const fonts = await embedPdfFonts(doc);
  try {
    for (const page of doc.getPages()) stampPage(page, fonts, mark);
    return Buffer.from(await doc.save({ updateFieldAppearances: false }));
  } catch {
    // pdf-lib reads lazily: a broken page tree or content only shows itself here.
    throw unreadable();
  }
}

async function loadPdf(pdf: Buffer): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    // Loaded even when encrypted so that isEncrypted can say so: pdf-lib's own refusal is a plain Error.
    doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    throw unreadable();
  }
  if (doc.isEncrypted) {
    throw new AppError(
      'FILE_REFUSED',
      'This PDF is protected with a password, so a watermarked working copy cannot be made of it. Open it in the default app instead, or ask the agency for a copy without a password.',
    );
  }
  if (doc.getPageCount() === 0) throw unreadable();
  return doc;
}

function unreadable(): AppError {
  return new AppError('FILE_REFUSED', 'This file could not be read as a PDF, so a watermarked working copy cannot be made of it. Open it in the default app instead.');
}

/**
 * Where the page shows, as the reader sees it: a page turned by its /Rotate entry is drawn in
 * its own unturned co-ordinates, so each point and angle is turned back before it is drawn.
 */
interface View {
  readonly width: number;
  readonly height: number;
  /** A point as the reader sees it (from the visible area's lower left) in the page's own co-ordinates. */
  point(x: number, y: number): { x: number; y: number };
  /** The angle to draw at for text that should read at `angle` degrees as the reader sees it. */
  readonly turn: number;
}

function viewOf(page: PDFPage): View {
  const box = page.getCropBox();
  const turn = (((page.getRotation().angle % 360) + 360) % 360) as number;
  const sideways = turn === 90 || turn === 270;
  const width = sideways ? box.height : box.width;
  const height = sideways ? box.width : box.height;
  const point = (x: number, y: number): { x: number; y: number } => {
    switch (turn) {
      case 90:
        return { x: box.x + box.width - y, y: box.y + x };
      case 180:
        return { x: box.x + box.width - x, y: box.y + box.height - y };
      case 270:
        return { x: box.x + y, y: box.y + box.height - x };
      default:
        return { x: box.x + x, y: box.y + y };
    }
  };
  return { width, height, point, turn: turn === 90 || turn === 180 || turn === 270 ? turn : 0 };
}

function stampPage(page: PDFPage, fonts: PdfFonts, mark: Watermark): void {
  const view = viewOf(page);
  drawFoot(page, view, fonts, mark);
  drawDiagonal(page, view, fonts, mark);
}

function drawFoot(page: PDFPage, view: View, fonts: PdfFonts, mark: Watermark): void {
  const style: TextStyle = { font: fonts.regular, size: FOOT_SIZE };
  const room = Math.max(view.width - 2 * FOOT_MARGIN, 50);
  let lines = wrapText(watermarkText(mark), fonts, style, room);
  if (lines.length > FOOT_MAX_LINES) {
    // The marking must survive the cut: the purpose gives way, not "OFFICIAL-SENSITIVE".
    const head = lines.slice(0, FOOT_MAX_LINES - 1);
    head[head.length - 1] = fitText(`${head.at(-1)!} …`, fonts, style, room);
    lines = [...head, PROTECTIVE_MARKING];
  }
  const step = lineHeight(FOOT_SIZE);
  lines.forEach((line, index) => {
    const width = textWidth(line, style.font, style.size);
    const baseline = FOOT_MARGIN + (lines.length - 1 - index) * step;
    const at = view.point((view.width - width) / 2, baseline);
    page.drawText(line, { ...at, font: style.font, size: style.size, color: GREY, opacity: FOOT_OPACITY, rotate: degrees(view.turn) });
  });
}

function drawDiagonal(page: PDFPage, view: View, fonts: PdfFonts, mark: Watermark): void {
  const lines = [`Working copy for ${mark.name}`, `${mark.date} — ${PROTECTIVE_MARKING}`];
  const slope = Math.atan2(view.height, view.width);
  const room = Math.hypot(view.width, view.height) * 0.7;
  const font = fonts.bold;
  const widest = Math.max(...lines.map((line) => textWidth(printableText(line, fonts.covers), font, 1)));
  const size = Math.min(DIAGONAL_MAX_SIZE, Math.max(DIAGONAL_MIN_SIZE, room / Math.max(widest, 1)));
  const step = lineHeight(size);
  const angle = (slope * 180) / Math.PI;
  const [cos, sin] = [Math.cos(slope), Math.sin(slope)];
  lines.forEach((raw, index) => {
    const line = fitText(raw, fonts, { font, size }, room);
    const width = textWidth(line, font, size);
    // Each line centred on the page's centre, the block's lines stacked across the slope.
    const across = (index - (lines.length - 1) / 2) * step + size / 3;
    const x = view.width / 2 - (cos * width) / 2 + sin * across;
    const y = view.height / 2 - (sin * width) / 2 - cos * across;
    const at = view.point(x, y);
    page.drawText(line, { ...at, font, size, color: GREY, opacity: DIAGONAL_OPACITY, rotate: degrees(view.turn + angle) });
  });
}
