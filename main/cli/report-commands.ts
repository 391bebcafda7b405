/**
 * import-report and export on the command line, for scripted checks: a Word draft into the
 * case's report as a new version, and any export (publication copy, redacted draft, Rapid
 * Review Meeting Report, 7-minute briefing; PDF or .docx) through the same pipeline and last
 * gate as the app. A refusal — undecided identifiers, an identifier found in the text read back
 * — names each one, exits non-zero, and writes nothing: the file is written under a temporary
 * name and renamed into place only once the export has passed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { exportChoice } from '../../shared/ipc/report-calls.ts';
import { IDENTIFIER_LABELS, type RedactionSummary } from '../../shared/reports/redaction.ts';
import { EXPORT_FORMATS, EXPORT_KIND_LABELS, EXPORT_KINDS, REPORT_SECTION_TITLES, type ExportFormat, type ExportKind } from '../../shared/reports/report-document.ts';
import { optional, required, resolvePath, UsageError, type Options } from './arguments.ts';
import type { Command, Output } from './commands.ts';
import { withSession } from './with-session.ts';
import { writeAtomically } from './write-atomically.ts';

/** As the app's import: a Word draft is at most 50 MB. */
const MAX_DOCX_BYTES = 50 * 1024 * 1024;
const IMPORT_REASON = 'Imported from a Word draft';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function readDocx(file: string): Uint8Array {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError('NOT_FOUND', `There is no file at ${file}.`);
  const size = fs.statSync(file).size;
  if (size === 0) throw new AppError('FILE_REFUSED', `${file} is empty: choose the Word draft itself.`);
  if (size > MAX_DOCX_BYTES) throw new AppError('FILE_REFUSED', `${file} is larger than 50 MB, more than any report needs, so it was not opened.`);
  return new Uint8Array(fs.readFileSync(file));
}

