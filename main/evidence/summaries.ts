/**
 * Agency summaries (toolkit item 4; policy section 18): typed in on screen, or read from the
 * "Agency summary" sheet of the agency's returned workbook; and the Business Unit's quality
 * rating of each. An import is all or nothing: every problem in the file is listed and nothing
 * is saved until there are none. The workbook an imported summary came from is kept in the
 * case's documents.
 */
import { AppError, problemsFromIssues, type Problem } from '../../shared/errors.ts';
import { agencySummaryForm, qualityRatingInput, SUMMARY_FIELDS, SUMMARY_LABELS, type AgencySummaryForm, type AgencySummaryInput, type QualityRatingInput, type SummaryField } from '../../shared/evidence/agency-summary.ts';
import type { EvidenceView } from '../../shared/evidence/evidence-view.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { refuseProblems } from '../reviews/input-problems.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import type { Audit } from '../store/open-store.ts';
import { findSummary, rateSummary as writeRating, upsertSummary } from '../store/repositories/agency-summaries.ts';
import type { Organisation } from '../store/repositories/organisations.ts';
import { requireAgency } from './agencies.ts';
import type { ReturnedFile } from './chronology/returned-file.ts';
import { caseToChange } from './evidence-access.ts';
import { buildEvidenceView } from './evidence-view.ts';
import { keepReturnedFile } from './kept-files.ts';
import { parsedOrRefused } from './parsed-input.ts';
import { markReceivedWhenComplete } from './received-automatically.ts';
import { readAgencySummary, type SummaryImport } from './summary-import.ts';

const DATE_WORDS: Readonly<Partial<Record<SummaryField, string>>> = {
  completedOn: 'The date the summary was completed',
  involvementFrom: 'The date the agency’s involvement began',
  involvementTo: 'The date the agency’s involvement ended',
};

/** What a summary's schema cannot see: nothing it reports is in the future, and involvement ends after it begins. */
function summaryDateProblems(form: AgencySummaryForm, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['completedOn', 'involvementFrom', 'involvementTo'] as const) {
    const date = form[field];
    if (date !== null && date > today) problems.push({ path: field, message: `${DATE_WORDS[field]!} cannot be in the future` });
  }
  if (form.involvementFrom !== null && form.involvementTo !== null && form.involvementTo < form.involvementFrom && form.involvementTo <= today) {
    problems.push({ path: 'involvementTo', message: `${DATE_WORDS.involvementTo!} must be on or after the date it began (${form.involvementFrom})` });
  }
  return problems;
}

export function saveSummary(session: Session, reference: string, agencyName: string, input: AgencySummaryInput): EvidenceView {
  const { caseId } = caseToChange(session, reference, 'record agency summaries');
  const form = parsedOrRefused(agencySummaryForm, input, 'summary.', 'the summary');
  const problems = summaryDateProblems(form, todayInLondon());
  if (problems.length > 0) refuseProblems(problems, 'summary.', 'the summary');
  session.store.change((db, audit) => {
    const agency = requireAgency(db, agencyName, 'agency');
    const summaryId = upsertSummary(db, caseId, agency.id, { form, source: 'entered', documentId: null, savedBy: session.userId, savedAt: new Date().toISOString() });
    audit({ actorId: session.userId, action: 'evidence.summary-saved', recordType: 'case', recordId: caseId, details: { summaryId, agency: agency.name, source: 'entered' } });
    markReceivedWhenComplete(db, audit, session.userId, caseId, agency.id);
  });
  return buildEvidenceView(session, caseId);
}

const isSummaryField = (value: string): value is SummaryField => (SUMMARY_FIELDS as readonly string[]).includes(value);

