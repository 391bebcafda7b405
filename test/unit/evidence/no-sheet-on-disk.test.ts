/**
 * A returned chronology is OFFICIAL-SENSITIVE: reading it must write nothing readable to disk.
 * exceljs's streaming reader copies a worksheet into a temporary file (through the `tmp`
 * package) when the sheet comes before the shared strings in the zip, as Excel and exceljs
 * both write them, and always when a workbook has no shared strings. These tests count the
 * reader's temporary files: the control reads the bytes straight into exceljs and must make
 * some (so the count works); the app's readers must make none.
 */
import { createRequire } from 'node:module';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEMPLATE_HEADERS } from '../../../shared/evidence/chronology.ts';
import { readChronology } from '../../../main/evidence/chronology/read-chronology.ts';
import { readAgencySummary } from '../../../main/evidence/summary-import.ts';
import { chronologyTemplate } from '../../../main/exports/xlsx/chronology-template.ts';

// The same `tmp` module instance exceljs's reader requires.
const requireHere = createRequire(import.meta.url);
const requireFromExceljs = createRequire(requireHere.resolve('exceljs/lib/stream/xlsx/workbook-reader.js'));
const tmp = requireFromExceljs('tmp') as { file: (...args: unknown[]) => unknown };

let temporaryFiles = 0;
const originalFile = tmp.file;

beforeEach(() => {
  temporaryFiles = 0;
  tmp.file = (...args: unknown[]) => {
    temporaryFiles += 1;
    return originalFile(...args);
  };
});

afterEach(() => {
  tmp.file = originalFile;
});

async function sharedStringsWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Chronology');
  sheet.addRow([TEMPLATE_HEADERS.date, TEMPLATE_HEADERS.event, TEMPLATE_HEADERS.response]);
  for (let day = 1; day <= 20; day += 1) sheet.addRow([`${day}/03/2025`, `Home visit by Zoë, the health visitor (${day})`, 'Seen and spoken to alone']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function inlineStringsWorkbook(): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false });
  const sheet = writer.addWorksheet('Chronology');
  sheet.addRow([TEMPLATE_HEADERS.date, TEMPLATE_HEADERS.event]).commit();
  for (let day = 1; day <= 20; day += 1) sheet.addRow([`${day}/04/2025`, `School reported Łukasz was absent (${day})`]).commit();
  sheet.commit();
  await writer.commit();
  return Buffer.concat(chunks);
}

async function readStraightIntoExceljs(bytes: Buffer): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), { sharedStrings: 'cache', worksheets: 'emit', styles: 'cache', hyperlinks: 'ignore' });
  let rows = 0;
  for await (const worksheet of reader) for await (const _row of worksheet as unknown as AsyncIterable<unknown>) rows += 1;
  return rows;
}

describe('reading a returned workbook writes no sheet to disk', () => {
  it.each([
    ['shared strings after the sheets (as Excel writes)', sharedStringsWorkbook],
    ['no shared strings at all (inline strings)', inlineStringsWorkbook],
  ])('%s', async (_label, build) => {
    const bytes = await build();

    expect(await readStraightIntoExceljs(bytes)).toBe(21);
    expect(temporaryFiles, 'the control: exceljs alone copies the sheet to a temporary file').toBeGreaterThan(0);

    temporaryFiles = 0;
    const read = await readChronology({ fileName: 'return.xlsx', bytes });
    expect(read.rows).toHaveLength(20);
    expect(read.rows[0]!.event).toMatch(/^(Home visit by Zoë|School reported Łukasz)/);
    expect(temporaryFiles).toBe(0);
  });

  it('holds for the summary import of the app’s own template', async () => {
    const bytes = await chronologyTemplate({ reference: 'PRM-2026-001', agency: 'Police', dueOn: '2026-12-02', madeOn: '2026-11-25', partnershipName: 'Northam Safeguarding Children Partnership' });
    await readAgencySummary({ fileName: 'return.xlsx', bytes });
    expect(temporaryFiles).toBe(0);
  });
});
