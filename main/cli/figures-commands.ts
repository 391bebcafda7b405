/**
 * figures on the command line: the annual figures for a period written as the workbook (or, for
 * an --out ending in .pdf, the annual report's PDF) through the same service as the app, so the
 * Summary sheet a script reads holds the numbers the screen shows. A refusal — a date that is
 * not a date, a last day before the first, someone who may not see the figures — exits non-zero
 * and writes nothing: the file is written under a temporary name and renamed into place.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { isIsoDate } from '../../shared/working-days.ts';
import { required, resolvePath, UsageError, type Options } from './arguments.ts';
import type { Command } from './commands.ts';
import { withSession } from './with-session.ts';
import { writeAtomically } from './write-atomically.ts';

type FiguresFormat = 'xlsx' | 'pdf';

function dateOption(options: Options, name: 'from' | 'to'): string {
  const value = required(options, name).trim();
  if (!isIsoDate(value)) throw new UsageError(`--${name} must be a real date written as YYYY-MM-DD, not "${value}".`);
  return value;
}

function destinationFor(options: Options): { destination: string; format: FiguresFormat } {
  const destination = resolvePath(required(options, 'out'));
  const extension = path.extname(destination).slice(1).toLowerCase();
  if (fs.existsSync(destination) && fs.statSync(destination).isDirectory()) throw new UsageError(`${destination} is a folder: give --out a file name, for example figures.xlsx.`);
  if (extension !== 'xlsx' && extension !== 'pdf') throw new UsageError('--out must end in .xlsx for the workbook or .pdf for the annual report, so the file opens in the right program.');
  if (!fs.existsSync(path.dirname(destination))) throw new AppError('NOT_FOUND', `There is no folder ${path.dirname(destination)} to write ${path.basename(destination)} into.`);
  return { destination, format: extension };
}

export const FIGURES_COMMANDS: Readonly<Record<string, Command>> = {
  figures: {
    summary: 'write the annual figures for a period (both days included) as a workbook whose first sheet, Summary, has one figure a row: its name in column A, its value in column B; an --out ending in .pdf writes the annual report instead',
    usage: 'figures --store DIR --user NAME --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx|FILE.pdf',
    options: ['store', 'user', 'from', 'to', 'out'],
    async run(options, out) {
      const from = dateOption(options, 'from');
      const to = dateOption(options, 'to');
      if (to < from) throw new UsageError(`--to (${to}) must be on or after --from (${from}): the period runs from the first day to the last.`);
      const { destination, format } = destinationFor(options);
      // Loaded here, not at the top: the workbook and PDF libraries slow every other command's start.
      const { exportFiguresBytes } = await import('../figures/figures-export.ts');
      const exported = await withSession(options, (session) => exportFiguresBytes(session, { from, to }, format));
      // The figures are counts, not anyone's details: readable as any report the partnership publishes.
      writeAtomically(destination, exported.bytes, false);
      const what = format === 'xlsx' ? 'a workbook' : 'the annual report (PDF)';
      out.line(`Wrote the annual figures for ${from} to ${to} as ${what} to ${destination}.`);
      out.line(`${exported.figures.toLocaleString('en-GB')} figure${exported.figures === 1 ? '' : 's'}${format === 'xlsx' ? ', one row each in the Summary sheet' : ''}.`);
      return 0;
    },
  },
};
