/** import-case and export-case: a whole case in and out as a case file (docs/case-file-format.md). */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { exportCase, importCase } from '../reviews/case-file-io.ts';
import { required, resolvePath } from './arguments.ts';
import type { Command } from './commands.ts';
import { withSession } from './with-session.ts';
import { writeAtomically } from './write-atomically.ts';

function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new AppError('NOT_FOUND', `There is no readable file at ${file}.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('INVALID_INPUT', `${file} is not JSON: ${(error as Error).message}. Nothing was imported.`);
  }
}

export const CASE_FILE_COMMANDS: Readonly<Record<string, Command>> = {
  'import-case': {
    summary: 'add a case from a case file (JSON); prints its reference',
    usage: 'import-case --store DIR --user NAME --file CASE.json',
    options: ['store', 'user', 'file'],
    async run(options, out) {
      const file = resolvePath(required(options, 'file'));
      const json = readJsonFile(file);
      const imported = await withSession(options, (session) => importCase(session, json));
      if (imported.requestedReference === null) out.line(imported.reference);
      else out.line(`${imported.reference} (the file's reference ${imported.requestedReference} is already in use, so the case was given ${imported.reference})`);
      return 0;
    },
  },
  'export-case': {
    summary: 'write a whole case to a case file (JSON, plaintext, owner-only); administrators only',
    usage: 'export-case --store DIR --user ADMIN --case REF --out CASE.json',
    options: ['store', 'user', 'case', 'out'],
    async run(options, out) {
      const destination = resolvePath(required(options, 'out'));
      const reference = required(options, 'case');
      if (!fs.existsSync(path.dirname(destination))) throw new AppError('NOT_FOUND', `There is no folder ${path.dirname(destination)} to write ${path.basename(destination)} into.`);
      const file = await withSession(options, (session) => exportCase(session, reference));
      // Plaintext: readable by its owner alone from the first byte.
      writeAtomically(destination, `${JSON.stringify(file, null, 2)}\n`, true);
      out.line(`Wrote case ${file.case.reference} to ${destination}. It is not encrypted: keep it only as long as you need it, and delete it when done.`);
      return 0;
    },
  },
};
