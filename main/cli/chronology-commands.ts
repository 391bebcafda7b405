/**
 * check-chronology: the chronology reader on the command line, with no store, so the Business
 * Unit (and scripted checks) can test a returned file before importing it. JSON output is exactly
 * shared/evidence/chronology.ts's chronologyReadResult; text output is a summary for a person.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { chronologyReadResult, type ChronologyProblem, type ChronologyReadResult } from '../../shared/evidence/chronology.ts';
import { checkReturnedFileSize } from '../evidence/chronology/file-guard.ts';
import { optional, required, resolvePath, UsageError } from './arguments.ts';
import type { Command, Output } from './commands.ts';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

function format(value: string | undefined): Format {
  if (value === undefined) return 'text';
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`--format must be json or text, not "${value}".`);
}

/** The file's bytes, refused by its size on disk first so that a huge file is never loaded. */
function readReturnedFile(file: string): Buffer {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new AppError('NOT_FOUND', `There is no readable file at ${file}.`);
  }
  checkReturnedFileSize(path.basename(file), size);
  try {
    return fs.readFileSync(file);
  } catch {
    throw new AppError('NOT_FOUND', `There is no readable file at ${file}.`);
  }
}

const plural = (count: number, noun: string) => `${count.toLocaleString('en-GB')} ${noun}${count === 1 ? '' : 's'}`;

function where(problem: ChronologyProblem): string {
  if (problem.row === 0) return `Sheet "${problem.sheet}"`;
  return `Sheet "${problem.sheet}", row ${problem.row}${problem.column === null ? '' : `, column ${problem.column}`}`;
}

function printText(fileName: string, result: ChronologyReadResult, out: Output): void {
  out.line(`${fileName}: ${plural(result.rows.length, 'row')} read, ${plural(result.problems.length, 'problem')}.`);
  const perSheet = new Map<string, number>();
  for (const row of result.rows) perSheet.set(row.sheet, (perSheet.get(row.sheet) ?? 0) + 1);
  for (const [sheet, count] of perSheet) out.line(`  Sheet "${sheet}": ${plural(count, 'row')}`);
  if (result.problems.length === 0) return;
  out.line('Problems:');
  for (const problem of result.problems) out.line(`  ${where(problem)}: ${problem.message}`);
}

export const CHRONOLOGY_COMMANDS: Readonly<Record<string, Command>> = {
  'check-chronology': {
    summary: "read a returned chronology (.xlsx, or .csv) as an import would, without a store: its rows and every problem, or why it is refused",
    usage: 'check-chronology --file FILE.xlsx [--format json|text]',
    options: ['file', 'format'],
    async run(options, out) {
      const chosen = format(optional(options, 'format'));
      const file = resolvePath(required(options, 'file'));
      const fileName = path.basename(file);
      const bytes = readReturnedFile(file);
      // Parsed through the shared schema so the JSON is exactly the documented shape, nothing more.
      // Loaded here, not at the top: exceljs and the reader would otherwise slow every other command's start.
      const { readChronology } = await import('../evidence/chronology/read-chronology.ts');
      const result = chronologyReadResult.parse(await readChronology({ fileName, bytes }));
      if (chosen === 'json') out.line(JSON.stringify(result));
      else printText(fileName, result, out);
      return 0;
    },
  },
};
