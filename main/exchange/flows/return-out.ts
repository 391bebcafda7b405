/**
 * The agency's return, made from its request task: the completed workbook (summary and
 * chronology) and, when the request asked for it, the confirmation that the agency's records are
 * secured. The workbook goes through the same readers and checks the Business Unit's import uses,
 * so a summary that would be refused there is corrected here, before anything is sent; rows of
 * the chronology that cannot be read may go, and are named. Secured files never travel.
 */
import { AppError, type Problem } from '../../../shared/errors.ts';
import { problemsToAccept, type ChronologyProblem } from '../../../shared/evidence/chronology.ts';
import { requestPayload, type ReturnPayload } from '../../../shared/exchange/payloads.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { confirmationInput, type ConfirmationInput } from '../../../shared/vault/securing.ts';
import { readChronology } from '../../evidence/chronology/read-chronology.ts';
import { returnedMediaType } from '../../evidence/kept-files.ts';
import { parsedOrRefused } from '../../evidence/parsed-input.ts';
import { checkImportedSummary } from '../../evidence/summaries.ts';
import { readAgencySummary } from '../../evidence/summary-import.ts';
import { dateInWords } from '../../exports/pdf/date-words.ts';
import { refuseProblems } from '../../reviews/input-problems.ts';
import type { Session } from '../../security/session.ts';
import { markTaskAnswered } from '../../store/repositories/exchange-tasks.ts';
import { trustedContact } from '../contacts.ts';
import type { Outgoing } from '../flow.ts';
import { taskToAnswer } from '../task-access.ts';
import { fileNamePart, itemFromBytes, rowsCount } from './request-files.ts';
import { answerAddress } from './answer-address.ts';

export interface ReturnContent {
  readonly securing: ConfirmationInput | null;
  readonly note: string;
  readonly workbook: { readonly fileName: string; readonly bytes: Buffer };
}

const NOTE_MAX = 2000;

/** The securing confirmation the request asked for, with dates that can be true. */
function checkedSecuring(input: ConfirmationInput | null, asked: boolean, sentOn: string): ConfirmationInput | null {
  if (input === null) {
    if (!asked) return null;
    const message = 'The request asked your agency to secure its records: confirm that you have, with the date';
    throw new AppError('INVALID_INPUT', `${message}.`, [{ path: 'securing', message }]);
  }
  const securing = parsedOrRefused(confirmationInput, input, 'securing.', 'the securing confirmation');
  const problems: Problem[] = [];
  if (securing.confirmedOn > todayInLondon()) problems.push({ path: 'securing.confirmedOn', message: 'The date your agency secured its records cannot be in the future' });
  else if (securing.confirmedOn < sentOn) {
    problems.push({ path: 'securing.confirmedOn', message: `The date your agency secured its records must be on or after the date the request was sent (${dateInWords(sentOn)})` });
  }
  if (problems.length > 0) refuseProblems(problems, '', 'the securing confirmation');
  return securing;
}

/** What of the chronology could not be read, for the summary: the Business Unit sees each and must accept it. */
function unreadParts(problems: readonly ChronologyProblem[]): string[] {
  const toAccept = problemsToAccept(problems);
  const rows = new Set(toAccept.filter((problem) => problem.row > 0).map((problem) => `${problem.sheet}\u0000${problem.row}`)).size;
  const sheets = toAccept.filter((problem) => problem.row === 0).length;
  const them = (count: number) => (count === 1 ? 'it' : 'them');
  return [
    ...(rows === 0 ? [] : [`${rowsCount(rows)} could not be read: the Business Unit will see ${them(rows)}`]),
    ...(sheets === 0 ? [] : [`${sheets === 1 ? '1 sheet was' : `${sheets} sheets were`} not read (no chronology header row): the Business Unit will see ${them(sheets)}`]),
  ];
}

export async function buildReturnBundle(session: Session, taskId: number, content: ReturnContent): Promise<Outgoing> {
  const task = taskToAnswer(session, taskId, 'request');
  if (task.state === 'answered') {
    throw new AppError('CONFLICT', `The return for this request was made on ${dateInWords(task.answeredAt!.slice(0, 10))}. If it needs correcting, ask the Business Unit how they want the corrected workbook sent.`);
  }
  const db = session.store.db;
  const request = requestPayload.parse(JSON.parse(task.payload));
  const to = trustedContact(db, task.contactId);
  const securing = checkedSecuring(content.securing, request.secureFiles, request.sentOn);
  const note = content.note.trim();
  if (note.length > NOTE_MAX) refuseProblems([{ path: 'note', message: 'Enter a note of at most 2,000 characters' }], '', 'the return');

  const file = { fileName: content.workbook.fileName.trim(), bytes: content.workbook.bytes };
  // The same readers, in the same order, as the Business Unit's import: the file guard runs first.
  const { form, problems } = checkImportedSummary(await readAgencySummary(file), todayInLondon());
  if (form === null || problems.length > 0) {
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    throw new AppError(
      'INVALID_INPUT',
      `The agency summary in “${file.fileName}” has ${count}, so the return was not made: the Business Unit could not import it. Correct the “Agency summary” sheet and choose the workbook again.`,
      problems.map((problem) => ({ path: 'workbook', message: problem.message })),
    );
  }
  const chronology = await readChronology(file);
  if (chronology.rows.length === 0) {
    const message = `No events could be read from “${file.fileName}”: fill in the Chronology sheet, one row per significant practice event, and choose the workbook again`;
    throw new AppError('INVALID_INPUT', `${message}.`, [{ path: 'workbook', message }]);
  }
  const unread = unreadParts(chronology.problems);

  const payload: ReturnPayload = { requestId: request.requestId, agency: request.agency, workbookItem: 1, securing, note, securedFiles: [] };
  return {
    kind: 'return',
    to,
    ...answerAddress(task),
    payload,
    files: [itemFromBytes(file.fileName, returnedMediaType(file.fileName, file.bytes), file.bytes)],
    summary: [
      `Return to ${request.partnership} for case ${task.theirReference}`,
      `Agency summary completed by ${form.authorName}${form.completedOn === null ? '' : ` on ${dateInWords(form.completedOn)}`}`,
      `${rowsCount(chronology.rows.length)} of chronology`,
      ...unread,
      securing === null ? 'No securing confirmation: the request did not ask for one' : `Records secured on ${dateInWords(securing.confirmedOn)}, confirmed by ${securing.representativeName}`,
      'Secured files are not in the bundle: they never travel',
    ],
    fileStem: `${task.theirReference}-return-${fileNamePart(request.agency)}`,
    afterSent(db, audit, bundleId) {
      markTaskAnswered(db, task.id, bundleId, new Date().toISOString());
      audit({ actorId: session.userId, action: 'exchange.task-answered', recordType: 'task', recordId: task.id, details: { kind: 'request', bundleId, theirReference: task.theirReference } });
    },
  };
}
