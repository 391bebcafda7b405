/** Command-line options: parsed strictly, with relative paths taken from where the command was run. */
import path from 'node:path';
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export type Options = Record<string, string | boolean | undefined>;

const OPTION_NAMES = [
  'store', 'user', 'cases', 'checkpoint', 'to', 'new-user', 'role', 'org', 'target-user', 'case', 'agency', 'from', 'minutes', 'partner', 'working-days', 'file', 'out', 'format',
  // contact …
  'fingerprint', 'id', 'reason', 'organisation', 'install-name',
  // bundle export / import
  'kind', 'request-id', 'note', 'record-id', 'person', 'question', 'reply-by', 'document-id', 'task', 'workbook', 'secured-on', 'representative', 'held-where', 'held-details', 'data', 'decided-on', 'comments', 'assign-to', 'actions', 'updates',
  // export (reports)
  'recipient',
] as const;
const FLAG_NAMES = ['new-recovery', 'may-forward', 'accept-problems', 'accept-detected'] as const;

export function parseCommandLine(argv: readonly string[]): { command: string | undefined; subcommand: string | undefined; options: Options } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(OPTION_NAMES.map((name) => [name, { type: 'string' as const }])),
        ...Object.fromEntries(FLAG_NAMES.map((name) => [name, { type: 'boolean' as const }])),
        help: { type: 'boolean', short: 'h' },
      },
    });
    // A command may have a sub-command ("bundle export"); the caller sorts out which it is.
    if (positionals.length > 2) throw new UsageError(`Unexpected argument "${positionals[2]}".`);
    return { command: positionals[0], subcommand: positionals[1], options: values };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, '.'));
  }
}

export function required(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`The --${name} option is needed.`);
  return value;
}

export function optional(options: Options, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

/** `npm run` changes to the package folder; INIT_CWD is the folder the person ran it from. */
export function resolvePath(value: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.INIT_CWD ?? process.cwd(), value);
}
