/**
 * bundle export and bundle import: the exchange between installs on the command line, through
 * the same flows and checks as the app. An import prints what it will do before what it did;
 * a refusal names the check that failed, exits non-zero and writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { BUNDLE_KIND_LABELS } from '../../shared/exchange/bundle.ts';
import { importOptions, type ImportPreview } from '../../shared/exchange/exchange-view.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { dateInWords } from '../exports/pdf/date-words.ts';
import { optional, required, resolvePath, UsageError, type Options } from './arguments.ts';
import { exportKind, isAnswer, KIND_OPTIONS } from './bundle-kinds.ts';
import type { Command, Output } from './commands.ts';
import { withSession } from './with-session.ts';

const EXPORT_COMMON = ['store', 'user', 'case', 'kind', 'to', 'out'];
const EXPORT_OPTIONS = [...new Set([...EXPORT_COMMON, ...Object.values(KIND_OPTIONS).flat()])];

/** A problem the message does not already name is added to it, so the command line shows every one. */
function withProblems(error: unknown): unknown {
  if (!(error instanceof AppError) || error.problems.length === 0) return error;
  const missing = error.problems.filter((problem) => !error.message.includes(problem.message));
  if (missing.length === 0) return error;
  return new AppError(error.code, [error.message, ...missing.map((problem) => `  ${problem.path}: ${problem.message}`)].join('\n'), error.problems);
}

function checkKindOptions(kind: keyof typeof KIND_OPTIONS, options: Options): void {
  const stray = Object.keys(options).find((name) => !EXPORT_COMMON.includes(name) && name !== 'help' && !KIND_OPTIONS[kind].includes(name));
  if (stray !== undefined) throw new UsageError(`A ${kind} bundle takes no --${stray} option. Its options are: ${KIND_OPTIONS[kind].map((name) => `--${name}`).join(' ')}.`);
  if (!isAnswer(kind)) {
    required(options, 'case');
    required(options, 'to');
  }
}

function outFile(options: Options): string {
  const destination = resolvePath(required(options, 'out'));
  if (!fs.existsSync(path.dirname(destination))) throw new AppError('NOT_FOUND', `There is no folder ${path.dirname(destination)} to write ${path.basename(destination)} into.`);
  if (fs.existsSync(destination)) throw new AppError('CONFLICT', `There is already a file at ${destination}. Choose another name, or move the old file away first.`);
  return destination;
}

function dateOf(timestamp: string): string {
  return dateInWords(todayInLondon(new Date(timestamp)));
}

function printPreview(preview: ImportPreview, out: Output): void {
  out.line(`${BUNDLE_KIND_LABELS[preview.kind]} from ${preview.from.organisation} (${preview.from.installName}), made by ${preview.from.userName} on ${dateOf(preview.createdAt)}.`);
  out.line(`Fingerprint: ${preview.from.fingerprint}. Bundle ${preview.bundleId}.`);
  out.line(`Their case reference: ${preview.caseReference.theirs ?? 'none given'}. Case here: ${preview.caseReference.ours ?? 'none yet'}.`);
  out.line('What importing it does:');
  for (const line of preview.willDo) out.line(`  ${line}`);
  for (const line of preview.warnings) out.line(`Warning: ${line}`);
  for (const line of preview.problemsToAccept) out.line(`Problem to accept: ${line}`);
}

export const BUNDLE_COMMANDS: Readonly<Record<string, Command>> = {
  'bundle export': {
    summary: 'make a sealed, signed bundle for a trusted contact (CONTACT: its id, fingerprint or install name). A task’s answer goes back to the install that asked, so --case and --to may be left out',
    usage: [
      'bundle export --store DIR --user NAME --case REF --kind KIND --to CONTACT --out FILE, with one of:',
      '    --kind request --request-id N | --agency NAME',
      '    --kind case [--note TEXT]',
      '    --kind decision-request --record-id N --person NAME --question TEXT [--reply-by YYYY-MM-DD]',
      '    --kind draft --document-id N --agency NAME [--reply-by YYYY-MM-DD] [--may-forward] [--note TEXT]',
      '    --kind return --task N --workbook FILE [--secured-on YYYY-MM-DD --representative NAME --held-where this-app|agency-system] [--note TEXT]',
      '    --kind decision --task N --data JSON --decided-on YYYY-MM-DD',
      '    --kind draft-reply --task N --comments TEXT',
      '    --kind actions --agency NAME --actions FILE.json [--note TEXT]   (a JSON array of actions: actionId (made when left out), recommendation, what, responsiblePerson, dueOn, intendedOutcome, status)',
      '    --kind actions-update --task N --updates FILE.json   (a JSON array of {actionId, status, evidence, evidenceFiles: [paths from the file’s folder]})',
    ].join('\n  '),
    options: EXPORT_OPTIONS,
    async run(options, out) {
      const kind = exportKind(required(options, 'kind'));
      checkKindOptions(kind, options);
      const destination = outFile(options);
      try {
        // Loaded here, not at the top: the flows bring PDF and spreadsheet libraries every other command can do without.
        const [{ makeBundle }, { outgoingFrom }] = await Promise.all([import('../exchange/exchange-service.ts'), import('./bundle-export.ts')]);
        const made = await withSession(options, async (session) => makeBundle(session, await outgoingFrom(session, kind, options), destination));
        out.line(`Wrote the ${BUNDLE_KIND_LABELS[kind].toLowerCase()} bundle to ${destination} (${made.size} bytes, SHA-256 ${made.sha256}).`);
        for (const line of made.summary) out.line(`  ${line}`);
        out.line('It is sealed to the contact and signed by this install: send it by your organisation’s secure transfer.');
        return 0;
      } catch (error) {
        throw withProblems(error);
      }
    },
  },
  'bundle import': {
    summary: 'check a bundle (signature, sender trusted, for this install, every hash, not imported before), show what it will do, then apply it in one go',
    usage: 'bundle import --store DIR --user NAME --file FILE [--assign-to NAME] [--accept-problems]',
    options: ['store', 'user', 'file', 'assign-to', 'accept-problems'],
    async run(options, out) {
      const file = resolvePath(required(options, 'file'));
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError('NOT_FOUND', `There is no bundle file at ${file}.`);
      try {
        const { importBundle, previewBundle } = await import('../exchange/exchange-service.ts');
        const result = await withSession(options, async (session) => {
          const preview = await previewBundle(session, file, 0);
          printPreview(preview, out);
          const assignTo = optional(options, 'assign-to') ?? (preview.assignees.length > 0 ? preview.suggestedAssignee : null);
          if (preview.assignees.length > 0 && assignTo !== null) out.line(`It will be given to ${assignTo}.`);
          return importBundle(session, file, preview.sha256, importOptions.parse({ assignTo, acceptProblems: options['accept-problems'] === true }));
        });
        out.line('Imported. What was done:');
        for (const line of result.applied) out.line(`  ${line}`);
        if (result.taskId !== null) out.line(`It is task ${result.taskId} on this install: answer it with bundle export --task ${result.taskId}.`);
        return 0;
      } catch (error) {
        throw withProblems(error);
      }
    },
  },
};
