/**
 * Twenty agencies' returned chronologies for the chronology benchmark: 50,000 rows in all, in the
 * layout of the app's own template (header block, header row, one row per event), written with
 * exceljs's streaming writer. Rows carry about 450 characters of text (an event of 8 to 16 words,
 * the five principles in 6 to 9 words each), a middling chronology row. Event text is drawn from a large vocabulary of made-up words, so two
 * agencies' rows overlap only where the generator plants a duplicate (one event recorded by two
 * agencies on the same day, reworded a little), as happens in real returns: about 2% of rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { CHRONOLOGY_FIELDS, SIGNIFICANCE_TESTS, TEMPLATE_HEADER_BLOCK, TEMPLATE_HEADERS, TEMPLATE_SHEETS } from '../../shared/evidence/chronology.ts';
import { pick, seededRandom } from './synthetic.ts';

export const RETURN_FILES = 20;
export const RETURN_ROWS = 50_000;
export const CASE_REFERENCE = 'PRM-2026-900';

/** Made-up agency names: the benchmark needs twenty distinct ones. */
export const BENCH_AGENCIES = Array.from({ length: RETURN_FILES }, (_, index) => `Bench Agency ${String(index + 1).padStart(2, '0')}`);

const SYLLABLES = ['ka', 'lo', 'mer', 'tin', 'sa', 'vo', 'rel', 'dun', 'pa', 'gri', 'shu', 'ben', 'tor', 'lin', 'ca', 'fen', 'mo', 'ra', 'ste', 'ul'];
const FIRST_DAY_MS = Date.UTC(2020, 0, 1);
const DAYS = 5 * 365;
/** One row in this many is a planted duplicate of an earlier row from another agency. */
const DUPLICATE_EVERY = 50;

export interface BenchRow {
  readonly date: Date;
  readonly time: string;
  readonly source: string;
  readonly event: string;
  readonly principles: readonly [string, string, string, string, string];
  readonly tests: readonly boolean[];
}

function vocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const count = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < count; i += 1) word += pick(random, SYLLABLES);
    words.add(word);
  }
  return [...words];
}

function sentence(random: () => number, words: readonly string[], count: number): string {
  const chosen: string[] = [];
  for (let i = 0; i < count; i += 1) chosen.push(pick(random, words));
  const text = chosen.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Rows for each of the twenty files; the same every run. */
export function benchRows(): BenchRow[][] {
  const random = seededRandom(20_261_125);
  const words = vocabulary(random, 6_000);
  const files: BenchRow[][] = BENCH_AGENCIES.map(() => []);
  const all: BenchRow[] = [];
  for (let index = 0; index < RETURN_ROWS; index += 1) {
    const file = index % RETURN_FILES;
    const earlier = all.length > 0 && index % DUPLICATE_EVERY === 0 ? all[Math.floor(random() * all.length)]! : null;
    const row: BenchRow =
      earlier !== null
        ? { ...earlier, source: 'Case notes', event: `${earlier.event.slice(0, -1)} ${pick(random, words)}.` }
        : {
            date: new Date(FIRST_DAY_MS + Math.floor(random() * DAYS) * 86_400_000),
            time: `${String(8 + Math.floor(random() * 10)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}`,
            source: pick(random, ['Case notes', 'Referral', 'Strategy discussion minutes', 'GP record', 'School log']),
            event: sentence(random, words, 8 + Math.floor(random() * 9)),
            principles: [sentence(random, words, 9), sentence(random, words, 9), sentence(random, words, 9), sentence(random, words, 6), sentence(random, words, 6)],
            tests: SIGNIFICANCE_TESTS.map(() => random() < 0.3),
          };
    files[file]!.push(row);
    all.push(row);
  }
  return files;
}

const HEADER_ROW = CHRONOLOGY_FIELDS.filter((field) => field !== 'agency').map((field) => TEMPLATE_HEADERS[field]);

export function rowValues(row: BenchRow): (string | Date)[] {
  return [row.date, row.time, row.source, row.event, ...row.principles, ...row.tests.map((test) => (test ? 'Yes' : 'No'))];
}

/** Writes the twenty workbooks into `folder`; returns their paths. */
export async function writeReturnFiles(folder: string, files: readonly BenchRow[][]): Promise<string[]> {
  const paths: string[] = [];
  for (const [index, rows] of files.entries()) {
    const file = path.join(folder, `return-${String(index + 1).padStart(2, '0')}.xlsx`);
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: fs.createWriteStream(file), useSharedStrings: false, useStyles: true });
    const sheet = writer.addWorksheet(TEMPLATE_SHEETS.chronology);
    sheet.addRow([TEMPLATE_HEADER_BLOCK.reference, CASE_REFERENCE]).commit();
    sheet.addRow([TEMPLATE_HEADER_BLOCK.agency, BENCH_AGENCIES[index]!]).commit();
    sheet.addRow([TEMPLATE_HEADER_BLOCK.author, 'Bench Author']).commit();
    sheet.addRow([TEMPLATE_HEADER_BLOCK.date, new Date(Date.UTC(2026, 10, 20))]).commit();
    sheet.addRow([]).commit();
    sheet.addRow(HEADER_ROW).commit();
    for (const row of rows) {
      const added = sheet.addRow(rowValues(row));
      added.getCell(1).numFmt = 'dd/mm/yyyy';
      added.commit();
    }
    sheet.commit();
    await writer.commit();
    paths.push(file);
  }
  return paths;
}
