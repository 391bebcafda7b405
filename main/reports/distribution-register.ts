/**
 * The distribution register after a draft went out: whether the recipient may forward it, their
 * factual-accuracy reply, and their confirmation that they deleted it when the review ended.
 */
import type { z } from 'zod';
import { AppError, type Problem } from '../../shared/errors.ts';
import { distributionUpdate } from '../../shared/reports/distribution.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { parsedOrRefused } from '../evidence/parsed-input.ts';
import { refuseProblems } from '../reviews/input-problems.ts';
import type { Session } from '../security/session.ts';
import { findDistribution, updateDistributionRow } from '../store/repositories/report-distributions.ts';
import { reportToWrite } from './report-access.ts';
import { buildReportsView } from './reports-view.ts';

const DATE_WORDS = { replyReceivedOn: 'The date of their reply', deletionConfirmedOn: 'The date they confirmed deleting it' } as const;

/** Neither date may be in the future, nor before the day the draft was sent. */
function dateProblems(update: z.output<typeof distributionUpdate>, sentOn: string, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['replyReceivedOn', 'deletionConfirmedOn'] as const) {
    const date = update[field];
    if (date === null) continue;
    if (date > today) problems.push({ path: field, message: `${DATE_WORDS[field]} cannot be in the future` });
    else if (date < sentOn) problems.push({ path: field, message: `${DATE_WORDS[field]} cannot be before the draft was sent (${sentOn})` });
  }
  return problems;
}

export async function updateDistribution(session: Session, reference: string, id: number, update: z.output<typeof distributionUpdate>): Promise<ReportsView> {
  const inHand = reportToWrite(session, reference, 'update the distribution register');
  const checked = parsedOrRefused(distributionUpdate, update, 'update.', 'the distribution record');
  session.store.change((db, audit) => {
    const sent = findDistribution(db, inHand.caseId, id);
    if (sent === undefined) throw new AppError('NOT_FOUND', `There is no draft ${id} in the distribution register of case ${inHand.reference}. Refresh the page and try again.`);
    const problems = dateProblems(checked, todayInLondon(new Date(sent.sentAt)), todayInLondon());
    if (problems.length > 0) refuseProblems(problems, 'update.', 'the distribution record');
    updateDistributionRow(db, inHand.caseId, id, checked);
    audit({
      actorId: session.userId,
      action: 'report.distribution-updated',
      recordType: 'case',
      recordId: inHand.caseId,
      details: { distributionId: id, version: sent.version, mayForward: checked.mayForward, replied: checked.replyReceivedOn !== null, deletionConfirmed: checked.deletionConfirmedOn !== null },
    });
  });
  return buildReportsView(session, inHand);
}
