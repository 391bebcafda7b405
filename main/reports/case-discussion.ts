/**
 * The case discussion's record (Kolb's cycle, Signs of Safety, the Problem Tree), one per case,
 * saved whole each time. Its text stays out of the audit: participants speak of the family.
 */
import { caseDiscussion, type CaseDiscussion } from '../../shared/reports/discussion.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { parsedOrRefused } from '../evidence/parsed-input.ts';
import type { Session } from '../security/session.ts';
import { upsertDiscussion } from '../store/repositories/case-discussions.ts';
import { reportToWrite } from './report-access.ts';
import { buildReportsView } from './reports-view.ts';

export async function saveDiscussion(session: Session, reference: string, discussion: CaseDiscussion): Promise<ReportsView> {
  const inHand = reportToWrite(session, reference, 'record the case discussion');
  const checked = parsedOrRefused(caseDiscussion, discussion, 'discussion.', 'the case discussion');
  session.store.change((db, audit) => {
    upsertDiscussion(db, inHand.caseId, { content: JSON.stringify(checked), updatedBy: session.userId, updatedAt: new Date().toISOString() });
    audit({ actorId: session.userId, action: 'report.discussion-saved', recordType: 'case', recordId: inHand.caseId, details: { heldOn: checked.heldOn } });
  });
  return buildReportsView(session, inHand);
}
