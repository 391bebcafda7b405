import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readChronology } from '../../../main/evidence/chronology/read-chronology.ts';
import type { ReturnedFile } from '../../../main/evidence/chronology/returned-file.ts';
import { AppError } from '../../../shared/errors.ts';
import {
  chronologyReadResult,
  SIGNIFICANCE_TESTS,
  TEMPLATE_HEADER_BLOCK,
  TEMPLATE_HEADERS,
  TEMPLATE_SHEETS,
  type ChronologyField,
  type ChronologyReadResult,
  type ChronologyRow,
  type SignificanceTests,
} from '../../../shared/evidence/chronology.ts';

// Every workbook here is built in the test with exceljs, as an agency's return might arrive.
// Expected values were worked out by hand. The names are made up.
const TODAY = '2026-03-10';

const NO_TESTS: SignificanceTests = {
  changedAssessment: null,
  partOfPattern: null,
  statutoryEvent: null,
  significantToChild: null,
  significantToKeyAdult: null,
  learningPoint: null,
};

/** A chronology row as the reader should return it: everything blank except what is given. */
function expectedRow(fields: Partial<ChronologyRow> & Pick<ChronologyRow, 'sheet' | 'row' | 'date' | 'event'>): ChronologyRow {
  return { time: null, agency: null, source: '', risk: '', response: '', impact: '', partnership: '', learning: '', tests: NO_TESTS, ...fields };
}

