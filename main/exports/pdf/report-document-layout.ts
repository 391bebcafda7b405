/**
 * Where everything in a printable document goes, page by page, before anything is drawn.
 * A report: the cover with its contents on page 1, the sections from page 2; the executive
 * summary starts at the top of a page and the section after it on a new one, so the summary can
 * be read and printed by itself and measures the same here as in executiveSummaryPages.
 * A briefing: its title band and numbered boxes from the top of page 1.
 */
import type { PrintableDocument, PrintableSection } from '../../../shared/reports/report-document.ts';
import type { PdfFonts } from './fonts.ts';
import { contentArea } from './page-layout.ts';
import { briefingPieces, BRIEFING_SCALE } from './briefing-layout.ts';
import { coverPieces, type ContentsLine } from './report-cover.ts';
import { paginate, type PageArea, type Placement } from './report-pagination.ts';
import type { ColumnContext, TypeScale } from './report-pieces.ts';
import { REPORT_SCALE, sectionPieces } from './report-section-layout.ts';

export const EXECUTIVE_SUMMARY_KEY = 'executive-summary';

export interface DocumentLayout {
  readonly placements: readonly Placement[];
  readonly pages: number;
  /** Each section with the page (0-based) its heading is on, for the bookmarks. */
  readonly sections: readonly { readonly heading: string; readonly page: number }[];
}

/** The A4 portrait page's content area, as pagination wants it, and the column it offers. */
export function reportArea(): PageArea & { readonly left: number; readonly width: number } {
  return contentArea('portrait');
}

export function columnContext(fonts: PdfFonts, scale: TypeScale): ColumnContext {
  const area = reportArea();
  return { fonts, width: area.width, pageHeight: area.top - area.bottom, scale };
}

function startsPage(sections: readonly PrintableSection[], index: number): boolean {
  return sections[index]!.key === EXECUTIVE_SUMMARY_KEY || (index > 0 && sections[index - 1]!.key === EXECUTIVE_SUMMARY_KEY);
}

function reportLayout(fonts: PdfFonts, document: PrintableDocument): DocumentLayout {
  const area = reportArea();
  const context = columnContext(fonts, REPORT_SCALE);
  // The cover is a page by itself (more only if its title and subtitle are very long).
  const bareCover = paginate(coverPieces(context, document.title, document.subtitle), area);
  const firstBodyPage = Math.max(1, bareCover.pages);
  const body = paginate(
    document.sections.flatMap((section, index) => sectionPieces(context, section, { anchor: String(index), breakBefore: startsPage(document.sections, index) })),
    area,
    firstBodyPage,
  );
  const pageOf = (index: number) => body.anchors.get(String(index)) ?? firstBodyPage;
  const contents: ContentsLine[] = document.sections.map((section, index) => ({ heading: section.heading, page: pageOf(index) + 1 }));
  const withContents = paginate(coverPieces(context, document.title, document.subtitle, contents), area);
  // Contents too long for the cover's pages would push every page number on: leave them out instead.
  const cover = withContents.pages <= firstBodyPage ? withContents : bareCover;
  return {
    placements: [...cover.placements, ...body.placements],
    pages: Math.max(firstBodyPage, body.pages),
    sections: document.sections.map((section, index) => ({ heading: section.heading, page: pageOf(index) })),
  };
}

function briefingLayout(fonts: PdfFonts, document: PrintableDocument): DocumentLayout {
  const area = reportArea();
  const layout = paginate(briefingPieces(columnContext(fonts, BRIEFING_SCALE), document, area), area);
  return { placements: layout.placements, pages: Math.max(1, layout.pages), sections: [] };
}

export function layOutDocument(fonts: PdfFonts, document: PrintableDocument): DocumentLayout {
  return document.layout === 'briefing' ? briefingLayout(fonts, document) : reportLayout(fonts, document);
}
