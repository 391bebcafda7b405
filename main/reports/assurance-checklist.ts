/**
 * The Practice Review Assurance Questions (toolkit item 8), completed by the chair and by the
 * lead reviewer before sign-off. Every question is answered; anything short of "yes" says what
 * is missing. Completing it again replaces that signer's earlier completion.
 */
import type { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import { ASSURANCE_QUESTIONS, ASSURANCE_SIGNER_LABELS, assuranceInput } from '../../shared/reports/assurance.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { parsedOrRefused } from '../evidence/parsed-input.ts';
import type { Session } from '../security/session.ts';
import { upsertAssurance } from '../store/repositories/report-assurance.ts';
import { reportToWrite } from './report-access.ts';
import { buildReportsView } from './reports-view.ts';

export async function saveAssurance(session: Session, reference: string, input: z.output<typeof assuranceInput>): Promise<ReportsView> {
  const inHand = reportToWrite(session, reference, 'complete the assurance checklist');
  const checked = parsedOrRefused(assuranceInput, input, 'assurance.', 'the checklist');
  const repeated = ASSURANCE_QUESTIONS.find((question) => checked.answers.filter((answer) => answer.key === question.key).length > 1);
  if (repeated !== undefined) throw new AppError('INVALID_INPUT', `Answer each question once: “${repeated.text}” is answered more than once.`, [{ path: 'assurance.answers', message: 'Answer each question once' }]);
  // Kept in the checklist's order, whatever order the answers came in.
  const answers = ASSURANCE_QUESTIONS.map((question) => checked.answers.find((answer) => answer.key === question.key)!);
  session.store.change((db, audit) => {
    upsertAssurance(db, inHand.caseId, { signer: checked.signer, name: checked.name, answers: JSON.stringify(answers), completedBy: session.userId, completedAt: new Date().toISOString() });
    audit({
      actorId: session.userId,
      action: 'report.assurance-completed',
      recordType: 'case',
      recordId: inHand.caseId,
      details: { signer: ASSURANCE_SIGNER_LABELS[checked.signer], notYes: answers.filter((answer) => answer.answer !== 'yes').map((answer) => answer.key) },
    });
  });
  return buildReportsView(session, inHand);
}
