/**
 * The kinds `bundle export` makes and the options each takes: kept apart from the flows that
 * build them, so the command line reads them (for its usage and its checks) without loading
 * every flow and what they need (PDF, spreadsheets) for commands that make no bundle.
 */
import { UsageError } from './arguments.ts';

/** What a case sends, and what a task answers with. */
export const SEND_KINDS = ['request', 'case', 'decision-request', 'draft', 'actions'] as const;
export const ANSWER_KINDS = ['return', 'decision', 'draft-reply', 'actions-update'] as const;
export type SendKind = (typeof SEND_KINDS)[number];
export type AnswerKind = (typeof ANSWER_KINDS)[number];
export type ExportKind = SendKind | AnswerKind;

/** The options each kind takes besides --store, --user, --case, --kind, --to and --out. */
export const KIND_OPTIONS: Readonly<Record<ExportKind, readonly string[]>> = {
  request: ['request-id', 'agency'],
  case: ['note'],
  'decision-request': ['record-id', 'person', 'question', 'reply-by'],
  draft: ['document-id', 'agency', 'reply-by', 'may-forward', 'note'],
  actions: ['agency', 'actions', 'note'],
  return: ['task', 'workbook', 'secured-on', 'representative', 'held-where', 'held-details', 'note'],
  decision: ['task', 'data', 'decided-on'],
  'draft-reply': ['task', 'comments'],
  'actions-update': ['task', 'updates'],
};

export function exportKind(value: string): ExportKind {
  if ((SEND_KINDS as readonly string[]).includes(value) || (ANSWER_KINDS as readonly string[]).includes(value)) return value as ExportKind;
  throw new UsageError(`--kind must be one of ${[...SEND_KINDS, ...ANSWER_KINDS].join(', ')}, not "${value}".`);
}

export function isAnswer(kind: ExportKind): kind is AnswerKind {
  return (ANSWER_KINDS as readonly string[]).includes(kind);
}
