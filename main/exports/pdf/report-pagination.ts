/**
 * Pieces placed on pages, top to bottom, without drawing anything: the page each goes on and
 * where its top is. A piece moves to the next page with everything it must be kept with, unless
 * that run is taller than a page (then only the piece itself moves); a table row that moves to
 * a new page takes its table's header row with it.
 */
import type { Piece } from './report-pieces.ts';

/** The part of a page pieces go in: y of its top and of its bottom, in PDF points from the page's foot. */
export interface PageArea {
  readonly top: number;
  readonly bottom: number;
}

export interface Placement {
  readonly piece: Piece;
  /** The page's index in the document (0-based). */
  readonly page: number;
  /** y of the piece's top, in PDF points from the page's foot. */
  readonly top: number;
}

export interface Pagination {
  readonly placements: readonly Placement[];
  /** Pages in the document so far: the last page used, plus one. */
  readonly pages: number;
  /** The page each anchored piece landed on, by anchor. */
  readonly anchors: ReadonlyMap<string, number>;
}

// Heights are sums of fractions of points; a run that fits to within this fits.
const TOLERANCE = 0.01;

/** The height of the piece at `index` and of every piece it must stay with. */
function keptHeight(pieces: readonly Piece[], index: number, fullPage: number): number {
  const own = pieces[index]!.height;
  let height = own;
  for (let next = index; pieces[next]!.keepWithNext && next + 1 < pieces.length; ) {
    next += 1;
    const following = pieces[next]!;
    if (following.breakBefore) break;
    height += following.spaceAbove + following.height;
    // Too much to keep together: the piece moves alone and the run breaks where it must.
    if (height > fullPage) return own;
  }
  return height;
}

export function paginate(pieces: readonly Piece[], area: PageArea, firstPage = 0): Pagination {
  const fullPage = area.top - area.bottom;
  const placements: Placement[] = [];
  const anchors = new Map<string, number>();
  let page = firstPage;
  let y = area.top;
  let empty = true;

  const place = (next: Piece) => {
    if (!empty) y -= next.spaceAbove;
    placements.push({ piece: next, page, top: y });
    if (next.anchor !== undefined && !anchors.has(next.anchor)) anchors.set(next.anchor, page);
    y -= next.height;
    empty = false;
  };
  const newPage = () => {
    page += 1;
    y = area.top;
    empty = true;
  };

  pieces.forEach((next, index) => {
    if (next.breakBefore && !empty) newPage();
    const needed = (empty ? 0 : next.spaceAbove) + keptHeight(pieces, index, fullPage);
    if (!empty && needed > y - area.bottom + TOLERANCE) newPage();
    if (empty && next.repeatHeader) place(next.repeatHeader);
    place(next);
  });
  return { placements, pages: placements.length === 0 ? firstPage : page + 1, anchors };
}
