/**
 * The case's 7-minute briefing: seven numbered short sections from the review's learning, for
 * this review or for a theme across several. Each other review it covers must be a case the
 * writer may read, since the briefing draws on its learning.
 */
import type { Problem } from '../../shared/errors.ts';
import { briefingContent, type BriefingContent } from '../../shared/reports/report-document.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { parsedOrRefused } from '../evidence/parsed-input.ts';
import { refuseProblems } from '../reviews/input-problems.ts';
import type { Session } from '../security/session.ts';
import { caseIdByReference, caseSummaryById } from '../store/repositories/cases.ts';
import { upsertBriefing } from '../store/repositories/report-briefings.ts';
import { reportToWrite } from './report-access.ts';
import { buildReportsView } from './reports-view.ts';

/** The covered cases' references as the store spells them, in the order given, each once; refused naming any that cannot be covered. */
function coveredReferences(session: Session, caseId: number, covers: readonly string[]): string[] {
  const db = session.store.db;
  const problems: Problem[] = [];
  const found: { caseId: number; reference: string }[] = [];
  covers.forEach((reference, index) => {
    const coveredId = caseIdByReference(db, reference);
    if (coveredId === undefined) problems.push({ path: `covers.${index}`, message: `There is no case with reference ${reference.trim()}` });
    else if (coveredId === caseId) problems.push({ path: `covers.${index}`, message: `${reference.trim()} is this case: list only the other reviews the briefing covers` });
    else if (!found.some((each) => each.caseId === coveredId)) found.push({ caseId: coveredId, reference: caseSummaryById(db, coveredId).reference });
  });
  if (problems.length > 0) refuseProblems(problems, '', 'the reviews the briefing covers');
  // Refused, and the refusal audited, for a case the writer may not read.
  for (const covered of found) session.authorise('cases.read', `cover case ${covered.reference} in this briefing`, { caseId: covered.caseId });
  return found.map((covered) => covered.reference);
}

export async function saveBriefing(session: Session, reference: string, briefing: BriefingContent, covers: readonly string[]): Promise<ReportsView> {
  const inHand = reportToWrite(session, reference, 'write this case’s 7-minute briefing');
  const checked = parsedOrRefused(briefingContent, briefing, 'briefing.', 'the briefing');
  const covered = coveredReferences(session, inHand.caseId, covers);
  session.store.change((db, audit) => {
    upsertBriefing(db, inHand.caseId, { content: JSON.stringify(checked), covers: JSON.stringify(covered), updatedBy: session.userId, updatedAt: new Date().toISOString() });
    audit({ actorId: session.userId, action: 'report.briefing-saved', recordType: 'case', recordId: inHand.caseId, details: { covers: covered } });
  });
  return buildReportsView(session, inHand);
}
