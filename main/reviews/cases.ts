/** Opening a case from a referral, and the list of cases. */
import { problemsFromIssues } from '../../shared/errors.ts';
import type { CaseView } from '../../shared/ipc/case-calls.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { referralRecord, type RecordInput } from '../../shared/reviews/records.ts';
import type { Session } from '../security/session.ts';
import { insertRecord } from '../store/repositories/case-records.ts';
import { appendStageHistory } from '../store/repositories/case-stage-history.ts';
import { insertCase, listCases as listCaseRows, nextCaseReference, type CaseSummary } from '../store/repositories/cases.ts';
import { buildCaseView } from './case-view.ts';
import { clockContext, syncClocks } from './clock-sync.ts';
import { refuseProblems } from './input-problems.ts';
import { checkReferral } from './referral-rules.ts';

/** Opens a case from its referral: the case, its agencies, the referral, its first stage and clocks, in one change. */
export function createCase(session: Session, referral: RecordInput<'referral'>): CaseView {
  session.authorise('cases.create', 'record referrals');
  const parsed = referralRecord.safeParse(referral);
  if (!parsed.success) refuseProblems(problemsFromIssues(parsed.error.issues), 'referral.', 'the referral');
  const data = parsed.data;
  const store = session.store;
  const caseId = store.change((db, audit) => {
    const { problems, agencyIds } = checkReferral(db, data, todayInLondon());
    if (problems.length > 0) refuseProblems(problems, 'referral.', 'the referral');
    const now = new Date().toISOString();
    const reference = nextCaseReference(db, Number(data.referralDate.slice(0, 4)));
    const id = insertCase(db, { reference, kind: data.kindRequested, stage: 'referral', incidentDate: data.incidentDate, referralDate: data.referralDate, agencyIds, closedOn: null, stageEnteredOn: data.referralDate }, now);
    insertRecord(db, { caseId: id, type: 'referral', data, enteredBy: session.userId, enteredAt: now });
    appendStageHistory(db, id, { kind: data.kindRequested, stage: 'referral', enteredOn: data.referralDate, enteredAt: now, enteredBy: session.userId });
    syncClocks(db, id, clockContext(db));
    audit({ actorId: session.userId, action: 'case.created', recordType: 'case', recordId: id, details: { reference, kind: data.kindRequested } });
    return id;
  });
  // Whoever may record a referral sees the case they opened, even without a case-reading role.
  return buildCaseView(session, caseId);
}

export function listCases(session: Session): CaseSummary[] {
  session.authorise('cases.list', 'list cases');
  return listCaseRows(session.store.db);
}
