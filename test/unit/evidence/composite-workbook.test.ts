import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildComposite } from '../../../main/evidence/composite.ts';
import { COMPOSITE_HEADER_ROW, COMPOSITE_HEADERS, COMPOSITE_SHEET, compositeWorkbook } from '../../../main/exports/xlsx/composite-workbook.ts';
import { describeFilter } from '../../../shared/evidence/composite-filter.ts';
import type { StoredChronologyRow } from '../../../shared/evidence/composite.ts';

const NO_TESTS = { changedAssessment: null, partOfPattern: null, statutoryEvent: null, significantToChild: null, significantToKeyAdult: null, learningPoint: null };

function stored(id: number, agency: string, date: string, event: string, extra: Partial<StoredChronologyRow> = {}): StoredChronologyRow {
  return { id, agency, statedAgency: null, sheet: 'Chronology', row: 6 + id, date, time: null, source: 'Case notes', event, risk: '', response: '', impact: '', partnership: '', learning: '', tests: NO_TESTS, ...extra };
}

async function reopen(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([COMPOSITE_SHEET]);
  return workbook.getWorksheet(COMPOSITE_SHEET)!;
}

describe('the composite chronology workbook', () => {
  const rows = [
    stored(1, 'Police', '2025-06-10', 'Strategy discussion held about Zoë; section 47 enquiries agreed', {
      time: '14:30',
      risk: 'Bruising seen on Zoë’s arm',
      response: 'Joint visit with social worker',
      impact: 'Zoë placed with grandmother',
      partnership: 'Health and school invited',
      learning: 'Łukasz’s school was not told',
      tests: { ...NO_TESTS, changedAssessment: true, partOfPattern: false, statutoryEvent: true },
    }),
    stored(2, 'Health', '2025-06-10', 'Section 47 enquiries agreed at strategy discussion for Zoë', { time: '14:30' }),
    stored(3, 'School', '2025-03-01', 'Attendance letter sent to Siân’s family'),
    stored(4, 'School', '2025-07-01', 'Conference: child protection plan agreed'),
    stored(5, 'Police', '2025-07-01', 'Child protection conference attended; plan agreed'),
  ];
  const merged = buildComposite(rows, [{ rowIds: [2, 1], decision: 'merge', keepRowId: 1 }]);
  const entries = merged.entries;

  it('re-opens with the title, a styled header row, filters on and the header frozen', async () => {
    const sheet = await reopen(await compositeWorkbook({ reference: 'PRM-2026-014', madeOn: '2026-12-02', filterDescription: describeFilter({ agencies: [], tests: [], principles: [] }), entries }));
    expect(sheet.getCell('A1').value).toBe('Composite chronology: PRM-2026-014');
    expect(sheet.getCell('A2').value).toBe('Made on 2 December 2026');
    expect(sheet.getCell('A3').value).toBe('All agencies, all rows');
    expect(sheet.getCell('A4').value).toBe('OFFICIAL-SENSITIVE');
    const header = sheet.getRow(COMPOSITE_HEADER_ROW);
    expect((header.values as unknown[]).slice(1)).toEqual([...COMPOSITE_HEADERS]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(header.getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(header.getCell(1).border?.bottom?.style).toBe('thin');
    expect(sheet.autoFilter).toBe(`A${COMPOSITE_HEADER_ROW}:Q${COMPOSITE_HEADER_ROW}`);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: COMPOSITE_HEADER_ROW });
    expect(sheet.headerFooter.oddHeader).toContain('OFFICIAL-SENSITIVE');
  });

  it('holds the same rows: real dates, attribution, Yes/No and what was decided about duplicates', async () => {
    const sheet = await reopen(await compositeWorkbook({ reference: 'PRM-2026-014', madeOn: '2026-12-02', filterDescription: 'All agencies, all rows', entries }));
    const body: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number > COMPOSITE_HEADER_ROW) body.push(COMPOSITE_HEADERS.map((_, index) => row.getCell(index + 1).value));
    });
    expect(body).toHaveLength(entries.length);
    expect(body[0]).toEqual([new Date(Date.UTC(2025, 2, 1)), null, 'School', 'Case notes', 'Attendance letter sent to Siân’s family', ...Array(12).fill(null)]);
    expect(body[1]).toEqual([
      new Date(Date.UTC(2025, 5, 10)),
      '14:30',
      'Police; Health',
      'Case notes',
      'Strategy discussion held about Zoë; section 47 enquiries agreed',
      'Bruising seen on Zoë’s arm',
      'Joint visit with social worker',
      'Zoë placed with grandmother',
      'Health and school invited',
      'Łukasz’s school was not told',
      'Yes',
      'No',
      'Yes',
      null,
      null,
      null,
      'Merged: recorded by Police; Health',
    ]);
    expect(body.slice(2).map((row) => [row[2], row[16]])).toEqual([
      ['Police', 'Possible duplicate (not yet decided)'],
      ['School', 'Possible duplicate (not yet decided)'],
    ]);
    expect(sheet.getCell(`A${COMPOSITE_HEADER_ROW + 1}`).numFmt).toBe('dd/mm/yyyy');
  });

  it('says a checked group was kept', async () => {
    const kept = buildComposite(rows, [{ rowIds: [4, 5], decision: 'keep-all', keepRowId: null }]).entries.filter((entry) => entry.duplicateState === 'kept');
    const sheet = await reopen(await compositeWorkbook({ reference: 'PRM-2026-014', madeOn: '2026-12-02', filterDescription: 'School; rows with Learning', entries: kept }));
    expect(sheet.getCell('A3').value).toBe('School; rows with Learning');
    expect(sheet.getCell(`Q${COMPOSITE_HEADER_ROW + 1}`).value).toBe('Kept: checked, not a duplicate');
    expect(sheet.getCell(`Q${COMPOSITE_HEADER_ROW + 2}`).value).toBe('Kept: checked, not a duplicate');
  });
});