function oneOf<T extends string>(options: Options, name: string, allowed: readonly T[]): T {
  const value = required(options, name).trim();
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of: ${allowed.join(', ')}.`);
  return value as T;
}

function choiceFrom(options: Options, kind: ExportKind) {
  const recipient = optional(options, 'recipient');
  const agency = optional(options, 'agency');
  if (kind !== 'draft') {
    const stray = ['recipient', 'agency', 'may-forward'].find((name) => options[name] !== undefined);
    if (stray !== undefined) throw new UsageError(`Only a draft is made for a named recipient: leave out --${stray} for ${EXPORT_KIND_LABELS[kind].toLowerCase()}.`);
  } else {
    if (recipient === undefined || recipient.trim() === '') throw new UsageError('A draft needs --recipient NAME: the person it is for, named on every page.');
    if (agency === undefined || agency.trim() === '') throw new UsageError('A draft needs --agency NAME: the agency the recipient works for, kept in the distribution register.');
  }
  const parsed = exportChoice.safeParse({
    reference: required(options, 'case'),
    kind,
    recipient: kind === 'draft' ? { recipient, agency, mayForward: options['may-forward'] === true } : null,
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('. ') + '.');
  return parsed.data;
}

function destinationFor(options: Options, format: ExportFormat): string {
  const destination = resolvePath(required(options, 'out'));
  if (!fs.existsSync(path.dirname(destination))) throw new AppError('NOT_FOUND', `There is no folder ${path.dirname(destination)} to write ${path.basename(destination)} into.`);
  if (fs.existsSync(destination) && fs.statSync(destination).isDirectory()) throw new UsageError(`${destination} is a folder: give --out a file name, for example report.${format}.`);
  const extension = path.extname(destination).slice(1).toLowerCase();
  if (extension !== format) throw new UsageError(`--out must end in .${format} for --format ${format}, so the file opens in the right program.`);
  return destination;
}

function printSummary(summary: RedactionSummary, out: Output): void {
  out.line('Redaction summary:');
  out.line(`  ${count(summary.pseudonyms, 'replacement', 'replacements')} from the case’s redaction register (its people and places)`);
  for (const row of summary.byKind) out.line(`  ${IDENTIFIER_LABELS[row.kind]}: ${row.count.toLocaleString('en-GB')} replaced`);
  out.line(`  ${count(summary.dismissed, 'detected identifier', 'detected identifiers')} dismissed by the reviewer, left as written`);
}

/** The app's message says where to decide them; here there is also the flag. */
function withCommandLineHint(error: unknown): unknown {
  if (!(error instanceof AppError) || error.code !== 'REDACTION_UNDECIDED') return error;
  return new AppError(error.code, `${error.message} Or run export again with --accept-detected to accept each one (it is replaced by its kind in brackets, such as “[date of birth]”).`, error.problems);
}

export const REPORT_COMMANDS: Readonly<Record<string, Command>> = {
  'import-report': {
    summary: 'save a Word draft (.docx) as a new version of the case’s report: headings, paragraphs, lists and tables kept; refused while it has tracked changes; comments dropped with a warning',
    usage: 'import-report --store DIR --user NAME --case REF --file DRAFT.docx [--reason TEXT]',
    options: ['store', 'user', 'case', 'file', 'reason'],
    async run(options, out) {
      const file = resolvePath(required(options, 'file'));
      const reference = required(options, 'case');
      const reason = optional(options, 'reason')?.trim() || IMPORT_REASON;
      const bytes = readDocx(file);
      const { importDocxDraft } = await import('../reports/report-writing.ts');
      const { view, warnings } = await withSession(options, (session) => importDocxDraft(session, reference, path.basename(file), bytes, reason));
      out.line(`Saved version ${view.version ?? '?'} of the report on case ${view.reference} from ${path.basename(file)} (“${reason}”).`);
      for (const section of view.content.sections) {
        if (section.blocks.length > 0) out.line(`  ${REPORT_SECTION_TITLES[section.key]}: ${count(section.blocks.length, 'block', 'blocks')}`);
      }
      for (const warning of warnings) out.line(`Warning: ${warning}`);
      if (view.executiveSummary.tooLong) out.line(`Warning: the executive summary runs to ${view.executiveSummary.pages} pages as printed; it should be at most 2.`);
      return 0;
    },
  },
  export: {
    summary: 'export a redacted document (publication copy, draft for factual accuracy, Rapid Review Meeting Report, 7-minute briefing) as PDF or .docx; its text is read back and checked before the file is written. Refused while detected identifiers are undecided, unless --accept-detected',
    usage:
      'export --store DIR --user NAME --case REF --kind publication|draft|rapid-review|briefing --format pdf|docx --out FILE [--recipient NAME --agency NAME [--may-forward]] [--accept-detected]   (a draft needs --recipient and --agency)',
    options: ['store', 'user', 'case', 'kind', 'format', 'out', 'recipient', 'agency', 'may-forward', 'accept-detected'],
    async run(options, out) {
      const kind = oneOf(options, 'kind', EXPORT_KINDS);
      const format = oneOf(options, 'format', EXPORT_FORMATS);
      const choice = choiceFrom(options, kind);
      const destination = destinationFor(options, format);
      const acceptDetected = options['accept-detected'] === true;
      // Loaded here, not at the top: the PDF, Word and text-extraction libraries slow every other command's start.
      const { exportReportBytes } = await import('../reports/export-report.ts');
      try {
        const exported = await withSession(options, (session) => exportReportBytes(session, choice, format, { acceptDetected }));
        writeAtomically(destination, exported.bytes, kind === 'draft' || kind === 'rapid-review');
        const pages = exported.pages === null ? '' : `, ${count(exported.pages, 'page', 'pages')}`;
        out.line(`Wrote the ${EXPORT_KIND_LABELS[kind].toLowerCase()} (${format === 'pdf' ? 'PDF' : 'Word'}${pages}) to ${destination}.`);
        if (exported.version !== null) out.line(`Made from version ${exported.version} of the report.`);
        out.line(`Checked ${count(exported.checkedCharacters, 'character', 'characters')} of text read back out of the file: no identifier from the register or the detectors was found.`);
        if (exported.accepted > 0) out.line(`Accepted ${count(exported.accepted, 'detected identifier', 'detected identifiers')} as redactions, each replaced by its kind in brackets.`);
        printSummary(exported.summary, out);
        return 0;
      } catch (error) {
        throw withCommandLineHint(error);
      }
    },
  },
};
