/**
 * The files made from a case's evidence: request letters, chronology templates, the composite
 * chronology (.xlsx or PDF) and the meeting pack. Each needs the right to read the case; each
 * one made is audited (who took identifying data out of the store, and when), after the file is
 * made so that a failure records nothing that did not happen.
 */
import { AppError } from '../../shared/errors.ts';
import { describeFilter, filterEntries } from '../../shared/evidence/composite-filter.ts';
import type { CompositeFilter } from '../../shared/evidence/composite.ts';
import type { FileOutput, Letterhead } from '../../shared/evidence/letterhead.ts';
import { dueDateFor, todayInLondon } from '../../shared/reviews/clock-status.ts';
import { compositePdf } from '../exports/pdf/composite-pdf.ts';
import { meetingPackPdf } from '../exports/pdf/meeting-pack.ts';
import { requestLetterPdf } from '../exports/pdf/request-letter.ts';
import { chronologyTemplate } from '../exports/xlsx/chronology-template.ts';
import { compositeWorkbook } from '../exports/xlsx/composite-workbook.ts';
import { storeCalendar } from '../reviews/calendar.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { findRequest, findRequestForAgency } from '../store/repositories/information-requests.ts';
import { readLetterhead } from '../store/repositories/letterhead.ts';
import { readClockPolicy } from '../store/repositories/policy-settings.ts';
import { requireAgency } from './agencies.ts';
import { caseComposite } from './case-composite.ts';
import { caseToRead } from './evidence-access.ts';
import { meetingPackInput } from './meeting-pack-data.ts';
import { requestLetterInput } from './request-letter-data.ts';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Until an administrator sets it, the partnership's name has nowhere to come from. */
const TEMPLATE_PARTNERSHIP_FALLBACK = 'The Safeguarding Children Partnership';

function requireLetterhead(db: Db): Letterhead {
  const letterhead = readLetterhead(db);
  if (letterhead === null) throw new AppError('CONFLICT', 'An administrator must set the partnership’s letterhead (Policy settings → Letterhead) before letters can be made.');
  return letterhead;
}

/** A name any file system accepts: characters Windows refuses become hyphens. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/\s+/g, ' ').trim();
}

function fileOutput(fileName: string, mediaType: string, bytes: Uint8Array): FileOutput {
  return { fileName: safeFileName(fileName), mediaType, contentBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}

function auditMade(session: Session, caseId: number, action: string, details: Record<string, unknown>): void {
  session.store.change((_db, audit) => audit({ actorId: session.userId, action, recordType: 'case', recordId: caseId, details }));
}

export async function requestLetter(session: Session, reference: string, id: number): Promise<FileOutput> {
  const { caseId, reference: caseReference } = caseToRead(session, reference, 'make request letters');
  const db = session.store.db;
  const request = findRequest(db, caseId, id);
  if (request === undefined) throw new AppError('NOT_FOUND', `There is no request for information with id ${id} on case ${caseReference}. It may have been removed: reload the case.`);
  const letterhead = requireLetterhead(db);
  const bytes = await requestLetterPdf(requestLetterInput(db, caseId, caseReference, request, letterhead));
  const file = fileOutput(`${caseReference} request for information – ${request.agency}.pdf`, PDF, bytes);
  auditMade(session, caseId, 'evidence.letter-made', { requestId: request.id, agency: request.agency, fileName: file.fileName });
  return file;
}

/** The workbook an agency fills in. Its due date is the agency's request's, or as if the request went today. */
export async function requestTemplate(session: Session, reference: string, agencyName: string): Promise<FileOutput> {
  const { caseId, reference: caseReference } = caseToRead(session, reference, 'make chronology templates');
  const db = session.store.db;
  const agency = requireAgency(db, agencyName, 'agency');
  const today = todayInLondon();
  const dueOn = findRequestForAgency(db, caseId, agency.id)?.dueOn ?? dueDateFor('agency-returns', today, readClockPolicy(db).amounts['agency-returns'], storeCalendar(db));
  const bytes = await chronologyTemplate({ reference: caseReference, agency: agency.name, dueOn, madeOn: today, partnershipName: readLetterhead(db)?.partnershipName ?? TEMPLATE_PARTNERSHIP_FALLBACK });
  const file = fileOutput(`${caseReference} chronology template – ${agency.name}.xlsx`, XLSX, bytes);
  auditMade(session, caseId, 'evidence.template-made', { agency: agency.name, fileName: file.fileName });
  return file;
}

export async function exportComposite(session: Session, reference: string, format: 'xlsx' | 'pdf', filter: CompositeFilter): Promise<FileOutput> {
  const { caseId, reference: caseReference } = caseToRead(session, reference, 'export the composite chronology');
  const db = session.store.db;
  // Checked before the work of building the composite: a PDF is on the letterhead.
  const letterhead = format === 'pdf' ? requireLetterhead(db) : null;
  const composite = caseComposite(db, caseId);
  const entries = filterEntries(composite.entries, filter);
  const filterDescription = describeFilter(filter);
  const madeOn = todayInLondon();
  const file =
    letterhead === null
      ? fileOutput(`${caseReference} composite chronology.xlsx`, XLSX, await compositeWorkbook({ reference: caseReference, madeOn, filterDescription, entries }))
      : fileOutput(`${caseReference} composite chronology.pdf`, PDF, await compositePdf({ letterhead, reference: caseReference, madeOn, filterDescription, entries, gaps: composite.gaps }));
  auditMade(session, caseId, 'evidence.composite-exported', { format, filter: filterDescription, entries: entries.length, fileName: file.fileName });
  return file;
}

export async function exportMeetingPack(session: Session, reference: string): Promise<FileOutput> {
  const { caseId, reference: caseReference } = caseToRead(session, reference, 'make the meeting pack');
  const db = session.store.db;
  const letterhead = requireLetterhead(db);
  const input = meetingPackInput(db, caseId, caseReference, letterhead, todayInLondon());
  const file = fileOutput(`${caseReference} meeting pack.pdf`, PDF, await meetingPackPdf(input));
  auditMade(session, caseId, 'evidence.meeting-pack-made', { summaries: input.summaries.length, awaited: input.awaitedSummaries.length, entries: input.composite.entries.length, fileName: file.fileName });
  return file;
}
