/**
 * Pages, margins and what every page carries. A PageFlow is a cursor moving down A4 pages, adding
 * the next page when the content below needs it; markPages then puts the protective marking
 * OFFICIAL-SENSITIVE at the top and bottom centre of every page and "Page N of M" in the footer.
 * Marking last, once every page exists, lets the meeting pack insert its contents pages first.
 */
import { PageSizes, rgb, type PDFDocument, type PDFPage } from 'pdf-lib';
import type { PdfFonts } from './fonts.ts';
import { drawTextLine, fitText } from './pdf-text.ts';

export type Orientation = 'portrait' | 'landscape';

export const PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';

const [A4_WIDTH, A4_HEIGHT] = PageSizes.A4;

/** Space kept clear for the marking at the top and the footer at the bottom, and at each side. */
const MARGINS: Readonly<Record<Orientation, { readonly top: number; readonly bottom: number; readonly side: number }>> = {
  portrait: { top: 62, bottom: 56, side: 57 },
  landscape: { top: 48, bottom: 44, side: 28 },
};

const MARKING_SIZE = 10;
const FOOTER_SIZE = 8;
const FOOTER_GREY = rgb(0.35, 0.35, 0.35);

export function pageSize(orientation: Orientation): [number, number] {
  return orientation === 'portrait' ? [A4_WIDTH, A4_HEIGHT] : [A4_HEIGHT, A4_WIDTH];
}

/** Where content goes on a page: inside the margins, clear of the marking and the footer. */
export interface ContentArea {
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
}

function areaOf(orientation: Orientation): ContentArea {
  const [width, height] = pageSize(orientation);
  const margins = MARGINS[orientation];
  return { left: margins.side, width: width - 2 * margins.side, top: height - margins.top, bottom: margins.bottom };
}

const CONTENT_AREAS: Readonly<Record<Orientation, ContentArea>> = { portrait: areaOf('portrait'), landscape: areaOf('landscape') };

export function contentArea(orientation: Orientation): ContentArea {
  return CONTENT_AREAS[orientation];
}

export class PageFlow {
  #page: PDFPage | null = null;
  #orientation: Orientation;
  /** The top of the space still free on the current page; content is drawn downwards from here. */
  y = 0;

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: PdfFonts,
    orientation: Orientation,
  ) {
    this.#orientation = orientation;
  }

  get page(): PDFPage {
    return this.#page ?? this.newPage();
  }

  /** The current page's index in the document (0-based). */
  get pageIndex(): number {
    return this.doc.getPageCount() - 1;
  }

  get orientation(): Orientation {
    return this.#orientation;
  }

  get left(): number {
    return contentArea(this.#orientation).left;
  }

  get width(): number {
    return contentArea(this.#orientation).width;
  }

  get right(): number {
    return this.left + this.width;
  }

  get top(): number {
    return contentArea(this.#orientation).top;
  }

  get bottom(): number {
    return contentArea(this.#orientation).bottom;
  }

  /** The height free below the cursor on the current page. */
  get free(): number {
    return this.y - this.bottom;
  }

  /** The height free on a page with nothing on it yet. */
  get fullPage(): number {
    return this.top - this.bottom;
  }

  /** Whether nothing has been drawn on the current page yet. */
  get atTopOfPage(): boolean {
    return this.#page !== null && this.y === this.top;
  }

  newPage(orientation: Orientation = this.#orientation): PDFPage {
    this.#orientation = orientation;
    this.#page = this.doc.addPage(pageSize(orientation));
    this.y = this.top;
    return this.#page;
  }

  /** Starts a new page unless `height` fits below the cursor (or the page is still empty). */
  ensureSpace(height: number): void {
    if (this.#page === null || (height > this.free && !this.atTopOfPage)) this.newPage();
  }

  /** Moves the cursor down, never past the bottom margin (space at a page's foot is not carried over). */
  moveDown(height: number): void {
    this.y = Math.max(this.bottom, this.y - height);
  }
}

/**
 * The marking at the top and bottom centre of every page, the document's title at the foot on the
 * left and "Page N of M" on the right. N and M count every page of the file, as a PDF viewer does.
 */
export function markPages(doc: PDFDocument, fonts: PdfFonts, footerTitle: string): void {
  const pages = doc.getPages();
  const marking = { font: fonts.bold, size: MARKING_SIZE };
  const footer = { font: fonts.regular, size: FOOTER_SIZE, color: FOOTER_GREY };
  pages.forEach((page, index) => {
    const { width, height } = page.getSize();
    const side = width > height ? MARGINS.landscape.side : MARGINS.portrait.side;
    drawTextLine(page, PROTECTIVE_MARKING, fonts, marking, width / 2, height - 28, 'centre');
    drawTextLine(page, PROTECTIVE_MARKING, fonts, marking, width / 2, 20, 'centre');
    // The title stops well short of the centred marking.
    const titleRoom = width / 2 - side - 70;
    drawTextLine(page, fitText(footerTitle, fonts, footer, titleRoom), fonts, footer, side, 20);
    drawTextLine(page, `Page ${index + 1} of ${pages.length}`, fonts, footer, width - side, 20, 'right');
  });
}
