/**
 * Each exportable document as printable blocks, before redaction: the review report (its current
 * version), the Rapid Review Meeting Report (from the rapid review meeting's record) and the
 * 7-minute briefing. Redaction, the PDF and the .docx all start from what this returns, and so
 * do the candidates the Redaction page shows, so a decision's place ("report/overview/3") means
 * the same block everywhere.
 */
import type { RedactedDocument } from '../../shared/reports/redaction.ts';
import { REPORT_SECTION_TITLES, type PrintableDocument, type PrintableSection } from '../../shared/reports/report-document.ts';
import type { Db } from '../store/open-database.ts';
import { listPeople } from '../store/repositories/case-people.ts';
import { describeChildren } from '../reviews/publication-names.ts';
import { briefingPrintable } from './briefing-printable.ts';
import { rapidReviewPrintable } from './rapid-review-printable.ts';
import { caseBriefing, currentReport } from './report-data.ts';

export const DEFAULT_REPORT_TITLE = 'Local child safeguarding practice review';

/** "Child Q", "Children F and G": how the case's children are published; empty when none is recorded. */
export function publishedChildren(db: Db, caseId: number): string {
  return describeChildren(
    listPeople(db, caseId)
      .filter((person) => person.role === 'child')
      .map((person) => person.publishAs),
  );
}

/** "Concerning Child Q", or nothing when the case records no child. */
export function concerning(db: Db, caseId: number): string {
  const children = publishedChildren(db, caseId);
  return children === '' ? '' : `Concerning ${children}`;
}

function reportPrintable(db: Db, caseId: number): PrintableDocument | null {
  const report = currentReport(db, caseId);
  if (report === null) return null;
  const sections: PrintableSection[] = report.content.sections
    .filter((section) => section.blocks.length > 0)
    .map((section) => ({ key: section.key, heading: REPORT_SECTION_TITLES[section.key], blocks: section.blocks }));
  return { title: report.content.title.trim() || DEFAULT_REPORT_TITLE, subtitle: concerning(db, caseId), sections, layout: 'report' };
}

/** Null when the case has nothing to build it from (no report saved, no rapid review meeting, no briefing). */
export function printableFor(db: Db, caseId: number, document: RedactedDocument): PrintableDocument | null {
  switch (document) {
    case 'report':
      return reportPrintable(db, caseId);
    case 'rapid-review':
      return rapidReviewPrintable(db, caseId, concerning(db, caseId));
    case 'briefing': {
      const briefing = caseBriefing(db, caseId);
      return briefing === null ? null : briefingPrintable(briefing, publishedChildren(db, caseId));
    }
  }
}
