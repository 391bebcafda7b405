/**
 * An agency's return taken in on the Business Unit's install. The exchange has already checked
 * that it answers a request bundle this install sent to this same contact; here it is matched to
 * that request on its case, its workbook read as a spreadsheet import would read it, and then, in
 * the exchange's one transaction, everything an import by hand would do lands at once: the
 * workbook kept in the case's documents, the summary saved, the chronology accepted (replacing the
 * agency's earlier return), the securing confirmation recorded, the request marked received and
 * the clocks brought into line. Each is audited as its own service audits it, marked as come by bundle.
 */
import { AppError } from '../../../shared/errors.ts';
import { returnPayload, type ReturnPayload } from '../../../shared/exchange/payloads.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import type { ConfirmationInput } from '../../../shared/vault/securing.ts';
import { requireAgency } from '../../evidence/agencies.ts';
import { writeChronologyReturn } from '../../evidence/chronology-returns.ts';
import { keepReturnedFile } from '../../evidence/kept-files.ts';
import { writeImportedSummary } from '../../evidence/summaries.ts';
import { dateInWords } from '../../exports/pdf/date-words.ts';
import { storeCalendar } from '../../reviews/calendar.ts';
import { syncClocks } from '../../reviews/clock-sync.ts';
import type { Session } from '../../security/session.ts';
import type { Db } from '../../store/open-database.ts';
import { findSummary } from '../../store/repositories/agency-summaries.ts';
import { caseSummaryById } from '../../store/repositories/cases.ts';
import { findCurrentReturn } from '../../store/repositories/chronology-returns.ts';
import { findBundleRow } from '../../store/repositories/exchange-bundles.ts';
import { findRequest, setRequestReceived, type StoredRequest } from '../../store/repositories/information-requests.ts';
import { confirmationProblems, writeConfirmation } from '../../vault/securing.ts';
import type { Applied, Incoming, Prepare } from '../flow.ts';
import { plural, sameOrganisation } from './request-files.ts';
import { readReturnWorkbook } from './return-workbook.ts';

const NOTHING = 'Nothing was imported.';

function refused(message: string): AppError {
  return new AppError('BUNDLE_REFUSED', `${message} ${NOTHING}`);
}

/** The date, in England, of a moment stored as an ISO timestamp. */
const onDate = (iso: string) => dateInWords(todayInLondon(new Date(iso)));

/** The request the return answers: the one whose bundle it replies to, still on its case, to the same agency. */
function answeredRequest(db: Db, incoming: Incoming, payload: ReturnPayload): { request: StoredRequest; caseId: number } {
  const { manifest, sender } = incoming;
  const sent = manifest.inReplyTo === null ? undefined : findBundleRow(db, manifest.inReplyTo, 'sent');
  const match = /^request:(\d+)$/.exec(sent?.subject ?? '');
  if (sent === undefined || sent.caseId === null || match === null) throw refused('This return does not answer an information request sent from this install.');
  const requestId = Number(match[1]);
  if (payload.requestId !== requestId) {
    throw refused(`This return names request ${payload.requestId}, but the bundle it answers was for request ${requestId}: it was made wrongly. Ask ${sender.organisation} to make it again from their task.`);
  }
  const request = findRequest(db, sent.caseId, requestId);
  if (request === undefined) {
    const { reference } = caseSummaryById(db, sent.caseId);
    throw refused(`The request for information this return answers is no longer on case ${reference}: it may have been removed. Record the request to ${payload.agency} again, then import the return.`);
  }
  if (!sameOrganisation(payload.agency, request.agency)) throw refused(`This return is from ${payload.agency}, but the request it answers went to ${request.agency}.`);
  return { request, caseId: sent.caseId };
}

/** The securing confirmation, when the request asked for one, with dates the Business Unit would accept if typed in. */
function checkedSecuring(db: Db, caseId: number, organisationId: number, request: StoredRequest, securing: ConfirmationInput | null, today: string): ConfirmationInput | null {
  if (securing === null) {
    if (request.secureFiles) throw refused(`The request asked ${request.agency} to secure its records, but the return does not confirm that it has. Ask ${request.agency} to send the return again with the confirmation.`);
    return null;
  }
  const problems = confirmationProblems(db, caseId, organisationId, securing, today);
  if (problems.length > 0) throw refused(`The securing confirmation in the return cannot be recorded: ${problems.map((problem) => problem.message).join('; ')}. Ask ${request.agency} to correct it and send the return again.`);
  return securing;
}

/** "in time", or "3 working days late" (a Saturday after a Friday deadline is still late). */
function timeliness(db: Db, dueOn: string, today: string): string {
  if (today <= dueOn) return 'in time';
  const late = Math.max(1, storeCalendar(db).workingDaysBetween(dueOn, today));
  return `${late} working day${late === 1 ? '' : 's'} late`;
}

