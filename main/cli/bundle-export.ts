/**
 * `bundle export` options turned into the same inputs the app's screens send (sendInput and
 * answerInput), checked by the same schemas, and built by the same flows. Problems are named by
 * the option to change ("--person: Enter whose decision it is"), not by the call's field.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { AppError, problemsFromIssues, type Problem } from '../../shared/errors.ts';
import { answerInput, sendInput } from '../../shared/ipc/exchange-calls.ts';
import type { Outgoing } from '../exchange/flow.ts';
import { taskToSee } from '../exchange/task-access.ts';
import { buildAnswer, buildSend } from '../exchange/send.ts';
import type { Session } from '../security/session.ts';
import { requireCaseId } from '../store/repositories/cases.ts';
import { listRequests } from '../store/repositories/information-requests.ts';
import { optional, required, resolvePath, UsageError, type Options } from './arguments.ts';
import { actionsFromFile, fileProblem, updatesFromFile } from './bundle-actions.ts';
import { contactNamed } from './contact-argument.ts';
import { isAnswer, type AnswerKind, type ExportKind, type SendKind } from './bundle-kinds.ts';

const OPTION_OF_FIELD: Readonly<Record<string, string>> = {
  reference: 'case',
  to: 'to',
  requestId: 'request-id',
  recordId: 'record-id',
  personName: 'person',
  question: 'question',
  replyBy: 'reply-by',
  documentId: 'document-id',
  agency: 'agency',
  mayForward: 'may-forward',
  note: 'note',
  taskId: 'task',
  'answer.note': 'note',
  'answer.stagedWorkbook': 'workbook',
  'answer.securing.confirmedOn': 'secured-on',
  'answer.securing.representativeName': 'representative',
  'answer.securing.heldWhere': 'held-where',
  'answer.securing.heldDetails': 'held-details',
  'answer.decidedOn': 'decided-on',
  'answer.data': 'data',
  'answer.comments': 'comments',
};


function wholeNumber(options: Options, name: string): number {
  const text = required(options, name);
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`--${name} must be a whole number, not "${text}".`);
  return Number(text);
}

function problemsByOption(problems: readonly Problem[]): Problem[] {
  return problems.map((problem) => {
    // An entry of an --actions or --updates file is named by its place in the file.
    const inFile = fileProblem(problem);
    if (inFile !== null) return inFile;
    const option = OPTION_OF_FIELD[problem.path] ?? Object.entries(OPTION_OF_FIELD).find(([field]) => problem.path.startsWith(`${field}.`))?.[1];
    return { path: option === undefined ? problem.path : `--${option}`, message: problem.message };
  });
}

function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = problemsByOption(problemsFromIssues(result.error.issues));
  throw new AppError('INVALID_INPUT', `The bundle cannot be made: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}. Nothing was written.`, problems);
}

/** --request-id, or the case's request to --agency. */
function requestId(session: Session, reference: string, options: Options): number {
  if (options['request-id'] !== undefined) return wholeNumber(options, 'request-id');
  const agency = optional(options, 'agency');
  if (agency === undefined) throw new UsageError('A request bundle needs --request-id N or --agency NAME to say which of the case’s information requests to send.');
  const caseId = requireCaseId(session.store.db, reference);
  session.authorise('cases.read', 'open this case', { caseId });
  const requests = listRequests(session.store.db, caseId);
  const match = requests.find((request) => request.agency.localeCompare(agency.trim(), 'en-GB', { sensitivity: 'accent' }) === 0);
  if (match !== undefined) return match.id;
  const agencies = requests.length === 0 ? 'The case has no information requests yet.' : `The case has requests to ${requests.map((request) => request.agency).join(', ')}.`;
  throw new AppError('NOT_FOUND', `Case ${reference} has no information request to ${agency.trim()}. ${agencies}`);
}

function sendFrom(session: Session, kind: SendKind, options: Options): z.output<typeof sendInput> {
  const reference = required(options, 'case');
  const to = contactNamed(session.store.db, required(options, 'to')).id;
  switch (kind) {
    case 'request':
      return parsed(sendInput, { kind, reference, to, requestId: requestId(session, reference, options) });
    case 'case':
      return parsed(sendInput, { kind, reference, to, note: optional(options, 'note') });
    case 'decision-request':
      return parsed(sendInput, { kind, reference, to, recordId: wholeNumber(options, 'record-id'), personName: required(options, 'person'), question: required(options, 'question'), replyBy: optional(options, 'reply-by') ?? null });
    case 'draft':
      return parsed(sendInput, {
        kind,
        reference,
        to,
        documentId: wholeNumber(options, 'document-id'),
        agency: required(options, 'agency'),
        replyBy: optional(options, 'reply-by') ?? null,
        mayForward: options['may-forward'] === true,
        note: optional(options, 'note'),
      });
    case 'actions':
      return parsed(sendInput, { kind, reference, to, agency: required(options, 'agency'), actions: actionsFromFile(required(options, 'actions')), note: optional(options, 'note') });
  }
}

