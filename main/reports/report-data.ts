/**
 * What the exports and the Report section read of a case's report, redaction register and
 * decisions, briefing and distribution register: stored JSON read back through the same schemas
 * that checked it on the way in.
 */
import type { Db } from '../store/open-database.ts';
import { briefingContent, reportContent, type BriefingContent, type ReportContent } from '../../shared/reports/report-document.ts';
import type { RedactedDocument, RegisterEntry } from '../../shared/reports/redaction.ts';
import type { DecisionRecord } from '../exports/redaction/redact-document.ts';
import { buildRegister } from '../exports/redaction/register.ts';
import { listPeople } from '../store/repositories/case-people.ts';
import { caseIdByReference } from '../store/repositories/cases.ts';
import { listDecisions } from '../store/repositories/redaction-decisions.ts';
import { listPlaces } from '../store/repositories/redaction-places.ts';
import { findBriefing } from '../store/repositories/report-briefings.ts';
import { insertDistributionRow } from '../store/repositories/report-distributions.ts';
import { latestReportVersion } from '../store/repositories/report-versions.ts';

export function currentReport(db: Db, caseId: number): { version: number; content: ReportContent } | null {
  const latest = latestReportVersion(db, caseId);
  return latest === undefined ? null : { version: latest.version, content: reportContent.parse(JSON.parse(latest.content)) };
}

/** The case's register: its people (from the people records) and its places. */
export function caseRegister(db: Db, caseId: number): RegisterEntry[] {
  return buildRegister({ people: listPeople(db, caseId), places: listPlaces(db, caseId) });
}

/**
 * The register one document is redacted against. A 7-minute briefing may cover a theme across
 * several reviews, and may then name anyone on any of them: its register is every covered case's
 * people and places as well as this case's. A covered case removed since is simply not there.
 */
export function documentRegister(db: Db, caseId: number, document: RedactedDocument): RegisterEntry[] {
  const own = caseRegister(db, caseId);
  if (document !== 'briefing') return own;
  const covered = (caseBriefing(db, caseId)?.covers ?? []).map((reference) => caseIdByReference(db, reference)).filter((id): id is number => id !== undefined && id !== caseId);
  // Entry ids are per case ("person:12"), so each covered case's are prefixed to stay unique.
  return [...own, ...covered.flatMap((id) => caseRegister(db, id).map((entry) => ({ ...entry, id: `case:${id}:${entry.id}` })))];
}

/** The reviewer's decisions in one document, each with the name of whoever made it. */
export function caseDecisions(db: Db, caseId: number, document: RedactedDocument): DecisionRecord[] {
  return listDecisions(db, caseId, document);
}

/** The case's briefing and the references of the other reviews it covers. */
export function caseBriefing(db: Db, caseId: number): { content: BriefingContent; covers: string[] } | null {
  const stored = findBriefing(db, caseId);
  if (stored === undefined) return null;
  return { content: briefingContent.parse(JSON.parse(stored.content)), covers: JSON.parse(stored.covers) as string[] };
}

export interface NewDistribution {
  readonly version: number;
  readonly recipient: string;
  readonly agency: string;
  readonly via: 'bundle' | 'file';
  readonly bundleId: string | null;
  readonly mayForward: boolean;
  readonly sentBy: string;
  readonly sentAt: string;
}

/** Records a draft sent; the caller holds the transaction and audits. */
export function insertDistribution(db: Db, caseId: number, row: NewDistribution): number {
  return insertDistributionRow(db, caseId, row);
}