/** Each problem of the summary read from a file, worded by the form's label, since the person fixes the workbook rather than a field here. */
function importProblems(readProblems: readonly string[], read: AgencySummaryInput, today: string): { form: AgencySummaryForm | null; problems: Problem[] } {
  const problems: Problem[] = readProblems.map((message) => ({ path: 'contentBase64', message }));
  const labelled = (path: string, message: string): Problem => {
    const field = path.split('.')[0] ?? '';
    return { path: 'contentBase64', message: isSummaryField(field) ? `${SUMMARY_LABELS[field]}: ${message}` : message };
  };
  const parsed = agencySummaryForm.safeParse(read);
  if (!parsed.success) {
    problems.push(...problemsFromIssues(parsed.error.issues).map((problem) => labelled(problem.path, problem.message)));
    return { form: null, problems };
  }
  problems.push(...summaryDateProblems(parsed.data, today).map((problem) => labelled(problem.path, problem.message)));
  return { form: parsed.data, problems };
}

/** A summary read from a returned workbook, checked as every import checks it: the form, or every problem worded for whoever corrects the workbook. */
export function checkImportedSummary(read: SummaryImport, today: string): { form: AgencySummaryForm | null; problems: Problem[] } {
  return importProblems(read.problems, read.summary, today);
}

/**
 * Saves a checked summary as imported, with its workbook kept in the case's documents, and audits
 * it. Call inside the change; `details` adds to the audit event's (how it came: a bundle's id).
 */
export function writeImportedSummary(
  db: Db,
  audit: Audit,
  actorId: string,
  caseId: number,
  agency: Organisation,
  file: ReturnedFile,
  form: AgencySummaryForm,
  details: Record<string, unknown> = {},
): { summaryId: number; documentId: number } {
  const now = new Date().toISOString();
  const kept = keepReturnedFile(db, caseId, { fileName: file.fileName, bytes: file.bytes, note: `Agency summary returned by ${agency.name}` }, actorId, now);
  const summaryId = upsertSummary(db, caseId, agency.id, { form, source: 'imported', documentId: kept.documentId, savedBy: actorId, savedAt: now });
  audit({
    actorId,
    action: 'evidence.summary-imported',
    recordType: 'case',
    recordId: caseId,
    details: { summaryId, agency: agency.name, fileName: file.fileName, sha256: kept.sha256, documentId: kept.documentId, documentAdded: kept.added, ...details },
  });
  return { summaryId, documentId: kept.documentId };
}

/** Reads the summary from the agency's returned workbook and saves it, with the workbook kept in the case's documents. */
export async function importSummary(session: Session, reference: string, agencyName: string, file: ReturnedFile): Promise<EvidenceView> {
  const { caseId } = caseToChange(session, reference, 'import agency summaries');
  const agency = requireAgency(session.store.db, agencyName, 'agency');
  // The reader runs the file guard first: nothing is parsed from a file it refuses.
  const read = await readAgencySummary(file);
  const { form, problems } = checkImportedSummary(read, todayInLondon());
  if (form === null || problems.length > 0) {
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    throw new AppError('INVALID_INPUT', `The summary in “${file.fileName}” has ${count}, so nothing was imported. Ask ${agency.name} to correct the workbook, or type the summary in.`, problems);
  }
  session.store.change((db, audit) => {
    writeImportedSummary(db, audit, session.userId, caseId, agency, file, form);
    markReceivedWhenComplete(db, audit, session.userId, caseId, agency.id);
  });
  return buildEvidenceView(session, caseId);
}

/** The Business Unit's judgement of a summary's quality, for the annual figure. */
export function rateSummary(session: Session, reference: string, agencyName: string, input: QualityRatingInput): EvidenceView {
  const { caseId, reference: caseReference } = caseToChange(session, reference, 'rate agency summaries');
  const rating = parsedOrRefused(qualityRatingInput, input, 'rating.', 'the rating');
  session.store.change((db, audit) => {
    const agency = requireAgency(db, agencyName, 'agency');
    const summary = findSummary(db, caseId, agency.id);
    if (summary === undefined) throw new AppError('NOT_FOUND', `There is no summary from ${agency.name} on case ${caseReference} to rate. Record or import the summary first.`);
    writeRating(db, summary.id, { rating: rating.rating, note: rating.note, ratedBy: session.userId, ratedAt: new Date().toISOString() });
    audit({ actorId: session.userId, action: 'evidence.summary-rated', recordType: 'case', recordId: caseId, details: { summaryId: summary.id, agency: agency.name, rating: rating.rating, note: rating.note } });
  });
  return buildEvidenceView(session, caseId);
}
