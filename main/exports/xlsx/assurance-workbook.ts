/**
 * The action plan assurance report as an .xlsx, for the Business Unit to sort, filter and carry
 * into the annual scrutiny: a "Summary" sheet (the totals, then a row per agency or per case) and
 * an "Actions" sheet with one row per action and every field of it — dates as real dates, the
 * status the plan keeps and, beside it, whether the action is overdue on the day it was counted.
 * Each sheet has title rows saying what it is, then a styled header row, frozen, with filters on.
 * The file's properties name the report and its subject (a case reference or an agency), never a person.
 */
import ExcelJS from 'exceljs';
import { PLAN_STATUS_LABELS, RECOMMENDATION_TYPE_LABELS, type ActionView } from '../../../shared/actions/action-plan.ts';
import type { AssuranceCase, AssuranceRecommendation, AssuranceReportInput, AssuranceTotals } from '../pdf/assurance-input.ts';
import { assuranceTitle, breakdownHeader, coverage, overdueRule, TOTALS_COLUMNS, totalsLabel } from '../pdf/assurance-words.ts';
import { dateInWords } from '../pdf/date-words.ts';
import { PDF_CREATOR } from '../pdf/pdf-document.ts';

export const SUMMARY_SHEET = 'Summary';
export const ACTIONS_SHEET = 'Actions';
const MARKING = 'OFFICIAL-SENSITIVE';

/** Title, what it covers, the day it was counted, the marking, a blank row: then the header. */
export const ASSURANCE_HEADER_ROW = 6;

export const ACTIONS_HEADERS = [
  'Case',
  'Case kind',
  'Recommendation',
  'Recommendation type',
  'Recommendation text',
  'Systemic factor',
  'What',
  'Agency',
  'Responsible person',
  'Due',
  'Intended outcome',
  'Status',
  'Overdue',
  'Completed on',
  'Evidence of impact',
  'Evidence files',
  'Evidence accepted',
  'Action id',
] as const;

const ACTIONS_WIDTHS = [15, 22, 9, 16, 45, 40, 45, 26, 26, 12, 45, 16, 9, 12, 55, 36, 12, 38];
const SUMMARY_WIDTHS = [40, 10, 12, 16, 10, 12, 12];

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF505A5F' } };
const HEADER: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1D70B8' } },
  border: { top: THIN, left: THIN, bottom: THIN, right: THIN },
  alignment: { vertical: 'middle', wrapText: true },
};
const WRAP: Partial<ExcelJS.Style> = { alignment: { vertical: 'top', wrapText: true } };
const TOP: Partial<ExcelJS.Style> = { alignment: { vertical: 'top' } };
const DATE: Partial<ExcelJS.Style> = { numFmt: 'dd/mm/yyyy', alignment: { vertical: 'top' } };
const OVERDUE: Partial<ExcelJS.Style> = { font: { bold: true, color: { argb: 'FFD4351C' } }, alignment: { vertical: 'top' } };
const DATE_COLUMNS = new Set<string>(['Due', 'Completed on', 'Evidence accepted']);
const WRAPPED_COLUMNS = new Set<string>(['Recommendation text', 'Systemic factor', 'What', 'Intended outcome', 'Evidence of impact', 'Evidence files']);

function excelDate(iso: string | null): Date | string | null {
  if (iso === null) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : date;
}

/** Empty text is left as a blank cell, so Excel's "(Blanks)" filter finds it. */
const textOrBlank = (text: string): string | null => (text.trim() === '' ? null : text);

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, footerTitle: string, widths: readonly number[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: ASSURANCE_HEADER_ROW, topLeftCell: `A${ASSURANCE_HEADER_ROW + 1}`, activeCell: `A${ASSURANCE_HEADER_ROW + 1}` }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    // "&" starts a code in a header or footer: an agency's "&" is written "&&".
    headerFooter: { oddHeader: `&C&"-,Bold"${MARKING}`, oddFooter: `&L${MARKING}&C${footerTitle.replaceAll('&', '&&')}&RPage &P of &N` },
  });
  sheet.columns = widths.map((width) => ({ width }));
  return sheet;
}

