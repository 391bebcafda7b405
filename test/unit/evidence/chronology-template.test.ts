import { fakerEN_GB as faker } from '@faker-js/faker';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readChronology } from '../../../main/evidence/chronology/read-chronology.ts';
import { chronologyTemplate, SUMMARY_FIRST_ROW, TEMPLATE_COLUMNS, TEMPLATE_DATA_ROWS, TEMPLATE_HEADER_ROW, type TemplateDetails } from '../../../main/exports/xlsx/chronology-template.ts';
import { SUMMARY_DATE_FIELDS, SUMMARY_FIELDS, SUMMARY_LABELS } from '../../../shared/evidence/agency-summary.ts';
import {
  PRINCIPLE_QUESTIONS,
  PRINCIPLES,
  SIGNIFICANCE_TEST_LABELS,
  SIGNIFICANCE_TESTS,
  TEMPLATE_HEADER_BLOCK,
  TEMPLATE_HEADERS,
  TEMPLATE_SHEETS,
  type ChronologyRow,
  type SignificanceTests,
} from '../../../shared/evidence/chronology.ts';

const DETAILS: TemplateDetails = {
  reference: 'PRM-2026-014',
  agency: 'Greater Manchester Police',
  dueOn: '2026-12-02',
  madeOn: '2026-11-25',
  partnershipName: 'Salford Safeguarding Children Partnership',
};
const TODAY = '2026-11-25';