async function workbookFile(build: (workbook: ExcelJS.Workbook) => void, fileName = 'return.xlsx'): Promise<ReturnedFile> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return { fileName, bytes: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

async function read(file: ReturnedFile, today = TODAY): Promise<ChronologyReadResult> {
  const result = await readChronology(file, { today });
  // The command line prints exactly this shape.
  expect(chronologyReadResult.safeParse(result).success).toBe(true);
  return result;
}

async function refusal(file: ReturnedFile): Promise<AppError> {
  try {
    await readChronology(file, { today: TODAY });
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const TEMPLATE_COLUMNS: readonly ChronologyField[] = ['date', 'time', 'source', 'event', 'risk', 'response', 'impact', 'partnership', 'learning', ...SIGNIFICANCE_TESTS];

describe('reading the app’s own template back', () => {
  it('reads the rows under the header block, with the agency from the block', async () => {
    const file = await workbookFile((workbook) => {
      workbook.addWorksheet(TEMPLATE_SHEETS.instructions).addRow(['Fill in one row per significant practice event.']);
      const summary = workbook.addWorksheet(TEMPLATE_SHEETS.summary);
      summary.addRow(['Agency', 'Łukasz Nowak Health Trust']);
      summary.addRow(['Summary of involvement', 'Seen at clinic twice.']);
      const sheet = workbook.addWorksheet(TEMPLATE_SHEETS.chronology);
      sheet.addRow([TEMPLATE_HEADER_BLOCK.reference, 'PRM-2026-014']);
      sheet.addRow([TEMPLATE_HEADER_BLOCK.agency, 'Northshire Police']);
      sheet.addRow([TEMPLATE_HEADER_BLOCK.author, 'Siân Roberts']);
      sheet.addRow([TEMPLATE_HEADER_BLOCK.date, new Date(Date.UTC(2026, 2, 1))]);
      sheet.addRow([]);
      sheet.addRow(TEMPLATE_COLUMNS.map((field) => TEMPLATE_HEADERS[field]));
      sheet.addRow([new Date(Date.UTC(2025, 1, 3)), '14:30', 'Custody record', 'Zoë was seen by officers at home.', 'Bruising noted', 'Referral to social care', 'Strategy discussion held', 'Shared with health', 'Earlier referral would have helped', 'Yes', 'No', 'Yes', 'No', 'Yes', 'No']);
      sheet.addRow([new Date(Date.UTC(2025, 1, 10)), null, 'Call log', 'Mother rang the front counter.', '', '', '', '', '', 'No', 'No', 'No', 'No', 'No', 'No']);
      sheet.getColumn(1).numFmt = 'dd/mm/yyyy';
    });
    const result = await read(file);
    expect(result.rows).toEqual([
      expectedRow({
        sheet: 'Chronology',
        row: 7,
        date: '2025-02-03',
        time: '14:30',
        agency: 'Northshire Police',
        source: 'Custody record',
        event: 'Zoë was seen by officers at home.',
        risk: 'Bruising noted',
        response: 'Referral to social care',
        impact: 'Strategy discussion held',
        partnership: 'Shared with health',
        learning: 'Earlier referral would have helped',
        tests: { changedAssessment: true, partOfPattern: false, statutoryEvent: true, significantToChild: false, significantToKeyAdult: true, learningPoint: false },
      }),
      expectedRow({
        sheet: 'Chronology',
        row: 8,
        date: '2025-02-10',
        agency: 'Northshire Police',
        source: 'Call log',
        event: 'Mother rang the front counter.',
        tests: { changedAssessment: false, partOfPattern: false, statutoryEvent: false, significantToChild: false, significantToKeyAdult: false, learningPoint: false },
      }),
    ]);
    expect(result.problems).toEqual([
      { sheet: 'Instructions', row: 0, column: null, message: 'The sheet "Instructions" has no chronology header row, so it was not read.' },
      { sheet: 'Agency summary', row: 0, column: null, message: 'The sheet "Agency summary" has no chronology header row, so it was not read.' },
    ]);
  });
});

describe('columns as agencies really name and order them', () => {
  it('reads re-ordered, renamed columns, whatever their case, punctuation and bracketed notes', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Our chronology');
      sheet.addRow([
        'WHAT HAPPENED?',
        'Date of event (dd/mm/yyyy)',
        'Organisation',
        'Agency response',
        'Time of event',
        'Source of information',
        'Presentation of risk',
        'Impact on the child',
        'Multi-agency considerations',
        'Learning/analysis',
        'Learning point?',
        'Significant to adult',
        'Significant to child',
        'Statutory',
        'Pattern',
        'Changed (or could have changed) the assessment',
      ]);
      sheet.addRow(['Home visit; Łukasz was not seen.', '03/02/2025', 'Children’s Social Care', 'Visit rearranged', '10.15', 'Case notes', 'Missed contact', 'Not known', 'Health told', 'Persistence needed', 'Y', 'N', 'y', 'n', 'TRUE', 'false']);
    });
    const result = await read(file);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      expectedRow({
        sheet: 'Our chronology',
        row: 2,
        date: '2025-02-03',
        time: '10:15',
        agency: 'Children’s Social Care',
        source: 'Case notes',
        event: 'Home visit; Łukasz was not seen.',
        risk: 'Missed contact',
        response: 'Visit rearranged',
        impact: 'Not known',
        partnership: 'Health told',
        learning: 'Persistence needed',
        tests: { changedAssessment: false, partOfPattern: true, statutoryEvent: false, significantToChild: true, significantToKeyAdult: false, learningPoint: true },
      }),
    ]);
  });

  it('reads other common names for each column', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.addRow(['When', 'Description', 'Service', 'Recorded by', 'Risk identified', 'Action taken', 'Impact on child', 'Partnership working', 'Learning identified']);
      sheet.addRow(['4 March 2025', 'School raised a concern.', 'Education', 'DSL', 'Neglect', 'Called parent', 'Child hungry', 'MASH informed', 'Use the neglect toolkit']);
    });
    const result = await read(file);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      expectedRow({
        sheet: 'Sheet1',
        row: 2,
        date: '2025-03-04',
        agency: 'Education',
        source: 'DSL',
        event: 'School raised a concern.',
        risk: 'Neglect',
        response: 'Called parent',
        impact: 'Child hungry',
        partnership: 'MASH informed',
        learning: 'Use the neglect toolkit',
      }),
    ]);
  });

  it('lists each column it does not know, and a second column for the same field, once, at the header row', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Date', 'Case worker', 'Event', 'Summary']);
      sheet.addRow(['03/02/2025', 'Zoë Clark', 'Visit', 'Home visit']);
      sheet.addRow(['04/02/2025', 'Zoë Clark', 'Call', 'Telephone call']);
    });
    const result = await read(file);
    expect(result.rows.map((row) => [row.row, row.date, row.event])).toEqual([
      [2, '2025-02-03', 'Visit'],
      [3, '2025-02-04', 'Call'],
    ]);
    expect(result.problems).toEqual([
      { sheet: 'Chronology', row: 1, column: 'B (Case worker)', message: 'The column "Case worker" is not a chronology column, so it was not read.' },
      { sheet: 'Chronology', row: 1, column: 'D (Summary)', message: 'The column "Summary" is a second Event column (column C (Event) is the one read), so it was not read.' },
    ]);
  });

  it('reports a column with no header that has something in it', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Date', 'Event']);
      sheet.addRow(['03/02/2025', 'Visit']);
      sheet.addRow(['04/02/2025', 'Call', 'see notes']);
      sheet.addRow(['05/02/2025', 'Letter', 'more notes']);
    });
    const result = await read(file);
    expect(result.rows).toHaveLength(3);
    expect(result.problems).toEqual([{ sheet: 'Chronology', row: 3, column: 'C', message: 'Column C has no header, so what is in it was not read (from this row on).' }]);
  });
});

