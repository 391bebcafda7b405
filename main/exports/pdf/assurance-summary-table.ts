/**
 * The assurance report's summary as a table: the totals first, in bold, then a row per agency
 * (for a case) or per case (for an agency), each with how many actions are complete, complete
 * with their evidence of impact accepted, overdue, not yet due and no longer needed.
 */
import { rgb } from 'pdf-lib';
import type { AssuranceReportInput, AssuranceTotals } from './assurance-input.ts';
import { OVERDUE_RED } from './assurance-marks.ts';
import { breakdownHeader, TOTALS_COLUMNS, totalsLabel } from './assurance-words.ts';
import type { PageFlow } from './page-layout.ts';
import { drawTable, type Cell, type TableLayout, type TableRow } from './pdf-table.ts';

const FONT_SIZE = 9;
const TOTALS_FILL = rgb(0.95, 0.95, 0.95);

function layout(input: AssuranceReportInput): TableLayout {
  return { fontSize: FONT_SIZE, columns: [{ header: breakdownHeader(input.scope), weight: 190 }, ...TOTALS_COLUMNS.map((column) => ({ header: column.header, weight: 62 }))] };
}

function countCells(totals: AssuranceTotals, bold: boolean): Cell[] {
  return TOTALS_COLUMNS.map(({ key }) => {
    const text = totals[key].toLocaleString('en-GB');
    // An overdue count above nought stands out, in words as well as colour.
    return key === 'overdue' && totals.overdue > 0 ? [{ text, bold: true, color: OVERDUE_RED }] : [{ text, bold }];
  });
}

function* rows(input: AssuranceReportInput): Iterable<TableRow> {
  yield { kind: 'cells', cells: [[{ text: totalsLabel(input.scope), bold: true }], ...countCells(input.totals, true)], fill: TOTALS_FILL };
  for (const row of input.breakdown) yield { kind: 'cells', cells: [row.label, ...countCells(row.totals, false)] };
}

export function drawAssuranceSummary(flow: PageFlow, input: AssuranceReportInput): void {
  drawTable(flow, layout(input), rows(input));
}
