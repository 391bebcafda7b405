import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readAgencySummary } from '../../../main/evidence/summary-import.ts';
import { chronologyTemplate, SUMMARY_FIRST_ROW, TEMPLATE_HEADER_ROW } from '../../../main/exports/xlsx/chronology-template.ts';
import { AppError } from '../../../shared/errors.ts';
import { SUMMARY_FIELDS, SUMMARY_LABELS, type AgencySummaryInput, type SummaryField } from '../../../shared/evidence/agency-summary.ts';
import { TEMPLATE_HEADER_BLOCK, TEMPLATE_HEADERS, TEMPLATE_SHEETS } from '../../../shared/evidence/chronology.ts';

const TODAY = '2026-11-25';
const DETAILS = { reference: 'PRM-2026-014', agency: 'NHS GM ICB Salford locality', dueOn: '2026-12-02', madeOn: '2026-11-20', partnershipName: 'Salford Safeguarding Children Partnership' };

const ANSWERS: AgencySummaryInput = {
  authorName: 'Siân Łukaszewska',
  authorRole: 'Named Nurse for Safeguarding Children',
  completedOn: '2026-11-30',
  involvementFrom: '2024-03-03',
  involvementTo: '2026-06-14',
  involvement: 'The health visiting team saw Zoë and her mother eleven times.\nThe GP saw Zoë twice for minor illness.',
  livedExperience: 'Zoë was often hungry at nursery; her cot was damp.',
  analysis: 'Home visits were rearranged four times without escalation.',
  goodPractice: 'The health visitor shared concerns with the school nurse promptly.',
  learning: 'Missed appointments should trigger a discussion with the safeguarding team.',
  immediateActions: 'Training on “was not brought” has been arranged for all health visitors.',
  otherAgencies: 'Children’s Social Care; Education (Łukasz’s school).',
};

const file = (bytes: Buffer, fileName = 'health-return.xlsx') => ({ fileName, bytes });

