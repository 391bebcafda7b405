/**
 * Importing an agency's returned chronology: previewed first (what would be read, what could not,
 * and which return it would replace), then accepted whole. Acceptance is tied to the preview by
 * the file's SHA-256, and rows that could not be read must be accepted knowingly. An accepted
 * return is written in one transaction (the file kept in the case's documents, the agency's
 * earlier return superseded and its rows taken out of the composite, every row, the return with
 * its problems, the audit event): all of it lands or none of it does.
 */
import { AppError } from '../../shared/errors.ts';
import { problemsToAccept, type ChronologyProblem, type ChronologyReadResult } from '../../shared/evidence/chronology.ts';
import type { ChronologyPreview, EvidenceView } from '../../shared/evidence/evidence-view.ts';
import { sha256Of } from '../reviews/documents.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import type { Audit } from '../store/open-store.ts';
import { findCurrentReturn, findReturn, insertReturn, insertRows, supersedeReturn } from '../store/repositories/chronology-returns.ts';
import { deleteResolutionsTouching } from '../store/repositories/chronology-resolutions.ts';
import type { Organisation } from '../store/repositories/organisations.ts';
import { requireAgency } from './agencies.ts';
import { readChronology } from './chronology/read-chronology.ts';
import type { ReturnedFile } from './chronology/returned-file.ts';
import { caseToChange, caseToRead } from './evidence-access.ts';
import { buildEvidenceView } from './evidence-view.ts';
import { keepReturnedFile } from './kept-files.ts';
import { markReceivedWhenComplete } from './received-automatically.ts';

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

function unacceptedRefusal(fileName: string, problems: readonly ChronologyProblem[]): AppError {
  const rows = new Set(problems.filter((problem) => problem.row > 0).map((problem) => `${problem.sheet}\u0000${problem.row}`)).size;
  const sheets = problems.filter((problem) => problem.row === 0).length;
  const what = [rows > 0 ? `${plural(rows, 'row', 'rows')} could not be read` : '', sheets > 0 ? `${plural(sheets, 'sheet was', 'sheets were')} not read` : ''].filter((part) => part !== '').join(' and ');
  return new AppError(
    'INVALID_INPUT',
    `In “${fileName}”, ${what}. Look at them in the preview: import the rest only if you accept that they are left out of the composite chronology (they stay listed with the return).`,
    [{ path: 'acceptProblems', message: 'Accept the rows that could not be read, or ask the agency for a corrected file' }],
  );
}

/** What accepting the file would do; nothing is written. */
export async function previewChronology(session: Session, reference: string, agencyName: string, file: ReturnedFile): Promise<ChronologyPreview> {
  const { caseId } = caseToRead(session, reference, 'import chronologies');
  const agency = requireAgency(session.store.db, agencyName, 'agency');
  const read = await readChronology(file);
  return {
    agency: agency.name,
    fileName: file.fileName,
    sha256: sha256Of(file.bytes),
    rows: read.rows,
    problems: read.problems,
    replacesReturnId: findCurrentReturn(session.store.db, caseId, agency.id)?.id ?? null,
  };
}

export interface Acceptance {
  /** The SHA-256 the preview gave: what is accepted must be exactly what was previewed. */
  readonly sha256: string;
  /** The person has seen the rows that could not be read and accepts the rest. */
  readonly acceptProblems: boolean;
}

/**
 * Writes a return that has been read and accepted: the file kept in the case's documents, the
 * agency's earlier return superseded (its rows out of the composite), every row, the return with
 * its problems, and the audit event. Call inside the change; `details` adds to the audit event's
 * (how it came: a bundle's id).
 */