describe('columns between the headers', () => {
  it('reports a column with no header between two that have one', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Date', null, 'Event']);
      sheet.addRow(['03/02/2025', 'aside', 'Visit']);
    });
    const result = await read(file);
    expect(result.rows.map((row) => row.event)).toEqual(['Visit']);
    expect(result.problems).toEqual([{ sheet: 'Chronology', row: 2, column: 'B', message: 'Column B has no header, so what is in it was not read (from this row on).' }]);
  });
});

describe('the layout around the table', () => {
  it('finds the header under a title block, takes the block’s agency, and lets a row’s own agency win', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Return');
      sheet.addRow(['Significant Practice Event chronology']);
      sheet.addRow([]);
      sheet.addRow(['Agency:', 'Northshire Ambulance Service']);
      sheet.addRow(['Completed by', 'Siân Evans']);
      sheet.addRow(['Date completed', '01/03/2026']);
      sheet.addRow([]);
      sheet.addRow(['Date', 'Event', 'Agency']);
      sheet.addRow(['03/02/2025', '999 call attended.', '']);
      sheet.addRow(['04/02/2025', 'Handover to A&E.', 'Northshire Hospital']);
    });
    const result = await read(file);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      expectedRow({ sheet: 'Return', row: 8, date: '2025-02-03', event: '999 call attended.', agency: 'Northshire Ambulance Service' }),
      expectedRow({ sheet: 'Return', row: 9, date: '2025-02-04', event: 'Handover to A&E.', agency: 'Northshire Hospital' }),
    ]);
  });

  it('leaves the agency empty when neither the row nor a title block names it', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Date', 'Event']);
      sheet.addRow(['03/02/2025', 'Visit']);
    });
    expect((await read(file)).rows[0]?.agency).toBeNull();
  });

  it('skips blank rows silently and gives rows under a merged date cell the merged date', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Date', 'Time', 'Event', 'Source']);
      sheet.addRow(['03/02/2025 09:00', null, 'Strategy discussion.', 'Minutes']);
      sheet.addRow([null, '11:00', 'Section 47 enquiry started.', null]);
      sheet.addRow([null, null, 'Child seen alone.', null]);
      sheet.addRow([]);
      sheet.addRow(['', '  ', '', '']);
      sheet.addRow(['05/02/2025', null, 'Initial conference booked.', 'Letter']);
      sheet.addRow([null, null, 'Family told by phone.', null]);
      sheet.mergeCells('A2:A4');
      sheet.mergeCells('D2:D4');
    });
    const result = await read(file);
    expect(result.rows).toEqual([
      expectedRow({ sheet: 'Chronology', row: 2, date: '2025-02-03', time: '09:00', event: 'Strategy discussion.', source: 'Minutes' }),
      // The merged cell's date, and its time when the row has none of its own.
      expectedRow({ sheet: 'Chronology', row: 3, date: '2025-02-03', time: '11:00', event: 'Section 47 enquiry started.', source: 'Minutes' }),
      expectedRow({ sheet: 'Chronology', row: 4, date: '2025-02-03', time: '09:00', event: 'Child seen alone.', source: 'Minutes' }),
      expectedRow({ sheet: 'Chronology', row: 7, date: '2025-02-05', event: 'Initial conference booked.', source: 'Letter' }),
    ]);
    // Row 8 sits under no merged cell: it has no date, so it is reported, not guessed.
    expect(result.problems).toEqual([{ sheet: 'Chronology', row: 8, column: 'A (Date)', message: 'This row has no date, so it was not read (it says "Family told by phone.").' }]);
  });

  it('reports notes below the table rather than dropping them', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Event', 'Date']);
      sheet.addRow(['Visit', '03/02/2025']);
      sheet.addRow([]);
      sheet.addRow(['Completed by Zoë Hughes, safeguarding lead']);
      sheet.addRow(['Completed by', '03/03/2026']);
      sheet.addRow(['Handwritten addendum on file']);
    });
    const sourceFirst = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Source', 'Date', 'Event']);
      sheet.addRow(['Notes', '03/02/2025', 'Visit']);
    });
    // "Notes" under Source is an answer, not a note under the table.
    expect((await read(sourceFirst)).rows.map((row) => [row.source, row.event])).toEqual([['Notes', 'Visit']]);
    const result = await read(file);
    expect(result.rows.map((row) => row.row)).toEqual([2]);
    expect(result.problems).toEqual([
      { sheet: 'Chronology', row: 4, column: null, message: 'This row looks like a note rather than an event (it says "Completed by Zoë Hughes, safeguarding lead"), so it was not read.' },
      { sheet: 'Chronology', row: 5, column: null, message: 'This row looks like a note rather than an event (it says "Completed by"), so it was not read.' },
      { sheet: 'Chronology', row: 6, column: 'B (Date)', message: 'This row has no date, so it was not read (it says "Handwritten addendum on file").' },
    ]);
  });

  it('reports a repeated header row instead of reading it as an event', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Date', 'Event']);
      sheet.addRow(['03/02/2025', 'Visit']);
      sheet.addRow(['Date', 'Event']);
      sheet.addRow(['04/02/2025', 'Call']);
    });
    const result = await read(file);
    expect(result.rows.map((row) => row.row)).toEqual([2, 4]);
    expect(result.problems).toEqual([{ sheet: 'Chronology', row: 3, column: null, message: 'This row repeats the header row, so it was not read as an event.' }]);
  });

  it('reads every sheet that has a header row, in the order of the tabs', async () => {
    const file = await workbookFile((workbook) => {
      const first = workbook.addWorksheet('2024');
      first.addRow(['Date', 'Event']);
      first.addRow(['03/02/2024', 'Earlier visit']);
      workbook.addWorksheet('Notes').addRow(['Dates are approximate before 2024.']);
      const second = workbook.addWorksheet('2025');
      second.addRow(['Date', 'Event']);
      second.addRow(['03/02/2025', 'Later visit']);
    });
    const result = await read(file);
    expect(result.rows.map((row) => [row.sheet, row.row, row.event])).toEqual([
      ['2024', 2, 'Earlier visit'],
      ['2025', 2, 'Later visit'],
    ]);
    expect(result.problems).toEqual([{ sheet: 'Notes', row: 0, column: null, message: 'The sheet "Notes" has no chronology header row, so it was not read.' }]);
  });

  it('says so when a sheet has a header row but nothing under it', async () => {
    const file = await workbookFile((workbook) => {
      workbook.addWorksheet('Chronology').addRow(['Date', 'Event']);
    });
    const result = await read(file);
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([{ sheet: 'Chronology', row: 0, column: null, message: 'The sheet "Chronology" has a header row at row 1 but no events under it.' }]);
  });
});

