/**
 * A report's first page: its title and subtitle, then its contents, each section with the page
 * it starts on. The cover is one page by itself, so the sections after it start at the top of
 * page 2 and the executive summary is laid out exactly as executiveSummaryPages measures it.
 * The contents list no links: a link is an annotation, and the publication copy carries none.
 */
import { fitText, lineHeight, textWidth, wrapText } from './pdf-text.ts';
import { GREY_TEXT, piece, styleFor, type ColumnContext, type Piece } from './report-pieces.ts';
import { headingPieces, linePieces } from './report-text-layout.ts';

const TITLE_SIZE = 26;
const SUBTITLE_SIZE = 14;
const CONTENTS_HEADING_SIZE = 14;
const CONTENTS_SIZE = 11;
/** How far down the page the title starts. */
const TITLE_DROP = 120;

export interface ContentsLine {
  readonly heading: string;
  /** 1-based, as printed in the footer. */
  readonly page: number;
}

function contentsPieces(context: ColumnContext, lines: readonly ContentsLine[]): Piece[] {
  const { font, size } = styleFor(context.fonts, 'regular', CONTENTS_SIZE);
  const pieces = headingPieces(context, 'Contents', CONTENTS_HEADING_SIZE, { spaceAbove: 48 });
  for (const line of lines) {
    const number = String(line.page);
    const numberWidth = textWidth(number, font, size);
    const heading = fitText(line.heading, context.fonts, { font, size }, context.width - numberWidth - 24);
    pieces.push(
      piece({
        height: lineHeight(size) + 3,
        texts: [
          { text: heading, face: 'regular', size, x: 0, baseline: size },
          { text: number, face: 'regular', size, x: context.width - numberWidth, baseline: size },
        ],
      }),
    );
  }
  return pieces;
}

/** The cover's pieces; without `contents`, the title and subtitle alone. */
export function coverPieces(context: ColumnContext, title: string, subtitle: string, contents?: readonly ContentsLine[]): Piece[] {
  const titleLines = wrapText(title, context.fonts, styleFor(context.fonts, 'bold', TITLE_SIZE), context.width);
  const subtitleLines = subtitle.trim() === '' ? [] : wrapText(subtitle, context.fonts, styleFor(context.fonts, 'regular', SUBTITLE_SIZE), context.width);
  return [
    piece({ height: TITLE_DROP }),
    ...linePieces(titleLines, { face: 'bold', size: TITLE_SIZE }, 0, 0),
    ...linePieces(subtitleLines, { face: 'regular', size: SUBTITLE_SIZE, color: GREY_TEXT }, 0, 12),
    ...(contents && contents.length > 0 ? contentsPieces(context, contents) : []),
  ];
}
