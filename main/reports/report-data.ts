/** PLACEHOLDER (helper D): what the exports read of a case's report, register and decisions. */
import type { Db } from '../store/open-database.ts';
import type { RedactedDocument, RegisterEntry } from '../../shared/reports/redaction.ts';
import type { BriefingContent, ReportContent } from '../../shared/reports/report-document.ts';
import type { DecisionRecord } from '../exports/redaction/redact-document.ts';

export function currentReport(_db: Db, _caseId: number): { version: number; content: ReportContent } | null {
  throw new Error('not built yet');
}

/** The case's register: its people (from the people records) and its places. */
export function caseRegister(_db: Db, _caseId: number): RegisterEntry[] {
  throw new Error('not built yet');
}

export function caseDecisions(_db: Db, _caseId: number, _document: RedactedDocument): DecisionRecord[] {
  throw new Error('not built yet');
}

/** The case's briefing and the references of the other reviews it covers. */
export function caseBriefing(_db: Db, _caseId: number): { content: BriefingContent; covers: string[] } | null {
  throw new Error('not built yet');
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
export function insertDistribution(_db: Db, _caseId: number, _row: NewDistribution): number {
  throw new Error('not built yet');
}
