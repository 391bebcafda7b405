/**
 * The annual figures as the annual report's PDF, A4 portrait: the title and period, which date
 * puts a record in the period, then the three sections of policy section 21 ("How much did we
 * do?", "How well did we do it?", "What difference did it make?"), each figure with its title,
 * description, a bar chart where its numbers are counts of one thing, and the table of numbers
 * the chart is drawn from. Counts only: no case, child or person is named anywhere in it.
 */
import { FIGURE_SECTION_TITLES, type FigureTable, type FiguresView } from '../../../shared/figures/figures.ts';
import { dateInWords } from './date-words.ts';
import { chartHeight, drawFigureChart } from './figures-chart.ts';
import { FIGURES_DATE_RULES, figuresTitle, figureText, NOT_APPLICABLE_MEANING, periodInWords } from './figures-words.ts';
import { BODY_SIZE, drawBullets, drawHeading, drawParagraph, drawSection, GREY, SMALL_SIZE, type Block } from './flow-text.ts';
import { PageFlow } from './page-layout.ts';
import { createPdf, savePdf } from './pdf-document.ts';
import { drawTable, type TableLayout, type TableRow } from './pdf-table.ts';
import { lineHeight } from './pdf-text.ts';

export interface FiguresPdfOptions {
  /** The partnership's name, for the first page and the file's author; "the partnership" until the letterhead is set. */
  readonly partnershipName?: string;
}

const TABLE_FONT_SIZE = 9;
const SECTIONS = Object.keys(FIGURE_SECTION_TITLES) as FigureTable['section'][];
/** A table row of one line: the line and the cell's padding above and below (pdf-table.ts). */
const ROW_HEIGHT = lineHeight(TABLE_FONT_SIZE) + 5;
/** The header and three rows: what pdf-table.ts needs free before it starts a table on a page. */
const TABLE_START = 4 * ROW_HEIGHT + 6;

/**
 * What must follow the heading on its page: the chart and the whole table when together they fit
 * on a page (a figure read at a glance), or else the chart and the table's first rows. The table
 * is measured as one line a row; a longer label only makes the figure run on.
 */
function keptWithHeading(flow: PageFlow, table: FigureTable): number {
  const chart = chartHeight(flow, table);
  const whole = chart + (table.rows.length + 1) * ROW_HEIGHT;
  if (whole <= flow.fullPage * 0.8) return whole;
  return chart > 0 && chart <= flow.fullPage / 2 ? chart + TABLE_START : TABLE_START;
}

function tableLayout(table: FigureTable): TableLayout {
  // The label column takes as much room as three number columns, but never less than 40%.
  const labelWeight = Math.max(3, (table.columns.length * 2) / 3);
  return { fontSize: TABLE_FONT_SIZE, columns: [{ header: table.title, weight: labelWeight }, ...table.columns.map((column) => ({ header: column.label, weight: 1 }))] };
}

function* tableRows(table: FigureTable): Iterable<TableRow> {
  for (const row of table.rows) yield { kind: 'cells', cells: [row.label, ...table.columns.map((_, index) => figureText(row.cells[index]?.value ?? null))] };
}

/** `leading` is the section's heading before its first figure, kept on the page with it. */
function drawFigure(flow: PageFlow, table: FigureTable, leading: readonly Block[]): void {
  drawSection(
    flow,
    [
      ...leading,
      { kind: 'heading', text: table.title, level: 3 },
      { kind: 'paragraph', text: table.description, options: { size: BODY_SIZE, spaceAfter: 6 } },
    ],
    keptWithHeading(flow, table),
  );
  drawFigureChart(flow, table);
  if (table.rows.length === 0) drawParagraph(flow, 'Nothing to count in this period.', { size: BODY_SIZE, color: GREY });
  else drawTable(flow, tableLayout(table), tableRows(table));
  flow.moveDown(10);
}

function drawIntroduction(flow: PageFlow, view: FiguresView, partnershipName: string): void {
  drawParagraph(flow, partnershipName, { bold: true, color: GREY, spaceAfter: 2 });
  drawHeading(flow, figuresTitle(view), 1);
  drawParagraph(flow, `The partnership’s figures for ${periodInWords(view)}, both days included, as policy section 21 asks for them. Worked out on ${dateInWords(view.today)}.`, {
    size: BODY_SIZE,
    spaceAfter: 6,
  });
  drawParagraph(flow, 'Which date puts a record in the period', { bold: true, size: BODY_SIZE, spaceAfter: 3 });
  drawBullets(flow, FIGURES_DATE_RULES, { size: SMALL_SIZE });
  drawParagraph(flow, `${NOT_APPLICABLE_MEANING} Each chart’s numbers are in the table under it.`, { size: SMALL_SIZE, color: GREY, spaceAfter: 6 });
}

export async function figuresPdf(view: FiguresView, options: FiguresPdfOptions = {}): Promise<Uint8Array> {
  const partnershipName = options.partnershipName ?? 'The Safeguarding Children Partnership';
  const pdf = await createPdf({ title: figuresTitle(view), author: partnershipName });
  const flow = new PageFlow(pdf.doc, pdf.fonts, 'portrait');
  flow.newPage();
  drawIntroduction(flow, view, partnershipName);
  if (view.tables.length === 0) drawParagraph(flow, 'There are no figures for this period.', { size: BODY_SIZE });
  for (const section of SECTIONS) {
    const tables = view.tables.filter((table) => table.section === section);
    if (tables.length === 0) continue;
    tables.forEach((table, index) => drawFigure(flow, table, index === 0 ? [{ kind: 'heading', text: FIGURE_SECTION_TITLES[section], level: 2 }] : []));
  }
  return savePdf(pdf);
}
