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
