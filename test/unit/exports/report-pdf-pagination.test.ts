import { describe, expect, it } from 'vitest';
import { paginate } from '../../../main/exports/pdf/report-pagination.ts';
import { piece, type Piece } from '../../../main/exports/pdf/report-pieces.ts';
import { linePieces } from '../../../main/exports/pdf/report-text-layout.ts';

// A page 100 points tall, lines 10 points: ten lines a page.
const AREA = { top: 110, bottom: 10 };
const line = (label: string, extra: Partial<Piece> = {}): Piece => piece({ height: 10, texts: [{ text: label, face: 'regular', size: 8, x: 0, baseline: 8 }], ...extra });
const lines = (count: number, prefix: string): Piece[] =>
  linePieces(
    Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`),
    { face: 'regular', size: 8 },
    0,
    0,
  ).map((part) => ({ ...part, height: 10 }));

function pagesOf(pieces: readonly Piece[]): string[][] {
  const { placements, pages } = paginate(pieces, AREA);
  return Array.from({ length: pages }, (_, page) => placements.filter((placement) => placement.page === page).map((placement) => placement.piece.texts.map((text) => text.text).join('')));
}

describe('placing pieces on pages', () => {
  it('moves a heading that would end a page to the next, with the lines it heads', () => {
    const pages = pagesOf([...lines(9, 'a'), line('Heading', { keepWithNext: true }), ...lines(4, 'b')]);
    expect(pages[0]).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9']);
    expect(pages[1]!.slice(0, 3)).toEqual(['Heading', 'b1', 'b2']);
  });

  it('leaves no paragraph’s first line alone at the foot of a page, nor its last alone at the top', () => {
    // Nine lines, then a paragraph of three: its first line would be alone on page 1.
    expect(pagesOf([...lines(9, 'a'), ...lines(3, 'b')])).toEqual([
      ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9'],
      ['b1', 'b2', 'b3'],
    ]);
    // Eight lines, then a paragraph of five: b1 and b2 fit, b3 to b5 carry over.
    expect(pagesOf([...lines(8, 'a'), ...lines(5, 'b')])).toEqual([
      ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'b1', 'b2'],
      ['b3', 'b4', 'b5'],
    ]);
    // Six lines, then a paragraph of five: b5 would be alone at the top, so b4 goes with it.
    expect(pagesOf([...lines(6, 'a'), ...lines(5, 'b')])).toEqual([
      ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b1', 'b2', 'b3'],
      ['b4', 'b5'],
    ]);
  });

  it('drops the space above a piece at the top of a page', () => {
    const { placements } = paginate([...lines(10, 'a'), line('next', { spaceAbove: 30 })], AREA);
    const next = placements.at(-1)!;
    expect(next.page).toBe(1);
    expect(next.top).toBe(AREA.top);
  });

  it('breaks a run too long to keep together where it must, rather than leave pages empty', () => {
    const run = Array.from({ length: 25 }, (_, index) => line(`k${index + 1}`, { keepWithNext: true }));
    const pages = pagesOf([line('first'), ...run]);
    expect(pages).toHaveLength(3);
    for (const page of pages) expect(page.length).toBeGreaterThan(0);
    expect(pages.flat()).toEqual(['first', ...run.map((part) => part.texts[0]!.text)]);
  });

  it('repeats a table’s header row on each page a row moves to', () => {
    const header = line('H', { keepWithNext: true });
    const rows = Array.from({ length: 14 }, (_, index) => line(`r${index + 1}`, { repeatHeader: header }));
    const pages = pagesOf([...lines(4, 'a'), header, ...rows]);
    expect(pages[0]).toEqual(['a1', 'a2', 'a3', 'a4', 'H', 'r1', 'r2', 'r3', 'r4', 'r5']);
    expect(pages[1]).toEqual(['H', 'r6', 'r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14']);
  });

  it('starts a new page where a piece asks to, and records the page of each anchor', () => {
    const { placements, anchors, pages } = paginate([line('one', { anchor: 'first' }), line('two', { breakBefore: true, anchor: 'second' })], AREA, 1);
    expect(placements.map((placement) => placement.page)).toEqual([1, 2]);
    expect(pages).toBe(3);
    expect(Object.fromEntries(anchors)).toEqual({ first: 1, second: 2 });
  });
});
