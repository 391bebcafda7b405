/**
 * A finding from the case discussion pulled into a section of the report: appended as a
 * paragraph and saved as a new version, so the report's history shows where it came from.
 */
import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import { caseDiscussion, findingPath, type CaseDiscussion } from '../../shared/reports/discussion.ts';
import { emptyReportContent, REPORT_SECTION_TITLES, REPORT_SECTIONS, reportContent, type ReportContent, type ReportSectionKey } from '../../shared/reports/report-document.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { parsedOrRefused } from '../evidence/parsed-input.ts';
import type { Session } from '../security/session.ts';
import { findDiscussion } from '../store/repositories/case-discussions.ts';
import { reportToWrite } from './report-access.ts';
import { currentReport } from './report-data.ts';
import { writeReportVersion } from './report-version-write.ts';
import { buildReportsView } from './reports-view.ts';

/** What each list of findings is called on the discussion's screen. */
const FINDING_LISTS = {
  'kolb.whatHappened': 'What happened',
  'kolb.reflection': 'Reflection',
  'kolb.analysis': 'Analysis',
  'kolb.doDifferently': 'What we will do differently',
  'signsOfSafety.worries': 'What are we worried about',
  'signsOfSafety.workingWell': 'What is working well',
  'signsOfSafety.needsToHappen': 'What needs to happen',
  'problemTree.rootCauses': 'Root causes',
  'problemTree.effects': 'Effects',
} as const;
type FindingList = keyof typeof FINDING_LISTS;

/** The finding's text and how to name it in a message ("point 3 of “What we will do differently”"). */
function findingAt(discussion: CaseDiscussion, path: string): { text: string; named: string } {
  if (path === 'problemTree.coreProblem') return { text: discussion.problemTree.coreProblem, named: 'the core problem' };
  const cut = path.lastIndexOf('.');
  const list = path.slice(0, cut) as FindingList;
  const index = Number(path.slice(cut + 1));
  const [frame, field] = list.split('.') as [keyof CaseDiscussion, string];
  const items = (discussion[frame] as unknown as Record<string, readonly string[]>)[field] ?? [];
  return { text: items[index] ?? '', named: `point ${index + 1} of “${FINDING_LISTS[list]}”` };
}

function withParagraph(content: ReportContent, section: ReportSectionKey, text: string): ReportContent {
  return { ...content, sections: content.sections.map((each) => (each.key === section ? { ...each, blocks: [...each.blocks, { type: 'paragraph', text }] } : each)) };
}

export async function pullFinding(session: Session, reference: string, finding: string, section: ReportSectionKey): Promise<ReportsView> {
  const inHand = reportToWrite(session, reference, 'write this case’s report');
  const path = parsedOrRefused(findingPath, finding, 'finding.', 'the finding');
  const into = parsedOrRefused(z.enum(REPORT_SECTIONS, { error: 'Choose the report section' }), section, 'section.', 'the section');
  const title = REPORT_SECTION_TITLES[into];
  session.store.change((db, audit) => {
    const stored = findDiscussion(db, inHand.caseId);
    if (stored === undefined) throw new AppError('NOT_FOUND', `There is no case discussion recorded on case ${inHand.reference}. Record the discussion before pulling its findings into the report.`);
    const { text, named } = findingAt(caseDiscussion.parse(JSON.parse(stored.content)), path);
    if (text.trim() === '') throw new AppError('NOT_FOUND', `The case discussion has nothing at ${named}. Choose a finding that has been written down.`, [{ path: 'finding', message: 'Choose a finding that has been written down' }]);
    const content = parsedOrRefused(reportContent, withParagraph(currentReport(db, inHand.caseId)?.content ?? emptyReportContent(), into, text), 'section.', 'the report');
    const version = writeReportVersion(db, inHand.caseId, { content, reason: `Finding from the case discussion pulled into ${title}`, savedBy: session.userId, path: 'finding' });
    audit({ actorId: session.userId, action: 'report.finding-pulled', recordType: 'case', recordId: inHand.caseId, details: { version, finding: path, section: into } });
  });
  return buildReportsView(session, inHand);
}