async function filledTemplate(fill: (sheet: ExcelJS.Worksheet, rowOf: (field: SummaryField) => number) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await chronologyTemplate(DETAILS)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(TEMPLATE_SHEETS.summary)!;
  fill(sheet, (field) => SUMMARY_FIRST_ROW + SUMMARY_FIELDS.indexOf(field));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeAnswers(sheet: ExcelJS.Worksheet, rowOf: (field: SummaryField) => number, answers: AgencySummaryInput): void {
  for (const field of SUMMARY_FIELDS) {
    const answer = answers[field];
    if (answer === null || answer === undefined) continue;
    // Dates go in as a person's typing leaves them: Excel dates in the day-first formatted cells.
    sheet.getCell(rowOf(field), 2).value = field === 'completedOn' || field === 'involvementFrom' || field === 'involvementTo' ? new Date(`${answer}T00:00:00Z`) : answer;
  }
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('importing an agency summary', () => {
  it('round trip: a template whose summary sheet is filled in imports as exactly the answers written', async () => {
    const bytes = await filledTemplate((sheet, rowOf) => writeAnswers(sheet, rowOf, ANSWERS));
    const imported = await readAgencySummary(file(bytes), { today: TODAY });
    expect(imported.summary).toEqual(ANSWERS);
    expect(imported.problems).toEqual([]);
  });

  it('leaves unanswered questions empty without calling them problems', async () => {
    const bytes = await filledTemplate((sheet, rowOf) => {
      sheet.getCell(rowOf('authorName'), 2).value = 'Zoë Adebayo';
    });
    const imported = await readAgencySummary(file(bytes), { today: TODAY });
    expect(imported.summary).toMatchObject({ authorName: 'Zoë Adebayo', authorRole: '', completedOn: null, involvement: '' });
    expect(imported.problems).toEqual([]);
  });

  it('reads dates typed as UK text or left as serial numbers, day first', async () => {
    const bytes = await filledTemplate((sheet, rowOf) => {
      sheet.getCell(rowOf('completedOn'), 2).value = '3rd February 2025';
      sheet.getCell(rowOf('involvementFrom'), 2).value = '04/03/24';
      // 45_658 is 1 January 2025 in Excel's 1900 date system; a plain number, not formatted as a date.
      sheet.getCell(rowOf('involvementTo'), 2).value = 45_658;
      sheet.getCell(rowOf('involvementTo'), 2).numFmt = 'General';
    });
    const imported = await readAgencySummary(file(bytes), { today: TODAY });
    expect([imported.summary.completedOn, imported.summary.involvementFrom, imported.summary.involvementTo]).toEqual(['2025-02-03', '2024-03-04', '2025-01-01']);
    expect(imported.problems).toEqual([]);
  });

  it('honours a workbook that counts its dates from 1904', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet(TEMPLATE_SHEETS.summary);
    sheet.addRow([SUMMARY_LABELS.completedOn, new Date(Date.UTC(2026, 10, 30))]).getCell(2).numFmt = 'dd/mm/yyyy';
    // Read in the 1900 system, the same serial would be 29 November 2022.
    sheet.addRow([SUMMARY_LABELS.involvementFrom, 44_894]);
    const imported = await readAgencySummary(file(Buffer.from(await workbook.xlsx.writeBuffer())), { today: TODAY });
    expect([imported.summary.completedOn, imported.summary.involvementFrom]).toEqual(['2026-11-30', '2026-11-30']);
  });

  it('says, in a sentence, which date answers could not be read, and leaves them empty', async () => {
    const bytes = await filledTemplate((sheet, rowOf) => {
      sheet.getCell(rowOf('completedOn'), 2).value = '31/02/2025';
      sheet.getCell(rowOf('involvementFrom'), 2).value = 'last spring';
    });
    const imported = await readAgencySummary(file(bytes), { today: TODAY });
    expect(imported.summary.completedOn).toBeNull();
    expect(imported.summary.involvementFrom).toBeNull();
    expect(imported.problems).toEqual([
      'The answer to "Date completed" ("31/02/2025") is not a real date.',
      'The answer to "Involvement from (date)" ("last spring") is not a date. Write it day first, like 03/02/2025.',
    ]);
  });

  it('matches labels whatever their case and punctuation, and says which are missing or answered in the wrong column', async () => {
    const bytes = await filledTemplate((sheet, rowOf) => {
      writeAnswers(sheet, rowOf, ANSWERS);
      sheet.getCell(rowOf('authorRole'), 1).value = 'JOB TITLE:';
      sheet.getCell(rowOf('livedExperience'), 1).value = "What your agency knew of the child's lived experience";
      sheet.getCell(rowOf('goodPractice'), 1).value = 'Notes';
      sheet.getCell(rowOf('learning'), 2).value = null;
      sheet.getCell(rowOf('learning'), 3).value = 'Typed one column too far right.';
    });
    const imported = await readAgencySummary(file(bytes), { today: TODAY });
    expect(imported.summary).toEqual({ ...ANSWERS, goodPractice: '', learning: '' });
    expect(imported.problems).toEqual([
      'The "Agency summary" sheet has no row labelled "Good practice identified", so that answer is empty.',
      `The answer to "Learning identified for your agency or the partnership" (row ${SUMMARY_FIRST_ROW + SUMMARY_FIELDS.indexOf('learning')}) is in column C, but answers are read from column B only, so it is empty.`,
    ]);
  });

  it('reads the summary sheet of a workbook that also carries a 20,000-row chronology', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise((resolve) => stream.on('end', resolve));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
    const chronology = writer.addWorksheet(TEMPLATE_SHEETS.chronology);
    chronology.addRow([TEMPLATE_HEADER_BLOCK.agency, DETAILS.agency]).commit();
    for (let row = 2; row < TEMPLATE_HEADER_ROW; row += 1) chronology.addRow([]).commit();
    chronology.addRow([TEMPLATE_HEADERS.date, TEMPLATE_HEADERS.event]).commit();
    for (let index = 0; index < 20_000; index += 1) chronology.addRow([new Date(Date.UTC(2025, 0, 1 + (index % 365))), `Contact ${index} with Zoë’s family`]).commit();
    chronology.commit();
    const summary = writer.addWorksheet(TEMPLATE_SHEETS.summary);
    summary.addRow([SUMMARY_LABELS.authorName, 'Łukasz Nowak']).commit();
    summary.addRow([SUMMARY_LABELS.involvement, 'Twenty thousand contacts, all recorded.']).commit();
    summary.commit();
    await writer.commit();
    await ended;

    const imported = await readAgencySummary(file(Buffer.concat(chunks)), { today: TODAY });
    expect(imported.summary).toMatchObject({ authorName: 'Łukasz Nowak', involvement: 'Twenty thousand contacts, all recorded.' });
    expect(imported.problems).toHaveLength(SUMMARY_FIELDS.length - 2);
  });

  it('refuses a workbook with no "Agency summary" sheet, a CSV, and a file that is not a workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow([SUMMARY_LABELS.authorName, 'Zoë']);
    const noSheet = await refusal(readAgencySummary(file(Buffer.from(await workbook.xlsx.writeBuffer())), { today: TODAY }));
    expect(noSheet.code).toBe('INVALID_INPUT');
    expect(noSheet.message).toBe(
      '"health-return.xlsx" has no "Agency summary" sheet. Ask the agency to fill in the "Agency summary" sheet of the template workbook the partnership sent, without renaming it, and to send that workbook back.',
    );

    const csv = await refusal(readAgencySummary(file(Buffer.from('Date,Event\n03/02/2025,Visit\n'), 'health-return.csv'), { today: TODAY }));
    expect(csv.code).toBe('INVALID_INPUT');
    expect(csv.message).toContain('CSV');

    const notAWorkbook = await refusal(readAgencySummary(file(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')), { today: TODAY }));
    expect(notAWorkbook.code).toBe('FILE_REFUSED');
  });
});
