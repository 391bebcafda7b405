/**
 * From a call's input to the flow that builds its bundle: bundles a case sends (a request, a
 * request for a decision, a draft, the whole case, an agency's actions) and the answers a task
 * gives (a return, a signed decision, a factual-accuracy reply, an update on actions). Each flow checks its own permissions; a bundle is
 * only ever built for a trusted contact.
 */
import type { z } from 'zod';
import type { answerInput, sendInput } from '../../shared/ipc/exchange-calls.ts';
import type { Session } from '../security/session.ts';
import { trustedContact } from './contacts.ts';
import type { Outgoing } from './flow.ts';
import { buildActionsBundle, buildActionsUpdateBundle } from './flows/actions-out.ts';
import { buildCaseBundle } from './flows/case-out.ts';
import { buildDecisionBundle, buildDecisionRequestBundle } from './flows/decision-out.ts';
import { buildDraftBundle, buildDraftReplyBundle } from './flows/draft-out.ts';
import { buildRequestBundle } from './flows/request-out.ts';
import { buildReturnBundle } from './flows/return-out.ts';

/** A file brought in for an answer (a completed workbook, an attachment, evidence), by its staged id. */
export type StagedFile = (stagedId: number) => { fileName: string; bytes: Buffer };

export async function buildSend(session: Session, input: z.output<typeof sendInput>): Promise<Outgoing> {
  const to = trustedContact(session.store.db, input.to);
  switch (input.kind) {
    case 'request':
      return buildRequestBundle(session, input.reference, to, input.requestId);
    case 'decision-request':
      return buildDecisionRequestBundle(session, { reference: input.reference, recordId: input.recordId, personName: input.personName, question: input.question, replyBy: input.replyBy }, to);
    case 'draft':
      return buildDraftBundle(session, { reference: input.reference, documentId: input.documentId, agency: input.agency, replyBy: input.replyBy, mayForward: input.mayForward, note: input.note }, to);
    case 'case':
      return buildCaseBundle(session, input.reference, to, input.note);
    case 'actions':
      return buildActionsBundle(session, { reference: input.reference, agency: input.agency, actions: input.actions, note: input.note }, to);
  }
}

export async function buildAnswer(session: Session, input: z.output<typeof answerInput>, staged: StagedFile): Promise<Outgoing> {
  switch (input.kind) {
    case 'return':
      return buildReturnBundle(session, input.taskId, { securing: input.answer.securing, note: input.answer.note, workbook: staged(input.answer.stagedWorkbook) });
    case 'decision':
      return buildDecisionBundle(session, input.taskId, { decidedOn: input.answer.decidedOn, data: input.answer.data });
    case 'draft-reply':
      return buildDraftReplyBundle(session, input.taskId, input.answer.comments, input.answer.stagedAttachments.map(staged));
    case 'actions-update':
      return buildActionsUpdateBundle(
        session,
        input.taskId,
        input.answer.updates.map((update) => ({ actionId: update.actionId, status: update.status, evidence: update.evidence, evidenceFiles: update.stagedEvidence.map(staged) })),
      );
  }
}