describe('dates and times', () => {
  it('reads dates as Excel serials, as date cells and as text in every UK form', async () => {
    const texts = [
      ['03/02/2025', '2025-02-03', null],
      ['3-2-2025', '2025-02-03', null],
      ['03.02.25', '2025-02-03', null],
      ['3 Feb 2025', '2025-02-03', null],
      ['3rd February 2025', '2025-02-03', null],
      ['3-Feb-25', '2025-02-03', null],
      ['3 Sept 2024', '2024-09-03', null],
      ['2025-02-03', '2025-02-03', null],
      ['03/02/2025 14:30', '2025-02-03', '14:30'],
      ['3 Feb 2025 2.30pm', '2025-02-03', '14:30'],
      ['2025-02-03T08:05', '2025-02-03', '08:05'],
    ] as const;
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Date', 'Event']);
      // A serial typed into a cell left as "General": Excel shows 45691, which is 3 February 2025.
      sheet.addRow([45691, 'serial']);
      const dateCell = sheet.addRow([new Date(Date.UTC(2025, 1, 3)), 'date cell']);
      dateCell.getCell(1).numFmt = 'dd/mm/yyyy';
      const dateTimeCell = sheet.addRow([new Date(Date.UTC(2025, 1, 3, 16, 45)), 'date cell with a time']);
      dateTimeCell.getCell(1).numFmt = 'dd/mm/yyyy hh:mm';
      const formula = sheet.addRow([{ formula: 'DATE(2025,2,3)', result: 45691 }, 'formula']);
      formula.getCell(1).numFmt = 'dd/mm/yyyy';
      for (const [text] of texts) sheet.addRow([text, `text ${text}`]);
    });
    const result = await read(file);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => [row.event, row.date, row.time])).toEqual([
      ['serial', '2025-02-03', null],
      ['date cell', '2025-02-03', null],
      ['date cell with a time', '2025-02-03', '16:45'],
      ['formula', '2025-02-03', null],
      ...texts.map(([text, date, time]) => [`text ${text}`, date, time]),
    ]);
  });

  it('reads times as text, as Excel times and from the date cell when the time column is empty', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Date', 'Time', 'Event']);
      sheet.addRow(['03/02/2025', '14:30', 'colon']);
      sheet.addRow(['03/02/2025', '14.30', 'full stop']);
      sheet.addRow(['03/02/2025', '2:30pm', 'afternoon']);
      sheet.addRow(['03/02/2025', '1430', 'four digits']);
      sheet.addRow(['03/02/2025', 0.375, 'fraction of a day']);
      const timeCell = sheet.addRow(['03/02/2025', new Date(Date.UTC(1899, 11, 30, 21, 5)), 'time cell']);
      timeCell.getCell(2).numFmt = 'hh:mm';
      sheet.addRow(['03/02/2025 07:20', null, 'time in the date cell']);
      sheet.addRow(['03/02/2025 07:20', '08:00', 'time column wins']);
    });
    const result = await read(file);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => [row.event, row.time])).toEqual([
      ['colon', '14:30'],
      ['full stop', '14:30'],
      ['afternoon', '14:30'],
      ['four digits', '14:30'],
      ['fraction of a day', '09:00'],
      ['time cell', '21:05'],
      ['time in the date cell', '07:20'],
      ['time column wins', '08:00'],
    ]);
  });

  it('reads two-digit years as the latest year not in the future', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Date', 'Event']);
      sheet.addRow(['03/02/26', 'this year']);
      sheet.addRow(['03/02/27', 'next year, so last century']);
      sheet.addRow(['3-Feb-98', 'last century']);
    });
    expect((await read(file, '2026-03-10')).rows.map((row) => row.date)).toEqual(['2026-02-03', '1927-02-03', '1998-02-03']);
    expect((await read(file, '2027-06-01')).rows.map((row) => row.date)).toEqual(['2026-02-03', '2027-02-03', '1998-02-03']);
  });

  it('honours a workbook saved with the 1904 date system', async () => {
    const file = await workbookFile((workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Date', 'Event']);
      // exceljs stores this date as serial 44229 (1904 system); read as 1900 it would be 2 February 2021.
      const dated = sheet.addRow([new Date(Date.UTC(2025, 1, 3, 9, 30)), 'date cell']);
      dated.getCell(1).numFmt = 'dd/mm/yyyy hh:mm';
      sheet.addRow([44229, 'serial in a General cell']);
      sheet.addRow(['03/02/2025', 'text is not affected']);
    });
    const result = await read(file);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => [row.event, row.date, row.time])).toEqual([
      ['date cell', '2025-02-03', '09:30'],
      ['serial in a General cell', '2025-02-03', null],
      ['text is not affected', '2025-02-03', null],
    ]);
  });

  it('reports dates and times it cannot read by sheet, row and column, naming the text', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Police return');
      sheet.addRow(['Event', 'Date of event', 'Time']);
      sheet.addRow(['Impossible day', '31/02/2025']);
      sheet.addRow(['American order', '02/13/2025']);
      sheet.addRow(['Words', 'next Tuesday']);
      sheet.addRow(['A year alone', 2025]);
      sheet.addRow(['Bad time', '03/02/2025', '25:10']);
      sheet.addRow(['Not a time', '03/02/2025', 'teatime']);
    });
    const result = await read(file);
    expect(result.rows.map((row) => [row.row, row.event, row.time])).toEqual([
      [6, 'Bad time', null],
      [7, 'Not a time', null],
    ]);
    expect(result.problems).toEqual([
      { sheet: 'Police return', row: 2, column: 'B (Date of event)', message: '"31/02/2025" is not a real date, so this row was not read.' },
      {
        sheet: 'Police return',
        row: 3,
        column: 'B (Date of event)',
        message: '"02/13/2025" is not a real date, so this row was not read.',
      },
      {
        sheet: 'Police return',
        row: 4,
        column: 'B (Date of event)',
        message: '"next Tuesday" is not a date the reader understands (write dates day first, such as 03/02/2025), so this row was not read.',
      },
      { sheet: 'Police return', row: 5, column: 'B (Date of event)', message: 'The number 2025 is not a date, so this row was not read.' },
      { sheet: 'Police return', row: 6, column: 'C (Time)', message: '"25:10" is not a real time, so the time was left empty.' },
      { sheet: 'Police return', row: 7, column: 'C (Time)', message: '"teatime" is not a time, so the time was left empty.' },
    ]);
  });
});

