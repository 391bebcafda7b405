/**
 * A case handed over by another partnership arrives as a new case with its history: its stages,
 * records, people and clocks written as import-case writes a case file, and every document
 * streamed from the bundle into the store chunk by chunk (the bundle reader authenticates each
 * chunk and checks the whole item's SHA-256 at its end, so a document that fails aborts the one
 * transaction and nothing is kept). Agencies this partnership does not list yet are added.
 */
import { AppError, problemsFromIssues } from '../../../shared/errors.ts';
import { casePayload, type CasePayload } from '../../../shared/exchange/payloads.ts';
import { caseFileSchema, type CaseFile } from '../../../shared/reviews/case-file.ts';
import { referenceFor, writeCaseFile } from '../../reviews/case-file-io.ts';
import type { Session } from '../../security/session.ts';
import type { Db } from '../../store/open-database.ts';
import { insertDocumentFromChunks } from '../../store/repositories/case-documents.ts';
import { insertAgency, listOrganisations } from '../../store/repositories/organisations.ts';
import { holdSmallCache } from '../../vault/cache-budget.ts';
import type { Incoming, Prepare } from '../flow.ts';
import { counted, sizeInWords } from './case-words.ts';

function refused(message: string, problems: readonly { path: string; message: string }[] = []): AppError {
  return new AppError('BUNDLE_REFUSED', `${message} Nothing was imported.`, problems);
}

/** The case file checked again as import-case checks one, with every problem by its path. */
function checkedCaseFile(payload: CasePayload): CaseFile {
  const parsed = caseFileSchema.safeParse(payload.caseFile);
  if (parsed.success) return parsed.data;
  const problems = problemsFromIssues(parsed.error.issues, ['payload', 'caseFile']);
  throw refused(`The case in this bundle is not a case file this install can read (${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}).`, problems);
}

/** Each document names an item of the bundle other than the payload, and no item is named twice. */
function checkDocumentItems(incoming: Incoming, payload: CasePayload): void {
  const seen = new Set<number>();
  for (const document of payload.documents) {
    if (document.item >= incoming.manifest.items.length || seen.has(document.item)) {
      throw refused(`The document “${document.name}” is not carried in this bundle as its description says: the bundle was made wrongly. Ask the sender to make it again.`);
    }
    seen.add(document.item);
  }
}

/** The case's agencies this store does not list, by name as the case gives them (the same name twice is one). */
function missingAgencies(db: Db, file: CaseFile): string[] {
  const known = new Set(listOrganisations(db).map((organisation) => organisation.name.trim().toLowerCase()));
  const missing = new Map<string, string>();
  for (const name of file.case.agencies) {
    const key = name.trim().toLowerCase();
    if (!known.has(key) && !missing.has(key)) missing.set(key, name.trim());
  }
  return [...missing.values()];
}

/** "Create case PRM-2026-004, keeping …", said before and after. */
function caseLine(reference: string, file: CaseFile, from: string, done: boolean): string {
  const verb = done ? 'Created' : 'Create';
  return reference === file.case.reference
    ? `${verb} case ${reference}, keeping the reference it has at ${from}`
    : `${verb} case ${reference}: its reference at ${from}, ${file.case.reference}, is already used by a case here`;
}

/** Every document streamed from the bundle into the store. The reader checks each item's SHA-256 as it streams (and throws at its end if it differs): the document keeps the one it was added with. */
function keepDocuments(db: Db, caseId: number, userId: string, incoming: Incoming, payload: CasePayload): void {
  for (const document of payload.documents) {
    const item = incoming.manifest.items[document.item]!;
    insertDocumentFromChunks(
      db,
      caseId,
      { name: document.name, mediaType: document.mediaType, note: document.note, sha256: item.sha256, addedBy: userId, addedAt: document.addedAt },
      incoming.opened.readItem(document.item),
    );
  }
}

export const prepareCase: Prepare = async (session: Session, incoming: Incoming) => {
  session.authorise('cases.create', 'take in a case handed over by another partnership');
  const db = session.store.db;
  const payload = casePayload.parse(incoming.payload);
  const file = checkedCaseFile(payload);
  checkDocumentItems(incoming, payload);
  const theirs = incoming.manifest.caseReference.sender ?? file.case.reference;
  const from = `${incoming.sender.organisation} (${incoming.sender.installName})`;
  const documentBytes = payload.documents.reduce((sum, document) => sum + incoming.manifest.items[document.item]!.size, 0);
  const contents = (done: boolean) => [
    `${counted(file.stageHistory.length, 'stage', 'stages')} in its history, ${counted(file.records.length, 'record', 'records')}, ${counted(file.people.length, 'person', 'people')} and ${counted(file.clocks.length, 'clock', 'clocks')}`,
    `${counted(payload.documents.length, 'document', 'documents')} (${sizeInWords(documentBytes)}) ${done ? 'now' : 'kept'} in the case’s documents`,
  ];
  const reference = referenceFor(db, file);
  return {
    ourReference: reference,
    willDo: [
      caseLine(reference, file, from, false),
      ...contents(false),
      ...missingAgencies(db, file).map((name) => `Add the agency “${name}” to this partnership’s organisations: the case names it and this install does not list it yet`),
    ],
    warnings: payload.note === '' ? [] : [`Note from ${from}: ${payload.note}`],
    problemsToAccept: [],
    assignees: [],
    suggestedAssignee: null,
    apply(db, audit) {
      const userId = session.userId;
      const added = missingAgencies(db, file);
      for (const name of added) {
        const id = insertAgency(db, name);
        audit({ actorId: userId, action: 'organisation.added', recordType: 'organisation', recordId: id, details: { name, via: 'bundle', bundleId: incoming.manifest.id } });
      }
      const written = writeCaseFile(db, file, userId);
      // Past the page cache, which would otherwise hold every page written until the transaction ends.
      const release = holdSmallCache(db);
      try {
        keepDocuments(db, written.caseId, userId, incoming, payload);
      } finally {
        release();
      }
      audit({
        actorId: userId,
        action: 'case.received',
        recordType: 'case',
        recordId: written.caseId,
        details: {
          reference: written.reference,
          fromFingerprint: incoming.sender.fingerprint,
          theirReference: theirs,
          bundleId: incoming.manifest.id,
          records: file.records.length,
          people: file.people.length,
          documents: payload.documents.length,
          agenciesAdded: added,
        },
      });
      return {
        caseId: written.caseId,
        ourReference: written.reference,
        taskId: null,
        subject: `case:${written.reference}`,
        applied: [caseLine(written.reference, file, from, true), ...contents(true), ...added.map((name) => `Added the agency “${name}” to this partnership’s organisations`)],
      };
    },
  };
};
