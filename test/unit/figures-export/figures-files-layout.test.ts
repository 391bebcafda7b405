/**
 * The figures' workbook and PDF from a hand-made view: the Summary sheet's layout that scripts
 * rely on (row 1 its header, then name in A and number in B, one row per figure in order, blank
 * for "not applicable"), one sheet per figure laid out as its table under a name Excel accepts,
 * the About sheet last, no person in the properties; and the PDF's every title and a few numbers
 * read back by poppler, its sections in order, its pages numbered.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIGURE_SECTION_TITLES, summaryRows } from '../../../shared/figures/figures.ts';
import { figuresPdf } from '../../../main/exports/pdf/figures-pdf.ts';
import { ABOUT_SHEET, FIGURE_SHEET_HEADER_ROW, figureSheetNames, figuresWorkbook, SUMMARY_HEADERS, SUMMARY_SHEET } from '../../../main/exports/xlsx/figures-workbook.ts';
import { pdfInfo, pdfPageTexts, pdfText } from '../exports/pdf-text.ts';
import { SAMPLE_VIEW } from './sample-figures.ts';
import { readFigureSheet, readSummary } from './read-figures-workbook.ts';

async function openWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** pdftotext breaks lines where the PDF does: compare with every run of spaces as one. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('the figures workbook', () => {
  it('has Summary first with its header in row 1 and one row per figure, name in A and number in B, blank for not applicable', async () => {
    const workbook = await openWorkbook(await figuresWorkbook(SAMPLE_VIEW));
    expect(workbook.worksheets[0]!.name).toBe(SUMMARY_SHEET);
    const sheet = workbook.getWorksheet(SUMMARY_SHEET)!;
    expect([1, 2, 3].map((column) => sheet.getRow(1).getCell(column).value)).toEqual([...SUMMARY_HEADERS]);
    const expected = summaryRows(SAMPLE_VIEW);
    expect(expected.length).toBeGreaterThan(20);
    expect(readSummary(workbook)).toEqual(expected);
    // Numbers as number cells, so a formula or a script reads them as numbers.
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    const notApplicable = expected.findIndex((cell) => cell.value === null);
    expect(sheet.getCell(`B${notApplicable + 2}`).type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getCell(`C${notApplicable + 2}`).value).toBe('Timeliness of each clock: Rapid review, Median days');
    expect(sheet.rowCount).toBe(expected.length + 1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('has one sheet per figure, in order, each laid out as its table, then About last', async () => {
    const workbook = await openWorkbook(await figuresWorkbook(SAMPLE_VIEW));
    const names = figureSheetNames(SAMPLE_VIEW.tables);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([SUMMARY_SHEET, ...names, ABOUT_SHEET]);
    SAMPLE_VIEW.tables.forEach((table, index) => {
      const sheet = workbook.getWorksheet(names[index]!)!;
      expect(sheet.getCell('A1').value).toBe(table.title);
      expect(sheet.getCell('A2').value).toBe(table.description);
      expect(readFigureSheet(sheet)).toEqual({ headers: table.columns.map((column) => column.label), rows: table.rows.map((row) => ({ label: row.label, values: row.cells.map((cell) => cell.value) })) });
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: FIGURE_SHEET_HEADER_ROW });
    });
    const about = workbook.getWorksheet(ABOUT_SHEET)!;
    const aboutText = about.getColumn(1).values.filter((value) => typeof value === 'string').join('\n');
    expect(aboutText).toContain('Annual figures 2025–26');
    expect(aboutText).toContain('1 April 2025 to 31 March 2026, both days included');
    expect(aboutText).toContain('A referral counts in the period by the date it was received.');
  });

  it('names each sheet within Excel’s rules: at most 31 characters, none of []:*?/\\, unique whatever the case', () => {
    const names = figureSheetNames(SAMPLE_VIEW.tables);
    expect(names).toEqual([
      'Referrals by kind',
      'Referrals by referring agency',
      'Reviews by kind',
      'Reviews By Kind (2)',
      'Timeliness of each clock',
      'Action plans completeness and',
      'Family feedback',
      'Actions completed with evidence',
    ]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(figureSheetNames([{ title: 'Summary' }, { title: "'History'" }, { title: '???' }, { title: '???' }])).toEqual(['Summary (2)', 'History (2)', 'Figure', 'Figure (2)']);
  });

  it('says what made it and for which period, and nobody’s name', async () => {
    const workbook = await openWorkbook(await figuresWorkbook(SAMPLE_VIEW));
    expect(workbook.creator).toBe('Practice Review Manager');
    expect(workbook.lastModifiedBy).toBe('Practice Review Manager');
    expect(workbook.title).toBe('Annual figures 2025–26');
    expect(workbook.created.toISOString().slice(0, 10)).toBe(SAMPLE_VIEW.today);
  });

  it('titles a period that is not a financial year by its dates', async () => {
    const workbook = await openWorkbook(await figuresWorkbook({ ...SAMPLE_VIEW, from: '2025-04-01', to: '2025-09-30' }));
    expect(workbook.title).toBe('Annual figures 1 April 2025 to 30 September 2025');
  });
});

describe('the annual report PDF', () => {
  it('prints the title, the period, every section and every figure’s title, and the numbers', async () => {
    const bytes = await figuresPdf(SAMPLE_VIEW, { partnershipName: 'Northby Safeguarding Children Partnership' });
    const text = squash(pdfText(bytes));
    expect(text).toContain('Annual figures 2025–26');
    expect(text).toContain('1 April 2025 to 31 March 2026, both days included');
    for (const title of Object.values(FIGURE_SECTION_TITLES)) expect(text).toContain(title);
    for (const table of SAMPLE_VIEW.tables) expect(text).toContain(squash(table.title));
    // The sections in the policy's order, each figure under its own section.
    const at = (words: string) => text.indexOf(words);
    expect(at(FIGURE_SECTION_TITLES['how-much'])).toBeLessThan(at('Referrals by kind'));
    expect(at('Reviews By Kind')).toBeLessThan(at(FIGURE_SECTION_TITLES['how-well']));
    expect(at(FIGURE_SECTION_TITLES['how-well'])).toBeLessThan(at('Timeliness of each clock'));
    expect(at(FIGURE_SECTION_TITLES['difference-made'])).toBeLessThan(at('Actions completed with evidence of impact'));
    // A thousands separator, a median with its decimal, a blank for not applicable and the stacked bar's total (12 + 3 + 4).
    expect(text).toMatch(/Housing 1,234/);
    expect(text).toMatch(/Screening 9 2 3\.5/);
    expect(text).toMatch(/Rapid review 0 0 Action plans/);
    expect(text).toMatch(/Single-agency 19\b/);
    expect(text).toContain('Nothing to count in this period.');
  });

  it('numbers its pages and keeps the partnership, not a person, as its author', async () => {
    const bytes = await figuresPdf(SAMPLE_VIEW, { partnershipName: 'Northby Safeguarding Children Partnership' });
    const pages = pdfPageTexts(bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
    const info = pdfInfo(bytes);
    expect(info).toMatchObject({ Title: 'Annual figures 2025–26', Author: 'Northby Safeguarding Children Partnership', Creator: 'Practice Review Manager' });
    expect(info['Page size']).toMatch(/595\.\d* x 841\.\d* pts \(A4\)/);
  });

  it('says so when a period has no figures at all', async () => {
    const text = squash(pdfText(await figuresPdf({ ...SAMPLE_VIEW, tables: [] })));
    expect(text).toContain('There are no figures for this period.');
    expect(text).toContain('The Safeguarding Children Partnership');
  });
});