export function writeChronologyReturn(
  db: Db,
  audit: Audit,
  actorId: string,
  caseId: number,
  agency: Organisation,
  file: ReturnedFile,
  read: ChronologyReadResult,
  details: Record<string, unknown> = {},
): { returnId: number; replacedReturnId: number | null } {
  const now = new Date().toISOString();
  const kept = keepReturnedFile(db, caseId, { fileName: file.fileName, bytes: file.bytes, note: `Chronology returned by ${agency.name}` }, actorId, now);
  const current = findCurrentReturn(db, caseId, agency.id);
  if (current !== undefined) deleteResolutionsTouching(db, caseId, supersedeReturn(db, current.id, now));
  const returnId = insertReturn(db, caseId, {
    organisationId: agency.id,
    fileName: file.fileName.trim(),
    sha256: kept.sha256,
    documentId: kept.documentId,
    rowCount: read.rows.length,
    problems: read.problems,
    importedBy: actorId,
    importedAt: now,
  });
  insertRows(db, caseId, returnId, read.rows);
  audit({
    actorId,
    action: 'evidence.chronology-imported',
    recordType: 'case',
    recordId: caseId,
    details: {
      returnId,
      agency: agency.name,
      fileName: file.fileName,
      sha256: kept.sha256,
      documentId: kept.documentId,
      rowCount: read.rows.length,
      problemCount: read.problems.length,
      replacedReturnId: current?.id ?? null,
      ...details,
    },
  });
  return { returnId, replacedReturnId: current?.id ?? null };
}

/**
 * Checks and writes an accepted return, answering with its id; the evidence view is left to the
 * caller. Importing many returns in a row (the benchmark's twenty agencies) need not rebuild the
 * whole composite after each one.
 */
export async function importChronology(session: Session, reference: string, agencyName: string, file: ReturnedFile, acceptance: Acceptance): Promise<{ caseId: number; returnId: number }> {
  const { caseId } = caseToChange(session, reference, 'import chronologies');
  const agency = requireAgency(session.store.db, agencyName, 'agency');
  if (sha256Of(file.bytes) !== acceptance.sha256) throw new AppError('CONFLICT', 'The file is not the one previewed. Preview it again.');
  const read = await readChronology(file);
  const toAccept = problemsToAccept(read.problems);
  if (toAccept.length > 0 && !acceptance.acceptProblems) throw unacceptedRefusal(file.fileName, toAccept);
  if (read.rows.length === 0) throw new AppError('INVALID_INPUT', `No events could be read from “${file.fileName}”, so nothing was imported. Ask ${agency.name} for a corrected file.`);
  const returnId = session.store.change((db, audit) => {
    const { returnId: id } = writeChronologyReturn(db, audit, session.userId, caseId, agency, file, read);
    markReceivedWhenComplete(db, audit, session.userId, caseId, agency.id);
    return id;
  });
  return { caseId, returnId };
}

/** Accepts a previewed return whole and answers with the case's evidence as it now stands. */
export async function acceptChronology(session: Session, reference: string, agencyName: string, file: ReturnedFile, acceptance: Acceptance): Promise<EvidenceView> {
  const { caseId } = await importChronology(session, reference, agencyName, file, acceptance);
  return buildEvidenceView(session, caseId);
}

/** Takes a return out of the composite; it stays on record, marked superseded, and its file stays in the documents. */
export function removeReturn(session: Session, reference: string, id: number): EvidenceView {
  const { caseId, reference: caseReference } = caseToChange(session, reference, 'remove chronology returns');
  session.store.change((db, audit) => {
    const found = findReturn(db, caseId, id);
    if (found === undefined) throw new AppError('NOT_FOUND', `There is no chronology return with id ${id} on case ${caseReference}. Reload the case.`);
    if (found.supersededAt !== null) throw new AppError('CONFLICT', `The chronology return “${found.fileName}” from ${found.agency} has already been removed or replaced. Reload the case.`);
    const removed = supersedeReturn(db, found.id, new Date().toISOString());
    deleteResolutionsTouching(db, caseId, removed);
    audit({ actorId: session.userId, action: 'evidence.chronology-removed', recordType: 'case', recordId: caseId, details: { returnId: found.id, agency: found.agency, fileName: found.fileName, rowCount: removed.length } });
  });
  return buildEvidenceView(session, caseId);
}
