/**
 * THE MUST-SHOW: `cli figures` on the figures' seeded set of cases writes the hand-worked numbers
 * into the Summary sheet, read back as a script would, by looking up each figure's name in
 * column A and reading column B. Also: an --out ending in .pdf writes the annual report; and
 * each refusal — a date that is not a date, a last day before the first, an unknown user, a
 * wrong passphrase — exits non-zero, says why on standard error, and writes nothing (no temporary
 * file left either); a folder or a wrong extension for --out is a usage mistake, checked in-process.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../main/cli/arguments.ts';
import { FIGURES_COMMANDS } from '../../../main/cli/figures-commands.ts';
import { ABOUT_SHEET, SUMMARY_HEADERS, SUMMARY_SHEET } from '../../../main/exports/xlsx/figures-workbook.ts';
import { makeEvidenceStore, type EvidenceStore } from '../evidence/evidence-fixture.ts';
import { HAND_WORKED, PERIOD, seedFigureCases } from '../figures/figures-fixture.ts';
import { readSummary, summaryValue } from '../figures-export/read-figures-workbook.ts';
import { runCli, type CliResult } from './run-cli.ts';

const LONG = 180_000;
const OFFICER = 'Ffion Officer';
/** The evidence fixture's passphrase for the users it signs in. */
const PASSPHRASE = 'lantern pebble orchard';

let store: EvidenceStore;
let work: string;

function cli(args: string[], user = OFFICER, passphrase = PASSPHRASE): Promise<CliResult> {
  return runCli(['figures', ...args, '--store', store.temp.folder, '--user', user], { cwd: work, checkpointFolder: store.temp.checkpointFolder, secrets: { PRM_PASSPHRASE: passphrase } });
}

const period = (from = PERIOD.from, to = PERIOD.to) => ['--from', from, '--to', to];
/** What is in the working folder, hidden temporary files included. */
const filesIn = () => fs.readdirSync(work).sort();

async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

beforeAll(async () => {
  store = await makeEvidenceStore();
  seedFigureCases(store.officer);
  // The command line opens the store itself: nothing else may hold it open meanwhile.
  store.officer.lock();
  store.admin.lock();
  work = path.join(store.temp.root, 'work');
  fs.mkdirSync(work);
  fs.mkdirSync(path.join(work, 'a-folder.xlsx'));
}, LONG);
afterAll(() => store?.cleanup());

describe('figures', () => {
  it('writes the hand-worked numbers into the Summary sheet: each name in column A, its value in column B', async () => {
    const result = await cli([...period(), '--out', 'figures.xlsx']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const file = path.join(work, 'figures.xlsx');
    expect(result.lines[0]).toBe(`Wrote the annual figures for ${PERIOD.from} to ${PERIOD.to} as a workbook to ${file}.`);
    const workbook = await openWorkbook(file);
    expect(workbook.worksheets[0]!.name).toBe(SUMMARY_SHEET);
    expect(workbook.worksheets.at(-1)!.name).toBe(ABOUT_SHEET);
    const summary = workbook.getWorksheet(SUMMARY_SHEET)!;
    expect([1, 2, 3].map((column) => summary.getRow(1).getCell(column).value)).toEqual([...SUMMARY_HEADERS]);
    const rows = readSummary(workbook);
    expect(result.lines[1]).toBe(`${rows.length} figures, one row each in the Summary sheet.`);
    const handWorked = Object.entries(HAND_WORKED);
    expect(handWorked.length).toBeGreaterThan(10);
    const found = Object.fromEntries(handWorked.map(([name]) => [name, summaryValue(workbook, name)]));
    expect(found).toEqual(HAND_WORKED);
    // Every name once: a script looking a name up finds one row, not the first of several.
    expect(new Set(rows.map((row) => row.name)).size).toBe(rows.length);
    expect(filesIn()).toEqual(['a-folder.xlsx', 'figures.xlsx']);
  }, LONG);

  it('writes the annual report instead for an --out ending in .pdf', async () => {
    const result = await cli([...period(), '--out', 'annual-report.pdf']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const file = path.join(work, 'annual-report.pdf');
    expect(result.lines[0]).toBe(`Wrote the annual figures for ${PERIOD.from} to ${PERIOD.to} as the annual report (PDF) to ${file}.`);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('How much did we do?');
    expect(text).toContain('What difference did it make?');
    fs.rmSync(file);
  }, LONG);

  describe('refuses, exits non-zero and writes nothing', () => {
    const refusals: [string, () => Promise<CliResult>, number, RegExp][] = [
      ['a date that is not a real date', () => cli([...period('2025-02-30'), '--out', 'refused.xlsx']), 2, /^error: --from must be a real date written as YYYY-MM-DD, not "2025-02-30"\.\n$/],
      ['a last day before the first', () => cli([...period('2026-03-31', '2025-04-01'), '--out', 'refused.xlsx']), 2, /^error: --to \(2025-04-01\) must be on or after --from \(2026-03-31\)/],
      ['an unknown user', () => cli([...period(), '--out', 'refused.xlsx'], 'Nobody Known'), 1, /^error: There is no user called "Nobody Known" in the store at /],
      ['a wrong passphrase', () => cli([...period(), '--out', 'refused.xlsx'], OFFICER, 'not the passphrase'), 1, /^error: That passphrase is not right\. Check it and try again\.\n$/],
    ];
    for (const [what, call, code, message] of refusals) {
      it(what, async () => {
        const before = filesIn();
        const result = await call();
        expect(result.code).toBe(code);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(message);
        expect(filesIn()).toEqual(before);
      }, LONG);
    }

    // Checked in-process, before any store is opened: no spawn needed. (Someone whose role does not
    // include the figures is refused by the service: figures-export-service.test.ts.)
    const usageMistakes: [string, Record<string, string>, string][] = [
      ['a date written another way', { to: '31/03/2026', out: 'refused.xlsx' }, '--to must be a real date written as YYYY-MM-DD, not "31/03/2026".'],
      ['an --out that is a folder', { out: 'a-folder.xlsx' }, 'is a folder: give --out a file name, for example figures.xlsx.'],
      ['an --out that is neither .xlsx nor .pdf', { out: 'refused.csv' }, '--out must end in .xlsx for the workbook or .pdf for the annual report, so the file opens in the right program.'],
    ];
    for (const [what, options, message] of usageMistakes) {
      it(`${what} (a usage mistake, exit 2)`, async () => {
        const before = filesIn();
        const printed: string[] = [];
        const run = FIGURES_COMMANDS.figures!.run({ store: store.temp.folder, user: OFFICER, ...PERIOD, ...options, out: path.join(work, options.out!) }, { line: (text) => printed.push(text) });
        await expect(run).rejects.toThrow(UsageError);
        await expect(run).rejects.toThrow(message);
        expect(printed).toEqual([]);
        expect(filesIn()).toEqual(before);
      });
    }
  });
});