describe('yes/no answers and cell kinds', () => {
  it('reads yes/no in every accepted form, and reports anything else while still reading the row', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Date', 'Event', 'Changed assessment', 'Pattern', 'Statutory', 'Significant to child', 'Significant to adult', 'Learning point']);
      sheet.addRow(['03/02/2025', 'ticks', '✓', '✔', 'x', 'X', 1, true]);
      sheet.addRow(['04/02/2025', 'crosses', 'No', 'n', 'FALSE', 0, false, null]);
      sheet.addRow(['05/02/2025', 'unclear', 'Maybe', 'Yes', 'N/A', null, null, 'no']);
    });
    const result = await read(file);
    expect(result.rows.map((row) => [row.event, row.tests])).toEqual([
      ['ticks', { changedAssessment: true, partOfPattern: true, statutoryEvent: true, significantToChild: true, significantToKeyAdult: true, learningPoint: true }],
      ['crosses', { changedAssessment: false, partOfPattern: false, statutoryEvent: false, significantToChild: false, significantToKeyAdult: false, learningPoint: null }],
      ['unclear', { changedAssessment: null, partOfPattern: true, statutoryEvent: null, significantToChild: null, significantToKeyAdult: null, learningPoint: false }],
    ]);
    expect(result.problems).toEqual([
      { sheet: 'Chronology', row: 4, column: 'C (Changed assessment)', message: '"Maybe" is not yes or no, so this test was left unanswered.' },
      { sheet: 'Chronology', row: 4, column: 'E (Statutory)', message: '"N/A" is not yes or no, so this test was left unanswered.' },
    ]);
  });

  it('reads rich text, formulas and hyperlinks as the text the sheet shows', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Date', 'Event', 'Source', 'Risk']);
      sheet.addRow([
        '03/02/2025',
        { richText: [{ text: 'Zoë ', font: { bold: true } }, { text: 'was seen.' }] },
        { text: 'Case record 12', hyperlink: 'https://records.example/12' },
        { formula: 'CONCATENATE("Low"," risk")', result: 'Low risk' },
      ]);
    });
    const result = await read(file);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([expectedRow({ sheet: 'Chronology', row: 2, date: '2025-02-03', event: 'Zoë was seen.', source: 'Case record 12', risk: 'Low risk' })]);
  });

  it('lists a row with no event text in problems only', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Date', 'Event', 'Risk']);
      sheet.addRow(['03/02/2025', '', 'Neglect']);
    });
    const result = await read(file);
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([{ sheet: 'Chronology', row: 2, column: 'B (Event)', message: 'This row has no event, so it was not read.' }]);
  });
});

