/**
 * The composite chronology as a table on landscape pages, for its own PDF and for the meeting
 * pack: one row per event in date order with the agencies that recorded it, the five principles
 * and the significance tests it meets; a shaded band where nothing was recorded for a long time;
 * rows flagged as possible duplicates shaded and labelled for the Business Unit.
 */
import { rgb } from 'pdf-lib';
import { SIGNIFICANCE_TEST_LABELS, SIGNIFICANCE_TESTS, type SignificanceTest } from '../../../shared/evidence/chronology.ts';
import type { ChronologyGap, CompositeEntry } from '../../../shared/evidence/composite.ts';
import { dateInWords, shortDate } from './date-words.ts';
import { drawParagraph, GREY, SMALL_SIZE } from './flow-text.ts';
import type { PageFlow } from './page-layout.ts';
import { drawTable, type Cell, type CellPart, type TableLayout, type TableRow } from './pdf-table.ts';

/** The smallest print the table can take and still be read on paper. */
const TABLE_FONT_SIZE = 7.5;
const DUPLICATE_FILL = rgb(1, 0.94, 0.78);
const GAP_FILL = rgb(0.88, 0.88, 0.88);

/** Short names for the significance tests, for a narrow column; the legend spells them out. */
export const TEST_SHORT_LABELS: Readonly<Record<SignificanceTest, string>> = {
  changedAssessment: 'Assessment',
  partOfPattern: 'Pattern',
  statutoryEvent: 'Statutory',
  significantToChild: 'Child',
  significantToKeyAdult: 'Key adult',
  learningPoint: 'Learning',
};

const LAYOUT: TableLayout = {
  fontSize: TABLE_FONT_SIZE,
  columns: [
    { header: 'Date', weight: 50 },
    { header: 'Time', weight: 27 },
    { header: 'Agencies', weight: 68 },
    { header: 'Source', weight: 56 },
    { header: 'Event', weight: 112 },
    { header: 'Risk', weight: 76 },
    { header: 'Response', weight: 76 },
    { header: 'Impact', weight: 76 },
    { header: 'Partnership', weight: 72 },
    { header: 'Learning', weight: 76 },
    { header: 'Tests', weight: 50 },
  ],
};

export function gapText(gap: ChronologyGap): string {
  return `No entries for ${gap.days} days (${dateInWords(gap.from)} to ${dateInWords(gap.to)})`;
}

function agenciesCell(entry: CompositeEntry): Cell {
  const agencies = entry.agencies.length > 0 ? entry.agencies : [entry.agency];
  const parts: CellPart[] = [{ text: agencies.join(', ') }];
  if (entry.duplicateState === 'flagged') parts.push({ text: `Possible duplicate${entry.duplicateGroup === null ? '' : ` (group ${entry.duplicateGroup})`}`, bold: true });
  if (entry.duplicateState === 'merged') parts.push({ text: 'Merged from duplicate rows', color: GREY });
  return parts;
}

function testsCell(entry: CompositeEntry): Cell {
  return SIGNIFICANCE_TESTS.filter((test) => entry.tests[test] === true).map((test) => ({ text: TEST_SHORT_LABELS[test] }));
}

function entryRow(entry: CompositeEntry): TableRow {
  return {
    kind: 'cells',
    cells: [shortDate(entry.date), entry.time ?? '', agenciesCell(entry), entry.source, entry.event, entry.risk, entry.response, entry.impact, entry.partnership, entry.learning, testsCell(entry)],
    ...(entry.duplicateState === 'flagged' ? { fill: DUPLICATE_FILL } : {}),
  };
}

/** The entries in the order given, with each gap placed where it falls between them. */
export function* chronologyRows(entries: readonly CompositeEntry[], gaps: readonly ChronologyGap[]): Generator<TableRow> {
  const pending = [...gaps].sort((a, b) => a.to.localeCompare(b.to));
  let next = 0;
  for (const entry of entries) {
    while (next < pending.length && pending[next]!.to <= entry.date) yield { kind: 'band', text: gapText(pending[next++]!), fill: GAP_FILL };
    yield entryRow(entry);
  }
  while (next < pending.length) yield { kind: 'band', text: gapText(pending[next++]!), fill: GAP_FILL };
}

/** What the Tests column's short names stand for, and what the shading means. */
export function drawChronologyLegend(flow: PageFlow): void {
  const tests = SIGNIFICANCE_TESTS.map((test) => `${TEST_SHORT_LABELS[test]} = ${SIGNIFICANCE_TEST_LABELS[test].charAt(0).toLowerCase()}${SIGNIFICANCE_TEST_LABELS[test].slice(1)}`).join('; ');
  drawParagraph(flow, `The Tests column lists the significance tests the agency says an event meets: ${tests}.`, { size: SMALL_SIZE, color: GREY, spaceAfter: 2 });
  drawParagraph(flow, 'Rows shaded yellow may record the same event as another agency’s row and are waiting for the Business Unit to merge them or keep them all. Grey bands show long periods with no entries.', {
    size: SMALL_SIZE,
    color: GREY,
  });
}

export function drawChronologyTable(flow: PageFlow, entries: readonly CompositeEntry[], gaps: readonly ChronologyGap[]): void {
  if (entries.length === 0) {
    drawParagraph(flow, 'There are no entries in the composite chronology yet.');
    return;
  }
  drawTable(flow, LAYOUT, chronologyRows(entries, gaps));
}
