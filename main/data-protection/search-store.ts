/**
 * A data-protection search over the whole store, in the order the export lists it: the
 * subject's people records, every text source (text-sources.ts), every kept file's text, user
 * accounts, the audit trail's details, and the agencies' secured sets on the cases where they
 * appear. Reports its progress as it goes: a large store's documents take a while to read.
 */
import { DATA_PROTECTION_PLACE_LABELS } from '../../shared/ipc/data-protection-calls.ts';
import type { ReportProgress } from '../operations/jobs.ts';
import type { Db } from '../store/open-database.ts';
import { searchAuditDetails } from './audit-details.ts';
import { readCases, type CaseInfo, type Finding, type NotRead, type Pace, type SecuredSet } from './findings.ts';
import { findSubjectRecords, type SubjectRecords } from './people-records.ts';
import { recordFindings } from './record-findings.ts';
import { listStoredFiles, searchStoredFile } from './search-files.ts';
import { searchTextSource } from './search-text.ts';
import { securedSetsOf } from './secured-sets.ts';
import { subjectMatchers } from './subject-matchers.ts';
import type { Subject } from './subject.ts';
import { TEXT_SOURCES } from './text-sources.ts';
import { findSubjectAccounts } from './user-accounts.ts';

export interface StoreSearch {
  readonly subject: Subject;
  readonly records: SubjectRecords;
  readonly findings: readonly Finding[];
  readonly cases: ReadonlyMap<number, CaseInfo>;
  /** Files on the cases where they appear whose text could not be searched. */
  readonly notRead: readonly NotRead[];
  readonly securedSets: readonly SecuredSet[];
}

export async function searchStore(db: Db, subject: Subject, report: ReportProgress, pace: Pace): Promise<StoreSearch> {
  const files = listStoredFiles(db);
  const total = 1 + TEXT_SOURCES.length + files.length + 3;
  let done = 0;
  const step = (phase: string) => report({ phase, done: done++, total });

  step('Finding their people records');
  const records = findSubjectRecords(db, subject);
  const matchers = subjectMatchers(subject, records);
  const findings: Finding[] = recordFindings(records.records);
  const ownRecords = new Set(records.records.map((record) => record.personId));

  for (const source of TEXT_SOURCES) {
    step(`Searching ${DATA_PROTECTION_PLACE_LABELS[source.place].toLowerCase()}`);
    findings.push(...(await searchTextSource(db, source, matchers, pace, source.table === 'case_people' ? ownRecords : undefined)));
  }

  const notRead: NotRead[] = [];
  for (const [index, file] of files.entries()) {
    step(`Reading the text of file ${index + 1} of ${files.length}`);
    const searched = await searchStoredFile(db, file, matchers, pace);
    if (searched.finding !== null) findings.push(searched.finding);
    if (searched.notRead !== null) notRead.push(searched.notRead);
  }

  step('Looking for their user account');
  const accounts = findSubjectAccounts(db, subject);
  findings.push(...accounts.findings);

  step('Searching the audit trail’s details');
  findings.push(...(await searchAuditDetails(db, matchers, { personIds: ownRecords, userIds: new Set(accounts.userIds) }, pace)));

  step('Listing the secured sets on their cases');
  const theirCases = new Set([...matchers.theirCases, ...findings.flatMap((finding) => (finding.caseId === null ? [] : [finding.caseId]))]);
  return {
    subject,
    records,
    findings,
    cases: readCases(db),
    notRead: notRead.filter((file) => file.caseId !== null && theirCases.has(file.caseId)),
    securedSets: securedSetsOf(db, theirCases),
  };
}
