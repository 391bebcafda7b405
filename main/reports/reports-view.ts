/**
 * The case's Report section as one view: the current report and its versions, the executive
 * summary's length as rendered, the assurance checklist, the case discussion, the redaction
 * register with what the detectors found in each document, the distribution register and the
 * briefing. Every report call answers with this whole view.
 */
import { assuranceView, type AssuranceView } from '../../shared/reports/assurance.ts';
import { caseDiscussion, type CaseDiscussion } from '../../shared/reports/discussion.ts';
import { REDACTED_DOCUMENTS, type CandidateView, type RedactedDocument } from '../../shared/reports/redaction.ts';
import { emptyReportContent, EXECUTIVE_SUMMARY_MAX_PAGES, type PrintableDocument, type ReportContent } from '../../shared/reports/report-document.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { executiveSummaryPages } from '../exports/pdf/report-pdf.ts';
import { findCandidates } from '../exports/redaction/redact-document.ts';
import type { CaseInHand } from '../evidence/evidence-access.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { findDiscussion } from '../store/repositories/case-discussions.ts';
import { listPlaces } from '../store/repositories/redaction-places.ts';
import { listAssurance } from '../store/repositories/report-assurance.ts';
import { listDistributions } from '../store/repositories/report-distributions.ts';
import { listReportVersions } from '../store/repositories/report-versions.ts';
import { printableFor } from './printable.ts';
import { reportToRead } from './report-access.ts';
import { caseBriefing, caseDecisions, caseRegister, currentReport, documentRegister } from './report-data.ts';

function assuranceViews(db: Db, caseId: number): AssuranceView[] {
  return listAssurance(db, caseId).map((stored) => assuranceView.parse({ ...stored, answers: JSON.parse(stored.answers) as unknown }));
}

function discussionOf(db: Db, caseId: number): CaseDiscussion | null {
  const stored = findDiscussion(db, caseId);
  return stored === undefined ? null : caseDiscussion.parse(JSON.parse(stored.content));
}

/** Each document the case can print (null where it has nothing to build it from), built once per view. */
function printablesOf(db: Db, caseId: number): Record<RedactedDocument, PrintableDocument | null> {
  return Object.fromEntries(REDACTED_DOCUMENTS.map((document) => [document, printableFor(db, caseId, document)])) as Record<RedactedDocument, PrintableDocument | null>;
}

/** What the detectors find in each document the case can print, with the reviewer's decisions. */
function candidatesOf(db: Db, caseId: number, register: ReportsView['register'], printables: Record<RedactedDocument, PrintableDocument | null>): CandidateView[] {
  return REDACTED_DOCUMENTS.flatMap((document) => {
    const printable = printables[document];
    const against = document === 'briefing' ? documentRegister(db, caseId, document) : register;
    return printable === null ? [] : findCandidates({ document, printable, register: against, decisions: caseDecisions(db, caseId, document) });
  });
}

async function executiveSummaryOf(content: ReportContent): Promise<ReportsView['executiveSummary']> {
  const blocks = content.sections.find((section) => section.key === 'executive-summary')?.blocks ?? [];
  const pages = blocks.length === 0 ? 0 : await executiveSummaryPages(blocks);
  return { pages, tooLong: pages > EXECUTIVE_SUMMARY_MAX_PAGES };
}

/** The view for a caller already allowed to read the case. */
export async function buildReportsView(session: Session, { caseId, reference }: CaseInHand): Promise<ReportsView> {
  const db = session.store.db;
  const current = currentReport(db, caseId);
  const content = current?.content ?? emptyReportContent();
  const register = caseRegister(db, caseId);
  const briefing = caseBriefing(db, caseId);
  const printables = printablesOf(db, caseId);
  // Everything read from the store is read before the one await, so the view is of one moment.
  const view: Omit<ReportsView, 'executiveSummary'> = {
    reference,
    canWrite: session.can('reports.write', { caseId }),
    content,
    version: current?.version ?? null,
    versions: listReportVersions(db, caseId),
    assurance: assuranceViews(db, caseId),
    discussion: discussionOf(db, caseId),
    register,
    places: listPlaces(db, caseId),
    candidates: candidatesOf(db, caseId, register, printables),
    distributions: listDistributions(db, caseId),
    briefing: briefing?.content ?? null,
    briefingCovers: briefing?.covers ?? [],
    hasRapidReview: printables['rapid-review'] !== null,
  };
  return { ...view, executiveSummary: await executiveSummaryOf(content) };
}

export async function readReports(session: Session, reference: string): Promise<ReportsView> {
  return buildReportsView(session, reportToRead(session, reference, 'see this case’s report'));
}