export const prepareReturn: Prepare = async (session: Session, incoming: Incoming) => {
  const db = session.store.db;
  const payload = returnPayload.parse(incoming.payload);
  const { request, caseId } = answeredRequest(db, incoming, payload);
  session.authorise('cases.edit', 'import agency returns', { caseId });
  const { reference } = caseSummaryById(db, caseId);
  const agency = requireAgency(db, request.agency, 'agency');
  const today = todayInLondon();
  const item = incoming.manifest.items[payload.workbookItem];
  if (item === undefined) throw refused('This return names a workbook it does not carry: the bundle was made wrongly. Ask the sender to make it again.');
  const file = { fileName: item.name, bytes: incoming.opened.readItemWhole(payload.workbookItem) };
  const workbook = await readReturnWorkbook(file, agency.name, today);
  const securing = checkedSecuring(db, caseId, agency.id, request, payload.securing, today);

  const { form, chronology } = workbook;
  const earlierSummary = findSummary(db, caseId, agency.id);
  const earlierReturn = findCurrentReturn(db, caseId, agency.id);
  // A date the request was marked received, by hand or by an earlier return, is kept.
  const marksReceived = request.receivedOn === null && today >= request.sentOn;
  const completed = form.completedOn === null ? '' : ` on ${dateInWords(form.completedOn)}`;
  const note = payload.note.trim();
  const lines = {
    summary: `${agency.name}’s summary (completed by ${form.authorName}${completed})`,
    rows: plural(chronology.rows.length, 'chronology row', 'chronology rows'),
    replacing: earlierReturn === undefined ? '' : ` (replacing the return of ${onDate(earlierReturn.importedAt)})`,
    securing: securing === null ? null : `securing confirmed on ${dateInWords(securing.confirmedOn)} by ${securing.representativeName}`,
    received: `the request received today (${dateInWords(today)}): ${timeliness(db, request.dueOn, today)}`,
    workbook: `the workbook “${file.fileName}” in the case’s documents${note === '' ? '' : `, with ${agency.name}’s note: “${note}”`}`,
  };
  const warnings = [
    ...(earlierSummary?.source === 'entered' ? [`This replaces the summary from ${agency.name} typed in on ${onDate(earlierSummary.savedAt)}.`] : []),
    ...(request.receivedOn !== null ? [`The request was already marked received on ${dateInWords(request.receivedOn)}: that date is kept.`] : []),
  ];

  return {
    ourReference: reference,
    willDo: [
      `Save ${lines.summary}`,
      `Add ${lines.rows} to the composite${lines.replacing}`,
      ...(lines.securing === null ? [] : [`Record ${lines.securing}`]),
      ...(marksReceived ? [`Mark ${lines.received}`] : []),
      `Keep ${lines.workbook}`,
    ],
    warnings,
    problemsToAccept: workbook.problemsToAccept,
    assignees: [],
    suggestedAssignee: null,
    apply(db, audit, options): Applied {
      if (workbook.problemsToAccept.length > 0 && !options.acceptProblems) {
        throw refused(`Rows of the chronology in ${agency.name}’s return could not be read: accept them to import the rest, or ask ${agency.name} for a corrected workbook.`);
      }
      const actorId = session.userId;
      const via = { via: 'bundle', bundleId: incoming.manifest.id };
      const now = new Date().toISOString();
      // Kept first, under a note saying how it came; the summary and chronology then find it by its hash.
      keepReturnedFile(db, caseId, { fileName: file.fileName, bytes: file.bytes, note: `Return from ${agency.name} (agency summary and chronology), received as a signed bundle${note === '' ? '' : `. Note: ${note}`}` }, actorId, now);
      writeImportedSummary(db, audit, actorId, caseId, agency, file, form, via);
      writeChronologyReturn(db, audit, actorId, caseId, agency, file, chronology, via);
      if (securing !== null) writeConfirmation(db, audit, actorId, caseId, agency, securing, via);
      if (marksReceived && findRequest(db, caseId, request.id)?.receivedOn === null) {
        setRequestReceived(db, request.id, today, actorId, now);
        audit({ actorId, action: 'evidence.return-received', recordType: 'case', recordId: caseId, details: { requestId: request.id, agency: agency.name, receivedOn: today, automatically: true, ...via } });
      }
      syncClocks(db, caseId);
      return {
        caseId,
        ourReference: reference,
        taskId: null,
        subject: `request:${request.id}`,
        applied: [
          `Saved ${lines.summary}`,
          `Added ${lines.rows} to the composite${lines.replacing}`,
          ...(lines.securing === null ? [] : [`Recorded ${lines.securing}`]),
          ...(marksReceived ? [`Marked ${lines.received}`] : []),
          `Kept ${lines.workbook}`,
        ],
      };
    },
  };
};