function addTitleRows(sheet: ExcelJS.Worksheet, title: string, input: AssuranceReportInput): void {
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = coverage(input);
  sheet.getCell('A3').value = overdueRule(dateInWords(input.madeOn));
  sheet.getCell('A4').value = MARKING;
  sheet.getCell('A4').font = { bold: true };
}

function addHeader(sheet: ExcelJS.Worksheet, headers: readonly string[]): void {
  const header = sheet.getRow(ASSURANCE_HEADER_ROW);
  header.values = [...headers];
  header.eachCell((cell) => {
    cell.style = HEADER;
  });
  sheet.autoFilter = `A${ASSURANCE_HEADER_ROW}:${columnLetter(headers.length)}${ASSURANCE_HEADER_ROW}`;
}

function totalsValues(label: string, totals: AssuranceTotals): ExcelJS.CellValue[] {
  return [label, ...TOTALS_COLUMNS.map(({ key }) => totals[key])];
}

function writeSummary(workbook: ExcelJS.Workbook, input: AssuranceReportInput): void {
  const sheet = addSheet(workbook, SUMMARY_SHEET, assuranceTitle(input.subject), SUMMARY_WIDTHS);
  addTitleRows(sheet, assuranceTitle(input.subject), input);
  addHeader(sheet, [breakdownHeader(input.scope), ...TOTALS_COLUMNS.map((column) => column.header)]);
  const totals = sheet.addRow(totalsValues(totalsLabel(input.scope), input.totals));
  totals.font = { bold: true };
  for (const row of input.breakdown) sheet.addRow(totalsValues(row.label, row.totals));
}

function actionValues(assuranceCase: AssuranceCase, recommendation: AssuranceRecommendation, action: ActionView): ExcelJS.CellValue[] {
  return [
    assuranceCase.reference,
    assuranceCase.kindLabel,
    recommendation.number,
    RECOMMENDATION_TYPE_LABELS[recommendation.type],
    recommendation.text,
    recommendation.systemicFactor,
    action.what,
    action.agency,
    action.responsiblePerson,
    excelDate(action.dueOn),
    action.intendedOutcome,
    PLAN_STATUS_LABELS[action.status],
    action.overdue ? 'Yes' : 'No',
    excelDate(action.completedOn),
    textOrBlank(action.evidence),
    textOrBlank(action.evidenceFiles.map((file) => file.name).join('; ')),
    excelDate(action.evidenceAcceptedOn),
    action.uid,
  ];
}

const COLUMN_STYLES: readonly Partial<ExcelJS.Style>[] = ACTIONS_HEADERS.map((header) => (DATE_COLUMNS.has(header) ? DATE : WRAPPED_COLUMNS.has(header) ? WRAP : TOP));
const OVERDUE_COLUMN = ACTIONS_HEADERS.indexOf('Overdue') + 1;

function writeActions(workbook: ExcelJS.Workbook, input: AssuranceReportInput): void {
  const sheet = addSheet(workbook, ACTIONS_SHEET, assuranceTitle(input.subject), ACTIONS_WIDTHS);
  addTitleRows(sheet, `Actions: ${input.subject}`, input);
  addHeader(sheet, ACTIONS_HEADERS);
  for (const assuranceCase of input.cases) {
    for (const recommendation of assuranceCase.recommendations) {
      for (const action of recommendation.actions) {
        const row = sheet.addRow(actionValues(assuranceCase, recommendation, action));
        COLUMN_STYLES.forEach((style, index) => {
          row.getCell(index + 1).style = style;
        });
        if (action.overdue) row.getCell(OVERDUE_COLUMN).style = OVERDUE;
      }
    }
  }
}

export async function assuranceWorkbook(input: AssuranceReportInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = PDF_CREATOR;
  workbook.lastModifiedBy = PDF_CREATOR;
  workbook.title = assuranceTitle(input.subject);
  writeSummary(workbook, input);
  writeActions(workbook, input);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
