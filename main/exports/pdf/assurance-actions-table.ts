/**
 * A recommendation and its actions in the assurance report: the recommendation's number, type,
 * text and the systemic factor it addresses, then a table with a row per action — what, who owns
 * it (agency and responsible person), when it is due, what will change, its status ("Overdue" in
 * bold red for an open action past its date, the status it is kept in beneath), the evidence of
 * impact with its files' names, and when that evidence was accepted.
 */
import { RECOMMENDATION_TYPE_LABELS, type ActionView } from '../../../shared/actions/action-plan.ts';
import type { AssuranceRecommendation } from './assurance-input.ts';
import { OVERDUE_RED } from './assurance-marks.ts';
import { keptStatusWords, statusWords } from './assurance-words.ts';
import { shortDate } from './date-words.ts';
import { BODY_SIZE, drawParagraph, drawSection, GREY, type Block } from './flow-text.ts';
import type { PageFlow } from './page-layout.ts';
import { drawTable, type Cell, type CellPart, type TableLayout, type TableRow } from './pdf-table.ts';
import { lineHeight, wrapText } from './pdf-text.ts';

const FONT_SIZE = 8;

const LAYOUT: TableLayout = {
  fontSize: FONT_SIZE,
  columns: [
    { header: 'What', weight: 150 },
    { header: 'Agency and responsible person', weight: 100 },
    { header: 'Due', weight: 54 },
    { header: 'Intended outcome: what will change', weight: 140 },
    { header: 'Status', weight: 62 },
    { header: 'Evidence of impact', weight: 170 },
    { header: 'Evidence accepted', weight: 54 },
  ],
};

/** pdf-table.ts's padding round a cell's text, for measuring a row before it is drawn. */
const CELL_PADDING_X = 3;
const CELL_PADDING_Y = 2.5;

export function recommendationTitle(recommendation: Pick<AssuranceRecommendation, 'number' | 'type'>): string {
  return `Recommendation ${recommendation.number} – ${RECOMMENDATION_TYPE_LABELS[recommendation.type]}`;
}

function statusCell(action: ActionView): Cell {
  if (action.overdue) return [{ text: statusWords(action), bold: true, color: OVERDUE_RED }, { text: keptStatusWords(action), color: GREY }];
  const parts: CellPart[] = [{ text: statusWords(action) }];
  if (action.completedOn !== null) parts.push({ text: `on ${shortDate(action.completedOn)}`, color: GREY });
  return parts;
}

function evidenceCell(action: ActionView): Cell {
  const parts: CellPart[] = [];
  if (action.evidence.trim() !== '') parts.push({ text: action.evidence });
  if (action.evidenceFiles.length > 0) parts.push({ text: `Files: ${action.evidenceFiles.map((file) => file.name).join('; ')}`, color: GREY });
  return parts.length > 0 ? parts : [{ text: 'None yet', color: GREY }];
}

function actionRow(action: ActionView): TableRow {
  return {
    kind: 'cells',
    cells: [
      action.what,
      [{ text: action.agency, bold: true }, { text: action.responsiblePerson }],
      shortDate(action.dueOn),
      action.intendedOutcome,
      statusCell(action),
      evidenceCell(action),
      action.evidenceAcceptedOn === null ? [{ text: 'Not yet', color: GREY }] : shortDate(action.evidenceAcceptedOn),
    ],
  };
}

/**
 * The height of the table's header and first row, kept on the page with the recommendation above
 * them: a heading, or a header row, alone at a page's foot tells the reader nothing.
 */
function tableStart(flow: PageFlow, first: TableRow): number {
  const totalWeight = LAYOUT.columns.reduce((sum, column) => sum + column.weight, 0);
  const linesIn = (cell: Cell, weight: number): number => {
    const width = (flow.width * weight) / totalWeight - 2 * CELL_PADDING_X;
    const parts = typeof cell === 'string' ? [{ text: cell }] : cell;
    return parts.reduce((sum, part) => sum + wrapText(part.text, flow.fonts, { font: part.bold ? flow.fonts.bold : flow.fonts.regular, size: FONT_SIZE }, width).length, 0);
  };
  const header = Math.max(...LAYOUT.columns.map((column) => linesIn([{ text: column.header, bold: true }], column.weight)));
  const row = first.kind === 'cells' ? Math.max(1, ...first.cells.map((cell, index) => linesIn(cell, LAYOUT.columns[index]!.weight))) : 1;
  return (header + row) * lineHeight(FONT_SIZE) + 4 * CELL_PADDING_Y;
}

/** `lead`: headings above the recommendation (its case's), kept on its page with it. */
export function drawRecommendation(flow: PageFlow, recommendation: AssuranceRecommendation, lead: readonly Block[] = []): void {
  const blocks: Block[] = [
    ...lead,
    { kind: 'heading', text: recommendationTitle(recommendation), level: 3 },
    { kind: 'paragraph', text: recommendation.text, options: { spaceAfter: 2 } },
    { kind: 'paragraph', text: `Systemic factor it addresses: ${recommendation.systemicFactor}`, options: { color: GREY, spaceAfter: 5 } },
  ];
  const rows = recommendation.actions.map(actionRow);
  // A first row taller than a page is split by the table anyway: only its start need be kept.
  const keepWithNext = rows[0] === undefined ? lineHeight(BODY_SIZE) : Math.min(tableStart(flow, rows[0]), flow.fullPage / 3);
  drawSection(flow, blocks, keepWithNext);
  if (rows.length === 0) drawParagraph(flow, 'No actions have been agreed for this recommendation yet.', { color: GREY });
  else drawTable(flow, LAYOUT, rows);
}