describe('a chronology saved as CSV', () => {
  it('reads quoted commas, quotes and line breaks, after a byte-order mark, named after the file', async () => {
    const csv = [
      'Case reference,PRM-2026-014',
      'Agency,Northshire Police',
      '',
      'Date,Time,Source,Event,Pattern?',
      '03/02/2025,14:30,"Log, custody","Zoë said ""no"", then left.",Yes',
      '"04/02/2025",,Call,"Two lines:',
      'second line",maybe',
      '',
      '31/02/2025,,Call,Impossible,No',
    ].join('\r\n');
    const file: ReturnedFile = { fileName: 'police-return.csv', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]) };
    const result = await read(file);
    expect(result.rows).toEqual([
      expectedRow({
        sheet: 'police-return',
        row: 5,
        date: '2025-02-03',
        time: '14:30',
        agency: 'Northshire Police',
        source: 'Log, custody',
        event: 'Zoë said "no", then left.',
        tests: { ...NO_TESTS, partOfPattern: true },
      }),
      expectedRow({ sheet: 'police-return', row: 6, date: '2025-02-04', agency: 'Northshire Police', source: 'Call', event: 'Two lines:\r\nsecond line' }),
    ]);
    expect(result.problems).toEqual([
      { sheet: 'police-return', row: 6, column: 'E (Pattern?)', message: '"maybe" is not yes or no, so this test was left unanswered.' },
      { sheet: 'police-return', row: 8, column: 'A (Date)', message: '"31/02/2025" is not a real date, so this row was not read.' },
    ]);
  });

  it('reads Excel’s plain "CSV" (Windows-1252) and a file separated by semicolons', async () => {
    const text = 'Date;Event;Agency\r\n03/02/2025;Zoë seen at school;Siân’s team\r\n';
    // Windows-1252 has ë at 0xEB and ’ at 0x92; Siân's â is 0xE2.
    const windows1252: Record<string, number> = { ë: 0xeb, '’': 0x92, â: 0xe2 };
    const bytes = Buffer.from([...text].map((char) => windows1252[char] ?? char.charCodeAt(0)));
    const result = await read({ fileName: 'School Return.csv', bytes });
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([expectedRow({ sheet: 'School Return', row: 2, date: '2025-02-03', event: 'Zoë seen at school', agency: 'Siân’s team' })]);
  });

  it('refuses a CSV with no chronology in it', async () => {
    const error = await refusal({ fileName: 'minutes.csv', bytes: Buffer.from('Item,Owner\nBudget,Siân\n', 'utf8') });
    expect(error.code).toBe('NO_CHRONOLOGY');
    expect(error.message).toBe('"minutes.csv" holds no chronology: it has no header row naming a date column and an event column.');
  });
});

describe('files that are not chronologies', () => {
  it('refuses a workbook with no sheet that has a chronology header row', async () => {
    const file = await workbookFile((workbook) => {
      workbook.addWorksheet('Instructions').addRow(['Fill in the chronology sheet.']);
      workbook.addWorksheet('Budget').addRow(['Item', 'Cost']);
    });
    const error = await refusal(file);
    expect(error.code).toBe('NO_CHRONOLOGY');
    expect(error.message).toBe('"return.xlsx" holds no chronology: none of its 2 sheets has a header row naming a date column and an event column.');
  });

  it('does not look for the header row below the first thirty rows', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Chronology');
      for (let line = 1; line <= 30; line += 1) sheet.addRow([`Guidance line ${line}`]);
      sheet.addRow(['Date', 'Event']);
      sheet.addRow(['03/02/2025', 'Visit']);
    });
    expect((await refusal(file)).code).toBe('NO_CHRONOLOGY');
  });

  it('passes the file through the guard first: a text file named .xlsx is refused before parsing', async () => {
    const error = await refusal({ fileName: 'return.xlsx', bytes: Buffer.from('Date,Event\n03/02/2025,Visit\n', 'utf8') });
    expect(error.code).toBe('FILE_REFUSED');
  });
});
