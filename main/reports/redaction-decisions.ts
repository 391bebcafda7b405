/**
 * The reviewer's decision on an identifier the detectors found: accept it as a redaction, or
 * dismiss it with the reason it does not identify anyone. A decision holds for that value at
 * that place only; deciding again replaces it. The audit names the document, kind, place and
 * decision but never the value: the audit is not the place for identifying text.
 */
import type { z } from 'zod';
import { decisionInput } from '../../shared/reports/redaction.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { parsedOrRefused } from '../evidence/parsed-input.ts';
import type { Session } from '../security/session.ts';
import { upsertDecision } from '../store/repositories/redaction-decisions.ts';
import { reportToWrite } from './report-access.ts';
import { buildReportsView } from './reports-view.ts';

export async function decideRedaction(session: Session, reference: string, decision: z.output<typeof decisionInput>): Promise<ReportsView> {
  const inHand = reportToWrite(session, reference, 'decide this case’s redactions');
  const checked = parsedOrRefused(decisionInput, decision, 'decision.', 'the decision');
  session.store.change((db, audit) => {
    upsertDecision(db, inHand.caseId, {
      document: checked.document,
      kind: checked.kind,
      value: checked.value,
      place: checked.place,
      decision: checked.decision,
      reason: checked.decision === 'dismiss' ? checked.reason : '',
      decidedBy: session.userId,
      decidedAt: new Date().toISOString(),
    });
    audit({
      actorId: session.userId,
      action: 'redaction.decided',
      recordType: 'case',
      recordId: inHand.caseId,
      details: { document: checked.document, kind: checked.kind, place: checked.place, decision: checked.decision },
    });
  });
  return buildReportsView(session, inHand);
}