function readFileNamed(options: Options, name: string): { fileName: string; bytes: Buffer } {
  const file = resolvePath(required(options, name));
  try {
    return { fileName: path.basename(file), bytes: fs.readFileSync(file) };
  } catch {
    throw new AppError('NOT_FOUND', `There is no readable file at ${file} (--${name}).`);
  }
}

function securingFrom(options: Options): unknown {
  const given = ['secured-on', 'representative', 'held-where', 'held-details'].filter((name) => options[name] !== undefined);
  if (given.length === 0) return null;
  if (options['secured-on'] === undefined) throw new UsageError(`--${given[0]} belongs to the securing confirmation: give --secured-on DATE --representative NAME --held-where this-app|agency-system with it.`);
  return { confirmedOn: optional(options, 'secured-on'), representativeName: optional(options, 'representative'), heldWhere: optional(options, 'held-where'), heldDetails: optional(options, 'held-details') };
}

function dataFrom(options: Options): unknown {
  const text = required(options, 'data');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`--data must be the decision's fields as JSON: ${(error as Error).message}.`);
  }
}

/** The answer, with the files named on the command line standing where the app has staged uploads. */
function answerFrom(kind: AnswerKind, options: Options): { input: z.output<typeof answerInput>; files: { fileName: string; bytes: Buffer }[] } {
  const taskId = wholeNumber(options, 'task');
  switch (kind) {
    case 'return': {
      const workbook = readFileNamed(options, 'workbook');
      return { input: parsed(answerInput, { kind, taskId, answer: { stagedWorkbook: 1, securing: securingFrom(options), note: optional(options, 'note') } }), files: [workbook] };
    }
    case 'decision':
      return { input: parsed(answerInput, { kind, taskId, answer: { decidedOn: required(options, 'decided-on'), data: dataFrom(options) } }), files: [] };
    case 'draft-reply':
      return { input: parsed(answerInput, { kind, taskId, answer: { comments: required(options, 'comments') } }), files: [] };
    case 'actions-update': {
      const { updates, files } = updatesFromFile(required(options, 'updates'));
      return { input: parsed(answerInput, { kind, taskId, answer: { updates } }), files };
    }
  }
}

/** A flow's own refusal, with the problems in an --actions or --updates file named by their place in it. */
function withFileProblems(error: unknown): unknown {
  if (!(error instanceof AppError) || !error.problems.some((problem) => fileProblem(problem) !== null)) return error;
  const problems = problemsByOption(error.problems);
  // A refusal of one problem is that problem's message alone: say where in the file it is.
  const alone = error.problems.length === 1 && error.message === `${error.problems[0]!.message}.`;
  return new AppError(error.code, alone ? `${problems[0]!.path}: ${problems[0]!.message}.` : error.message, problems);
}

/** --case and --to are optional for an answer (it goes back to whoever asked), but must match the task when given. */
function checkAnswerMatchesTask(session: Session, taskId: number, options: Options): void {
  // Checked as the flow will check it, so a task someone may not see tells them nothing here either.
  const task = taskToSee(session, taskId);
  const reference = optional(options, 'case');
  if (reference !== undefined && reference.trim().localeCompare(task.theirReference, 'en-GB', { sensitivity: 'accent' }) !== 0) {
    throw new AppError('CONFLICT', `Task ${taskId} is for case ${task.theirReference}, not ${reference.trim()}. Check the task number.`);
  }
  const to = optional(options, 'to');
  if (to !== undefined && contactNamed(session.store.db, to).id !== task.contactId) {
    throw new AppError('CONFLICT', `Task ${taskId} came from another contact: its answer can only go back to the install that asked.`);
  }
}


/** The flow's bundle for these options; nothing is written until makeBundle. */
export async function outgoingFrom(session: Session, kind: ExportKind, options: Options): Promise<Outgoing> {
  try {
    if (!isAnswer(kind)) return await buildSend(session, sendFrom(session, kind, options));
    const { input, files } = answerFrom(kind, options);
    checkAnswerMatchesTask(session, input.taskId, options);
    return await buildAnswer(session, input, (stagedId) => {
      const file = files[stagedId - 1];
      if (file === undefined) throw new Error(`No file was given for staged file ${stagedId}.`);
      return file;
    });
  } catch (error) {
    throw withFileProblems(error);
  }
}
