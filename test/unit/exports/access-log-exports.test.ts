import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessLogPdf } from '../../../main/exports/pdf/access-log-pdf.ts';
import { ACCESS_LOG_HEADER_ROW, ACCESS_LOG_SHEET, accessLogWorkbook } from '../../../main/exports/xlsx/access-log-workbook.ts';
import { ACCESS_LOG_COLUMNS, describeAccessLogFilter, londonDateTime } from '../../../main/vault/access-log-rows.ts';
import { ACCESS_LOG_ACTION_NAMES, ACCESS_LOG_ACTIONS, type AccessLogEntry } from '../../../shared/vault/access-log.ts';
import { expectMarkedOnEveryPage, expectOnlyLiberationSansEmbedded, expectProperties } from './pdf-checks.ts';
import { UNICODE_NAMES } from './pdf-fixtures.ts';
import { pdfInfo, pdfPageTexts } from './pdf-text.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Entries in chain order, one of each action and then more, across a change of the clocks. */
function entries(count: number): AccessLogEntry[] {
  return Array.from({ length: count }, (_, index) => {
    const action = ACCESS_LOG_ACTION_NAMES[index % ACCESS_LOG_ACTION_NAMES.length]!;
    return {
      seq: 10 + index * 3,
      // 24 October 2026 is in BST; a week later, GMT.
      at: new Date(Date.UTC(2026, 9, 24 + index, 13, 5, 9)).toISOString(),
      action,
      person: UNICODE_NAMES[index % UNICODE_NAMES.length]!,
      reference: index % 2 === 0 ? 'RR-2026-014' : 'CSPR-2026-002',
      agency: index % 2 === 0 ? 'Northshire Police' : 'Northshire Community Health',
      file: action === 'secured.placed' || action === 'secured.opened' ? `Case notes/Visit ${index}.pdf` : null,
      purpose: action === 'secured.opened' ? `Preparing the chronology, access ${index}` : null,
      detail: action === 'secured.refused' ? `Attempted to open a file ${index}. Refused: they are not the set’s nominated representative` : '',
      detailsErased: false,
    };
  });
}

describe('the access log’s rows', () => {
  it('reads the time on England’s clock, in summer time and out of it', () => {
    expect(londonDateTime('2026-10-24T13:05:09.000Z')).toBe('24/10/2026 14:05:09');
    expect(londonDateTime('2026-11-26T09:00:00.000Z')).toBe('26/11/2026 09:00:00');
  });

  it('says what the filter kept, or that it kept everything', () => {
    expect(describeAccessLogFilter({})).toBe('Showing: every event, on every case and agency the exporter may see.');
    expect(describeAccessLogFilter({ reference: 'RR-2026-014', agency: '', action: 'secured.opened' })).toBe('Showing: only events with case RR-2026-014, action “Opened”.');
  });
});

