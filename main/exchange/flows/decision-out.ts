/**
 * Asking for a decision, and giving it signed. Until a flow existed the Business Unit recorded a
 * panel member's decision, a partner's endorsement or a declaration of interest on the person's
 * behalf; here it sends that entry to the person's install, and the person sends back their own
 * decision, signed by that install, to replace it (decision-in.ts).
 */
import { AppError, problemsFromIssues, type Problem } from '../../../shared/errors.ts';
import { decisionPayload, decisionRequestPayload, type DecisionRequestPayload } from '../../../shared/exchange/payloads.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { dateField } from '../../../shared/reviews/fields.ts';
import { RECORD_LABELS, RECORD_SCHEMAS } from '../../../shared/reviews/records.ts';
import { caseToChange } from '../../evidence/evidence-access.ts';
import { dateInWords } from '../../exports/pdf/date-words.ts';
import { refuseProblems } from '../../reviews/input-problems.ts';
import { datesProblems } from '../../reviews/record-dates.ts';
import type { Session } from '../../security/session.ts';
import { findRecord } from '../../store/repositories/case-records.ts';
import type { StoredContact } from '../../store/repositories/exchange-contacts.ts';
import type { Outgoing } from '../flow.ts';
import { markAnswered, taskAndReplyContact } from './decision-draft-tasks.ts';
import { decisionWords, isDecisionType, peopleOfDecision, personNamed } from './decision-records.ts';
import { fileNamePart } from './request-files.ts';
import { answerAddress } from './answer-address.ts';

export interface DecisionAsk {
  readonly reference: string;
  readonly recordId: number;
  readonly personName: string;
  readonly question: string;
  readonly replyBy: string | null;
}

function refuse(path: string, message: string): never {
  throw new AppError('INVALID_INPUT', `${message}.`, [{ path, message }]);
}

export async function buildDecisionRequestBundle(session: Session, ask: DecisionAsk, to: StoredContact): Promise<Outgoing> {
  const { caseId, reference } = caseToChange(session, ask.reference, 'ask for signed decisions on this case');
  const record = findRecord(session.store.db, ask.recordId);
  if (record === undefined || record.caseId !== caseId) {
    throw new AppError('NOT_FOUND', `There is no record with id ${ask.recordId} on case ${reference}. It may have been removed: reload the case.`);
  }
  if (!isDecisionType(record.type)) {
    refuse('recordId', `Only a screening panel decision, an endorsement or a declaration of interest can be asked for as a signed decision, and record ${record.id} is another kind of record (${RECORD_LABELS[record.type]})`);
  }
  const people = peopleOfDecision(record.type, record.data);
  const person = personNamed(people, ask.personName);
  if (person === undefined) {
    refuse('personName', `Enter the name as the record gives it: ${people.map((named) => named.name).join(', ') || 'it names nobody'}`);
  }
  const question = ask.question.trim();
  if (question === '') refuse('question', 'Enter what you are asking them to confirm');
  if (ask.replyBy !== null && ask.replyBy < todayInLondon()) refuse('replyBy', 'Enter a reply-by date that is today or later');
  // The entry as stored: what the person is asked to confirm or correct.
  const entry = { recordType: record.type, data: record.data };
  const checked = decisionRequestPayload.safeParse({ recordId: record.id, personName: person.name, question, replyBy: ask.replyBy, entry });
  if (!checked.success) {
    // An entry saved before today's checks existed: it is corrected on the case, not sent as it is.
    const fields = checked.error.issues.map((issue) => issue.path.slice(2).join('.') || issue.path.join('.'));
    refuse('recordId', `The ${RECORD_LABELS[record.type].toLowerCase()} does not pass the checks its form makes (${fields.join(', ')}): correct it on the case first, then ask again`);
  }
  const payload = checked.data;
  return {
    kind: 'decision-request',
    to,
    caseId,
    caseReference: { sender: reference, recipient: null },
    inReplyTo: null,
    payload,
    files: [],
    subject: `record:${record.id}`,
    summary: [
      `Request to ${person.name} (${person.organisation}) for their own signed ${decisionWords(record.type)}`,
      `Asked: ${question}`,
      ...(ask.replyBy === null ? [] : [`Reply by ${dateInWords(ask.replyBy)}`]),
    ],
    fileStem: `${reference}-decision-request-${fileNamePart(person.name)}`,
  };
}

const decidedOnField = dateField('the date of the decision');

/** Problems with the answer, by their path in the call's input ("answer.data.endorses"). */
function answerProblems(type: DecisionRequestPayload['entry']['recordType'], answer: { decidedOn: string; data: Record<string, unknown> }): { problems: Problem[]; data: unknown } {
  const problems: Problem[] = [];
  const decidedOn = decidedOnField.safeParse(answer.decidedOn);
  if (!decidedOn.success) problems.push(...problemsFromIssues(decidedOn.error.issues, ['answer', 'decidedOn']));
  else if (decidedOn.data > todayInLondon()) problems.push({ path: 'answer.decidedOn', message: 'The date of the decision cannot be in the future' });
  const data = RECORD_SCHEMAS[type].safeParse(answer.data);
  if (!data.success) problems.push(...problemsFromIssues(data.error.issues, ['answer', 'data']));
  // The dates this install can check; the Business Unit also checks them against the case's referral date.
  else problems.push(...datesProblems(type, data.data, { today: todayInLondon(), referralDate: '' }).map(({ path, message }) => ({ path: `answer.data.${path}`, message })));
  return { problems, data: data.success ? data.data : null };
}

export async function buildDecisionBundle(session: Session, taskId: number, answer: { decidedOn: string; data: Record<string, unknown> }): Promise<Outgoing> {
  const { task, to } = taskAndReplyContact(session, taskId, 'decision-request');
  const asked = decisionRequestPayload.parse(JSON.parse(task.payload));
  const type = asked.entry.recordType;
  const { problems, data } = answerProblems(type, answer);
  if (problems.length > 0) refuseProblems(problems, '', `your ${decisionWords(type)}`);
  const payload = decisionPayload.parse({ recordId: asked.recordId, personName: asked.personName, decidedOn: answer.decidedOn.trim(), entry: { recordType: type, data } });
  return {
    kind: 'decision',
    to,
    ...answerAddress(task),
    payload,
    files: [],
    summary: [`Signed ${decisionWords(type)} by ${asked.personName}, decided on ${dateInWords(payload.decidedOn)}`, `For case ${task.theirReference} at ${to.organisation}`],
    fileStem: `${task.theirReference}-decision-${fileNamePart(asked.personName)}`,
    afterSent(db, audit, bundleId) {
      markAnswered(db, audit, session.userId, task, bundleId);
    },
  };
}
