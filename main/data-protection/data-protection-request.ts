/**
 * A data-protection request (UK GDPR article 15, or a request to erase): everything the store
 * holds about a named person, across every case, open and closed, for the data-protection officer.
 * Administrators only, and only this way: an administrator cannot otherwise read cases. The search
 * and the export are each recorded in the audit chain with the name searched and the counts;
 * that detail is itself erasable, like every audit detail.
 */
import type { DataProtectionExportInput, DataProtectionFormat, DataProtectionQueryInput, DataProtectionReview } from '../../shared/ipc/data-protection-calls.ts';
import type { FileOutput } from '../../shared/evidence/letterhead.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import type { ReportProgress } from '../operations/jobs.ts';
import type { Session } from '../security/session.ts';
import { readLetterhead } from '../store/repositories/letterhead.ts';
import type { Pace } from './findings.ts';
import { requestWorkbook } from './request-workbook.ts';
import { checkFilesFit, filesFound, requestZip } from './request-zip.ts';
import { countByPlace, reviewOf } from './review.ts';
import { searchStore, type StoreSearch } from './search-store.ts';
import { subjectOf } from './subject.ts';
import { DATA_PROTECTION_EXPORTED, DATA_PROTECTION_SEARCHED } from './request-audit.ts';

export { DATA_PROTECTION_EXPORTED, DATA_PROTECTION_SEARCHED } from './request-audit.ts';

const SEARCH = 'search the store for a data-protection request';
const EXPORT = 'export what the store holds about a person';

const MEDIA_TYPES: Readonly<Record<DataProtectionFormat, string>> = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', zip: 'application/zip' };
const PARTNERSHIP_FALLBACK = 'the partnership';

const NO_PROGRESS: ReportProgress = () => {};

/** Between pages: other calls get their turn, the search counts as the person's activity, and a lock stops it. */
function paceFor(session: Session): Pace {
  return async () => {
    await new Promise((resolve) => setImmediate(resolve));
    void session.store;
  };
}

function auditDetails(search: StoreSearch): Record<string, unknown> {
  return {
    name: search.subject.name,
    dateOfBirth: search.subject.dateOfBirth,
    found: search.findings.length,
    places: Object.fromEntries([...countByPlace(search.findings)].filter(([, found]) => found > 0)),
  };
}

async function search(session: Session, query: DataProtectionQueryInput, report: ReportProgress): Promise<StoreSearch> {
  const subject = subjectOf(query);
  return searchStore(session.store.db, subject, report, paceFor(session));
}

/** Checked before a job starts, so a refusal answers at once (and is recorded). */
export function authoriseSearch(session: Session): void {
  session.authorise('data-protection.export', SEARCH);
}

export function authoriseExport(session: Session): void {
  session.authorise('data-protection.export', EXPORT);
}

/** What the store holds about the person, summed up for the officer to review. */
export async function searchForRequest(session: Session, query: DataProtectionQueryInput, report: ReportProgress = NO_PROGRESS): Promise<DataProtectionReview> {
  authoriseSearch(session);
  const found = await search(session, query, report);
  session.store.change((_db, audit) => audit({ actorId: session.userId, action: DATA_PROTECTION_SEARCHED, recordType: 'store', recordId: session.store.storeId, details: auditDetails(found) }));
  return reviewOf(found);
}

function londonTime(now: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hour12: false }).format(now);
}

/** The export's name carries the date, never the person's name: file names end up in lists and logs. */
export function requestFileName(madeOn: string, format: DataProtectionFormat): string {
  return `data-protection-request-${madeOn}.${format}`;
}

/** The workbook's (or the zip's) bytes, for the app (as base64) and for tests (read back with exceljs and yauzl). */
export async function exportRequestBytes(session: Session, request: DataProtectionExportInput, report: ReportProgress = NO_PROGRESS): Promise<{ fileName: string; bytes: Buffer; review: DataProtectionReview }> {
  authoriseExport(session);
  const format = request.format ?? 'xlsx';
  const found = await search(session, request, report);
  const files = format === 'zip' ? filesFound(found) : [];
  if (format === 'zip') checkFilesFit(session.store.db, files);
  report({ phase: format === 'zip' ? 'Writing the workbook and gathering the files' : 'Writing the workbook', done: 0, total: 1 });
  const now = new Date();
  const madeOn = todayInLondon(now);
  const workbook = await requestWorkbook({
    search: found,
    madeOn,
    madeAt: londonTime(now),
    madeBy: session.user.name,
    partnership: readLetterhead(session.store.db)?.partnershipName ?? PARTNERSHIP_FALLBACK,
  });
  const bytes = format === 'zip' ? await requestZip(session.store.db, requestFileName(madeOn, 'xlsx'), workbook, files) : workbook;
  const fileName = requestFileName(madeOn, format);
  // Recorded once the file is made: a failed export took nothing away.
  session.store.change((_db, audit) =>
    audit({ actorId: session.userId, action: DATA_PROTECTION_EXPORTED, recordType: 'store', recordId: session.store.storeId, details: { ...auditDetails(found), fileName, files: files.length } }),
  );
  return { fileName, bytes, review: reviewOf(found) };
}

export async function exportForRequest(session: Session, request: DataProtectionExportInput, report: ReportProgress = NO_PROGRESS): Promise<FileOutput> {
  const { fileName, bytes } = await exportRequestBytes(session, request, report);
  return { fileName, mediaType: MEDIA_TYPES[request.format ?? 'xlsx'], contentBase64: bytes.toString('base64') };
}
