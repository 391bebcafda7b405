/**
 * The meeting pack's contents: each section and each agency's summary with the page it starts on,
 * dotted across to the number, each line a link to its page. The pages it lists are laid out
 * first; the contents is then measured, its pages inserted in front of them and numbered from
 * where the headings finally sit, so the numbers printed are the numbers a viewer shows.
 */
import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { PdfFonts } from './fonts.ts';
import { GREY } from './flow-text.ts';
import { contentArea, pageSize } from './page-layout.ts';
import { addPageLink } from './pdf-outline.ts';
import { drawTextLine, lineHeight, textWidth, wrapText, type TextStyle } from './pdf-text.ts';

export interface ContentsEntry {
  readonly title: string;
  readonly level: 1 | 2;
  /** The page the entry's heading is on. */
  readonly page: PDFPage;
}

const HEADING = 'Contents';
const HEADING_SIZE = 17;
const NUMBER_WIDTH = 36;
const INDENT = { 1: 0, 2: 18 } as const;
const SPACE_BEFORE = { 1: 9, 2: 2 } as const;

interface PlacedEntry {
  readonly entry: ContentsEntry;
  readonly sheet: number;
  /** The top of the entry's first line. */
  readonly top: number;
  readonly lines: readonly string[];
  readonly style: TextStyle;
}

function styleOf(fonts: PdfFonts, level: 1 | 2): TextStyle {
  return level === 1 ? { font: fonts.bold, size: 11 } : { font: fonts.regular, size: 10.5 };
}

/** Where each entry goes, on how many pages: worked out before any page exists. */
function layOut(fonts: PdfFonts, entries: readonly ContentsEntry[]): { placed: PlacedEntry[]; sheets: number } {
  const area = contentArea('portrait');
  const placed: PlacedEntry[] = [];
  let sheet = 0;
  let y = area.top - lineHeight(HEADING_SIZE) - 10;
  entries.forEach((entry, index) => {
    const style = styleOf(fonts, entry.level);
    const lines = wrapText(entry.title, fonts, style, area.width - INDENT[entry.level] - NUMBER_WIDTH - 24);
    const height = lines.length * lineHeight(style.size);
    if (index > 0) y -= SPACE_BEFORE[entry.level];
    if (y - height < area.bottom) {
      sheet += 1;
      y = area.top;
    }
    placed.push({ entry, sheet, top: y, lines, style });
    y -= height;
  });
  return { placed, sheets: sheet + 1 };
}

/** Inserts the contents at page index `at` (0-based) and draws it, numbered and linked. */
export function insertContents(doc: PDFDocument, fonts: PdfFonts, entries: readonly ContentsEntry[], at: number): void {
  const area = contentArea('portrait');
  const { placed, sheets } = layOut(fonts, entries);
  const pages = Array.from({ length: sheets }, (_, index) => doc.insertPage(at + index, pageSize('portrait')));
  drawTextLine(pages[0]!, HEADING, fonts, { font: fonts.bold, size: HEADING_SIZE }, area.left, area.top - HEADING_SIZE);
  const allPages = doc.getPages();
  const right = area.left + area.width;
  for (const { entry, sheet, top, lines, style } of placed) {
    const page = pages[sheet]!;
    const left = area.left + INDENT[entry.level];
    const height = lineHeight(style.size);
    lines.forEach((line, index) => drawTextLine(page, line, fonts, style, left, top - style.size - index * height));
    const baseline = top - style.size - (lines.length - 1) * height;
    const number = String(allPages.indexOf(entry.page) + 1);
    const numberWidth = drawTextLine(page, number, fonts, style, right, baseline, 'right');
    const leaderStyle = { font: fonts.regular, size: style.size, color: GREY };
    const leaderStart = left + textWidth(lines.at(-1)!, style.font, style.size) + 6;
    const leaderRoom = right - numberWidth - 6 - leaderStart;
    const dots = Math.floor(leaderRoom / textWidth(' .', leaderStyle.font, leaderStyle.size));
    if (dots > 0) drawTextLine(page, ' .'.repeat(dots), fonts, leaderStyle, right - numberWidth - 6, baseline, 'right');
    addPageLink(doc, page, { x: left, y: top - lines.length * height, width: right - left, height: lines.length * height }, entry.page);
  }
}