describe('the access log workbook', () => {
  const logged = entries(30);
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const bytes = await accessLogWorkbook({ madeOn: '2026-11-26', madeBy: 'Robin Clarke', filterDescription: describeAccessLogFilter({}), entries: logged });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((each) => each.name)).toEqual([ACCESS_LOG_SHEET]);
    sheet = workbook.getWorksheet(ACCESS_LOG_SHEET)!;
  });

  it('opens with its title, who made it and when, the filter and the marking, over a frozen header with filters on', () => {
    expect(sheet.getCell('A1').value).toBe('Secured files access log');
    expect(sheet.getCell('A2').value).toBe('Made on 26 November 2026 by Robin Clarke, with 30 events.');
    expect(sheet.getCell('A3').value).toBe('Showing: every event, on every case and agency the exporter may see.');
    expect(sheet.getCell('A4').value).toBe('OFFICIAL-SENSITIVE');
    const header = sheet.getRow(ACCESS_LOG_HEADER_ROW);
    expect((header.values as unknown[]).slice(1)).toEqual([...ACCESS_LOG_COLUMNS]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.autoFilter).toBe(`A${ACCESS_LOG_HEADER_ROW}:I${ACCESS_LOG_HEADER_ROW}`);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: ACCESS_LOG_HEADER_ROW });
    expect(sheet.headerFooter.oddHeader).toContain('OFFICIAL-SENSITIVE');
    expect(sheet.headerFooter.oddFooter).toContain('OFFICIAL-SENSITIVE');
  });

  it('holds one row per event in chain order, the time as England’s clock read it', () => {
    const body: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number > ACCESS_LOG_HEADER_ROW) body.push(ACCESS_LOG_COLUMNS.map((_, index) => row.getCell(index + 1).value));
    });
    expect(body.map((row) => row[0])).toEqual(logged.map((entry) => entry.seq));
    expect(body[0]).toEqual([10, new Date(Date.UTC(2026, 9, 24, 14, 5, 9)), 'Set up', UNICODE_NAMES[0], 'RR-2026-014', 'Northshire Police', null, null, null]);
    const openedAt = logged.findIndex((entry) => entry.action === 'secured.opened');
    expect(body[openedAt]!.slice(2, 8)).toEqual(['Opened', UNICODE_NAMES[0], 'CSPR-2026-002', 'Northshire Community Health', `Case notes/Visit ${openedAt}.pdf`, `Preparing the chronology, access ${openedAt}`]);
    const refused = logged.findIndex((entry) => entry.action === 'secured.refused');
    expect(body[refused]![8]).toBe(`Attempted to open a file ${refused}. Refused: they are not the set’s nominated representative`);
    // A week later the clocks have gone back: the cell still shows the time the clock showed.
    expect(body[8]![1]).toEqual(new Date(Date.UTC(2026, 10, 1, 13, 5, 9)));
    expect(sheet.getCell(`B${ACCESS_LOG_HEADER_ROW + 1}`).numFmt).toBe('dd/mm/yyyy hh:mm:ss');
  });
});

describe('the access log PDF', () => {
  const logged = entries(160);
  let bytes: Uint8Array;
  let pages: string[];

  beforeAll(async () => {
    bytes = await accessLogPdf({
      partnershipName: 'Northshire Safeguarding Children Partnership',
      madeOn: '2026-11-26',
      madeBy: 'Robin Clarke',
      filterDescription: describeAccessLogFilter({ agency: 'Northshire Police' }),
      entries: logged,
    });
    pages = pdfPageTexts(bytes);
  });

  it('is A4 landscape, titled, saying who made it, when and what the filter kept', () => {
    expect(pdfInfo(bytes)['Page size']).toMatch(/^841\.89 x 595\.28 pts/);
    const first = flat(pages[0]!);
    expect(first).toContain('Northshire Safeguarding Children Partnership');
    expect(first).toContain('Secured files access log');
    expect(first).toContain('Made on 26 November 2026 by Robin Clarke, with 160 events.');
    expect(first).toContain('Showing: only events with agency Northshire Police.');
  });

  it('prints every event in chain order, with the header on every page', () => {
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) for (const header of ACCESS_LOG_COLUMNS) expect(page).toContain(header);
    const text = flat(pages.join(' '));
    let from = 0;
    for (const entry of logged) {
      const at = text.indexOf(londonDateTime(entry.at), from);
      expect(at, `event ${entry.seq} after the one before it`).toBeGreaterThan(from - 1);
      from = at;
    }
    expect(text).toContain(ACCESS_LOG_ACTIONS['secured.recovered']);
    expect(text).toContain('Preparing the chronology, access 3');
    expect(text).toContain('Case notes/Visit 3.pdf');
  });

  it('is OFFICIAL-SENSITIVE, numbered and in Liberation Sans on every page, with no person in its properties', async () => {
    expectMarkedOnEveryPage(bytes);
    expectOnlyLiberationSansEmbedded(bytes);
    await expectProperties(bytes, 'Secured files access log', 'Northshire Safeguarding Children Partnership', [...UNICODE_NAMES, 'Robin Clarke']);
  });

  it('says so when no event matches, rather than printing an empty table', async () => {
    const empty = pdfPageTexts(await accessLogPdf({ partnershipName: 'Northshire Safeguarding Children Partnership', madeOn: '2026-11-26', madeBy: 'Robin Clarke', filterDescription: 'Showing: x.', entries: [] }));
    expect(empty).toHaveLength(1);
    expect(flat(empty[0]!)).toContain('No events in the log match.');
    expect(empty[0]).not.toContain('Purpose');
  });
});
