/**
 * check-chronology as the Business Unit or a script would run it, with no store: one JSON object
 * in exactly the documented shape for a file that reads (even with problems), a readable summary
 * without --format json, and a non-zero exit with one line on standard error for a file refused
 * before parsing or holding no chronology. Each call starts the command line (node and tsx) as a
 * process of its own, so there are five.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHRONOLOGY_COMMANDS } from '../../../main/cli/chronology-commands.ts';
import { UsageError } from '../../../main/cli/arguments.ts';
import { CHRONOLOGY_FIELDS, CHRONOLOGY_LIMITS, chronologyReadResult, TEMPLATE_HEADERS } from '../../../shared/evidence/chronology.ts';
import { makeTempFolder } from '../helpers/temp-store.ts';
import { runCli, type CliResult } from './run-cli.ts';

const LONG = 120_000;

/** A template-shaped workbook: an instructions sheet, a header block, one good row and one with a bad date and a bad yes/no. */
async function returnedWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Instructions').addRow(['Fill in one row for each significant practice event.']);
  const sheet = workbook.addWorksheet('Chronology');
  sheet.addRows([
    ['Case reference', 'PRM-2025-001'],
    ['Agency', 'Education'],
    [],
    CHRONOLOGY_FIELDS.map((field) => TEMPLATE_HEADERS[field]),
    [new Date(Date.UTC(2025, 1, 3)), '14:30', 'Education', 'Class teacher', 'Łukasz said he had not eaten since Friday', 'Hunger', 'Breakfast club', 'Ate well', 'Told the social worker', 'Ask about weekends', 'Yes', 'No', 'No', 'Yes', 'No', 'No'],
    ['31/02/2025', '', '', 'School nurse', 'Zoë and Siân seen together', '', '', '', '', '', 'No', 'No', 'No', 'No', 'No', 'No'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function workbookWithoutChronology(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notes').addRows([['Notes from the strategy meeting'], ['Nothing to add.']]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A zip bomb with the parts of a workbook: 600 MB of zeros, declared honestly, in about 600 KB. */
function zipBomb(): Buffer {
  const oneMegabyte = zlib.deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const entries = [
    { name: '[Content_Types].xml', data: zlib.deflateRawSync('<Types/>'), size: 8 },
    { name: 'xl/workbook.xml', data: zlib.deflateRawSync('<workbook/>'), size: 11 },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.concat([...Array.from({ length: 600 }, () => oneMegabyte), Buffer.from([0x03, 0x00])]), size: 600 * 1024 * 1024 },
  ];
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(entry.data.length, 18);
    header.writeUInt32LE(entry.size, 22);
    header.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(entry.data.length, 20);
    record.writeUInt32LE(entry.size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    local.push(header, name, entry.data);
    offset += header.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

/** A refusal is exactly one line on standard error, starting "error: ", nothing on standard output, and exit 1. */
function expectRefused(result: CliResult, message: string): void {
  expect(result.stderr).toMatch(/^error: [^\n]+\n$/);
  expect(result.stderr).toBe(`error: ${message}\n`);
  expect(result.stdout).toBe('');
  expect(result.code).toBe(1);
}

describe.concurrent('check-chronology', () => {
  let root: string;
  const cli = (args: string[]) => runCli(['check-chronology', ...args], { cwd: root, checkpointFolder: path.join(root, 'checkpoints') });

  beforeAll(async () => {
    root = fs.realpathSync(makeTempFolder('prm-check-chronology-'));
    fs.writeFileSync(path.join(root, 'Education chronology.xlsx'), await returnedWorkbook());
    fs.writeFileSync(path.join(root, 'notes.xlsx'), await workbookWithoutChronology());
    fs.writeFileSync(path.join(root, 'bomb.xlsx'), zipBomb());
    // Sparse: 50 MB and a byte on paper, nothing on disk, and never read by the command.
    fs.closeSync(fs.openSync(path.join(root, 'huge.xlsx'), 'w'));
    fs.truncateSync(path.join(root, 'huge.xlsx'), CHRONOLOGY_LIMITS.maxFileBytes + 1);
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('prints one JSON object in the documented shape, with the rows read and every problem, and exits 0', async () => {
    const result = await cli(['--file', 'Education chronology.xlsx', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.lines).toHaveLength(1);
    const json = JSON.parse(result.stdout) as unknown;
    // The schema strips anything undocumented, so equality means nothing extra was printed.
    expect(json).toEqual(chronologyReadResult.parse(json));
    const { rows, problems } = chronologyReadResult.parse(json);
    expect(rows).toEqual([
      {
        sheet: 'Chronology',
        row: 5,
        date: '2025-02-03',
        time: '14:30',
        agency: 'Education',
        source: 'Class teacher',
        event: 'Łukasz said he had not eaten since Friday',
        risk: 'Hunger',
        response: 'Breakfast club',
        impact: 'Ate well',
        partnership: 'Told the social worker',
        learning: 'Ask about weekends',
        tests: { changedAssessment: true, partOfPattern: false, statutoryEvent: false, significantToChild: true, significantToKeyAdult: false, learningPoint: false },
      },
    ]);
    expect(problems).toContainEqual(expect.objectContaining({ sheet: 'Instructions', row: 0, column: null }));
    expect(problems).toContainEqual(expect.objectContaining({ sheet: 'Chronology', row: 6, column: 'A (Date)', message: expect.stringContaining('"31/02/2025"') as unknown }));
  }, LONG);

  it('prints a readable summary without --format json: rows read, then each problem on its own line', async () => {
    const result = await cli(['--file', 'Education chronology.xlsx']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.lines[0]).toMatch(/^Education chronology\.xlsx: 1 row read, \d+ problems\.$/);
    expect(result.lines[1]).toBe('  Sheet "Chronology": 1 row');
    expect(result.lines[2]).toBe('Problems:');
    expect(result.lines).toContainEqual(expect.stringMatching(/^ {2}Sheet "Instructions": .+/));
    expect(result.lines).toContainEqual(expect.stringMatching(/^ {2}Sheet "Chronology", row 6, column A \(Date\): .*"31\/02\/2025"/));
    const problemCount = Number(/(\d+) problems/.exec(result.lines[0]!)?.[1]);
    expect(result.lines).toHaveLength(3 + problemCount);
  }, LONG);

  it('refuses a zip bomb before parsing it, with one line on standard error', async () => {
    const result = await cli(['--file', 'bomb.xlsx', '--format', 'json']);
    expectRefused(result, 'bomb.xlsx would expand to more than 500 MB when opened, far more than a chronology needs, so it was not opened. Ask the agency to check the file and send it again.');
  }, LONG);

  it('refuses a file over 50 MB by its size on disk, without reading it', async () => {
    const result = await cli(['--file', 'huge.xlsx']);
    expectRefused(
      result,
      'huge.xlsx is 50.1 MB, which is over the 50 MB limit for a returned chronology. Ask the agency to split it into smaller files, or to take out pictures and other embedded content, and send it again.',
    );
  }, LONG);

  it('exits non-zero with one line when the workbook holds no chronology', async () => {
    const result = await cli(['--file', 'notes.xlsx', '--format', 'json']);
    expect(result.stderr).toMatch(/^error: [^\n]*notes\.xlsx[^\n]* no chronology[^\n]*\n$/);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(1);
  }, LONG);

  it('takes --format json or text only (checked in-process: no spawn needed)', async () => {
    const command = CHRONOLOGY_COMMANDS['check-chronology']!;
    const printed: string[] = [];
    await expect(command.run({ file: path.join(root, 'Education chronology.xlsx'), format: 'xml' }, { line: (text) => printed.push(text) })).rejects.toThrow(new UsageError('--format must be json or text, not "xml".'));
    expect(printed).toEqual([]);
  });
});