async function open(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** exceljs keeps a sheet's validations by cell address (ranges expanded) but leaves them out of its typings. */
function validations(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation | undefined> {
  return (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
}

function sheetText(sheet: ExcelJS.Worksheet): string {
  const lines: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => lines.push(String(cell.value))));
  return lines.join('\n');
}

describe('the chronology template', () => {
  it('has the instructions, the agency summary and the chronology sheets, in that order, made by the partnership', async () => {
    const workbook = await open(await chronologyTemplate(DETAILS));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([TEMPLATE_SHEETS.instructions, TEMPLATE_SHEETS.summary, TEMPLATE_SHEETS.chronology]);
    expect(workbook.creator).toBe(DETAILS.partnershipName);
    expect(workbook.lastModifiedBy).toBe(DETAILS.partnershipName);
    for (const sheet of workbook.worksheets) {
      expect(sheet.headerFooter.oddHeader).toContain('OFFICIAL-SENSITIVE');
      expect(sheet.headerFooter.oddFooter).toContain('OFFICIAL-SENSITIVE');
    }
  });

  it('tells the agency what to return, by when, in what form and to whom', async () => {
    const workbook = await open(await chronologyTemplate(DETAILS));
    const text = sheetText(workbook.getWorksheet(TEMPLATE_SHEETS.instructions)!);
    expect(text).toContain('Wednesday 2 December 2026');
    expect(text).toContain(DETAILS.partnershipName);
    expect(text).toContain('secure email');
    expect(text).toContain('one row per Significant Practice Event');
    expect(text).toContain('DD/MM/YYYY');
    expect(text).toContain('Do not add a password');
    expect(text).toContain('Do not rename, reorder');
    expect(text).toContain('OFFICIAL-SENSITIVE when completed');
    for (const principle of PRINCIPLES) expect(text).toContain(PRINCIPLE_QUESTIONS[principle]);
    for (const test of SIGNIFICANCE_TESTS) expect(text).toContain(SIGNIFICANCE_TEST_LABELS[test]);
  });

  it('lays out the chronology: header block, a blank row, the header row frozen, repeated when printed', async () => {
    const sheet = (await open(await chronologyTemplate(DETAILS))).getWorksheet(TEMPLATE_SHEETS.chronology)!;
    expect([1, 2, 3, 4].map((row) => [sheet.getCell(row, 1).value, sheet.getCell(row, 2).value])).toEqual([
      [TEMPLATE_HEADER_BLOCK.reference, DETAILS.reference],
      [TEMPLATE_HEADER_BLOCK.agency, DETAILS.agency],
      [TEMPLATE_HEADER_BLOCK.author, null],
      [TEMPLATE_HEADER_BLOCK.date, null],
    ]);
    expect(sheet.getRow(5).cellCount).toBe(0);
    const header = (sheet.getRow(TEMPLATE_HEADER_ROW).values as unknown[]).slice(1);
    expect(header).toEqual(TEMPLATE_COLUMNS.map((field) => TEMPLATE_HEADERS[field]));
    expect(header).not.toContain(TEMPLATE_HEADERS.agency);
    expect(header).toHaveLength(15);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: TEMPLATE_HEADER_ROW });
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.printTitlesRow).toBe(`${TEMPLATE_HEADER_ROW}:${TEMPLATE_HEADER_ROW}`);
    expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(40);
    expect(sheet.getColumn(4).alignment?.wrapText).toBe(true);
    expect(sheet.getColumn(1).numFmt).toBe('dd/mm/yyyy');
  });

  it('validates dates, times and the yes/no answers on every row an agency fills in', async () => {
    const sheet = (await open(await chronologyTemplate(DETAILS))).getWorksheet(TEMPLATE_SHEETS.chronology)!;
    const first = TEMPLATE_HEADER_ROW + 1;
    const last = TEMPLATE_HEADER_ROW + TEMPLATE_DATA_ROWS;
    const model = validations(sheet);

    const date = model[`A${first}`]!;
    expect(date).toMatchObject({ type: 'date', operator: 'between', showErrorMessage: true, allowBlank: true });
    // Excel's day 1 (1 January 1900) reads back through exceljs, which has no phantom 29 February 1900, as 31 December 1899.
    expect((date.formulae as Date[]).map((bound) => bound.toISOString().slice(0, 10))).toEqual(['1899-12-31', '2100-12-31']);
    expect(date.error).toContain('day first');
    expect(model[`A${last}`]).toEqual(date);
    expect(model[`A${last + 1}`]).toBeUndefined();
    expect(sheet.getCell(`A${first + 500}`).dataValidation.type).toBe('date');

    expect(model[`B${first}`]).toMatchObject({ type: 'time', showErrorMessage: true });
    expect(model[`B${first}`]!.error).toContain('HH:MM');

    for (const letter of ['J', 'K', 'L', 'M', 'N', 'O']) {
      expect(model[`${letter}${last}`]).toMatchObject({ type: 'list', formulae: ['"Yes,No"'], showInputMessage: true });
      expect(model[`${letter}${first}`]!.prompt).toContain('Yes or No');
    }
    // Free text is not constrained.
    expect(model[`D${first}`]).toBeUndefined();
    // The header block's "Date completed" is a date too.
    expect(sheet.getCell('B4').dataValidation.type).toBe('date');
  });

  it('has the Agency Summary Form: a label per question, the answer beside it, dates validated', async () => {
    const sheet = (await open(await chronologyTemplate(DETAILS))).getWorksheet(TEMPLATE_SHEETS.summary)!;
    expect([sheet.getCell('A1').value, sheet.getCell('B1').value, sheet.getCell('A2').value, sheet.getCell('B2').value]).toEqual([
      TEMPLATE_HEADER_BLOCK.reference,
      DETAILS.reference,
      TEMPLATE_HEADER_BLOCK.agency,
      DETAILS.agency,
    ]);
    SUMMARY_FIELDS.forEach((field, index) => {
      const row = sheet.getRow(SUMMARY_FIRST_ROW + index);
      expect(row.getCell(1).value).toBe(SUMMARY_LABELS[field]);
      const answer = row.getCell(2);
      if (SUMMARY_DATE_FIELDS.has(field)) {
        expect(answer.dataValidation?.type).toBe('date');
        expect(answer.numFmt).toBe('dd/mm/yyyy');
      } else {
        expect(answer.dataValidation).toBeUndefined();
        expect(answer.alignment?.wrapText).toBe(true);
      }
    });
    expect(sheet.getRow(SUMMARY_FIRST_ROW + SUMMARY_FIELDS.indexOf('involvement')).height).toBeGreaterThanOrEqual(100);
  });

  it('round trip: a template filled in with exceljs imports as exactly the rows written', async () => {
    faker.seed(20_261_125);
    const template = await open(await chronologyTemplate(DETAILS));
    const sheet = template.getWorksheet(TEMPLATE_SHEETS.chronology)!;
    sheet.getCell('B3').value = 'Zoë Łukaszewicz';
    sheet.getCell('B4').value = new Date(Date.UTC(2026, 10, 30));

    const people = ['Zoë', 'Łukasz', 'Siân', 'Ffion', 'Mohammed'];
    const expected: ChronologyRow[] = [];
    for (let index = 0; index < 30; index += 1) {
      const rowNumber = TEMPLATE_HEADER_ROW + 1 + index;
      const date = faker.date.between({ from: Date.UTC(2023, 0, 1), to: Date.UTC(2026, 5, 30) });
      const iso = date.toISOString().slice(0, 10);
      const time = index % 3 === 0 ? null : `${String(faker.number.int({ min: 0, max: 23 })).padStart(2, '0')}:${String(faker.number.int({ min: 0, max: 59 })).padStart(2, '0')}`;
      const person = people[index % people.length]!;
      const text = {
        source: faker.helpers.arrayElement(['Case notes', 'Referral', 'Strategy discussion record', 'GP record', 'School log']),
        event: `${person}: ${faker.lorem.sentence()}`,
        risk: faker.lorem.sentence(),
        response: `Officer spoke with ${person}. ${faker.lorem.sentence()}`,
        impact: faker.lorem.sentences(2),
        partnership: index % 4 === 0 ? '' : faker.lorem.sentence(),
        learning: faker.lorem.sentence(),
      };
      const tests = Object.fromEntries(SIGNIFICANCE_TESTS.map((test) => [test, faker.helpers.arrayElement([true, false, null])])) as SignificanceTests;
      // Most dates as Excel dates, as a person types them into the date column; some typed as text.
      const dateCell: ExcelJS.CellValue = index % 5 === 4 ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : new Date(`${iso}T00:00:00Z`);
      // Times typed into Excel become fractions of a day under the column's hh:mm format; some are left as text.
      const timeCell: ExcelJS.CellValue = time !== null && index % 3 === 1 ? (Number(time.slice(0, 2)) * 60 + Number(time.slice(3))) / 1440 : time;
      const values: ExcelJS.CellValue[] = [dateCell, timeCell, text.source, text.event, text.risk, text.response, text.impact, text.partnership, text.learning, ...SIGNIFICANCE_TESTS.map((test) => (tests[test] === null ? null : tests[test] ? 'Yes' : 'No'))];
      values.forEach((value, column) => {
        if (value !== null && value !== '') sheet.getCell(rowNumber, column + 1).value = value;
      });
      expected.push({ sheet: TEMPLATE_SHEETS.chronology, row: rowNumber, date: iso, time, agency: DETAILS.agency, ...text, tests });
    }
    const filled = Buffer.from(await template.xlsx.writeBuffer());

    const result = await readChronology({ fileName: 'gmp-chronology.xlsx', bytes: filled }, { today: TODAY });
    expect(result.rows).toEqual(expected);
    // The two sheets that are not chronologies are skipped, and say so; nothing else is a problem.
    expect(result.problems.map((problem) => [problem.sheet, problem.row])).toEqual([
      [TEMPLATE_SHEETS.instructions, 0],
      [TEMPLATE_SHEETS.summary, 0],
    ]);
  });
});
