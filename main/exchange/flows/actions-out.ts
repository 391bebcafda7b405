/**
 * An agency's actions from a case's action plan, sent to the agency's install, and the agency's
 * update on them sent back, with evidence of impact (policy: actions are monitored by the
 * Business Unit, with each agency's evidence kept). The actions go only to an install of the
 * agency that owns them. Each keeps its id, so every update comes back to the action it is about;
 * an agency updates its actions more than once as they progress, so the task is never closed to
 * further updates: it records the latest update sent.
 */
import { AppError, problemsFromIssues, type Problem } from '../../../shared/errors.ts';
import { actionsPayload, actionsUpdatePayload, sentAction, type ActionsPayload, type ActionsUpdatePayload } from '../../../shared/exchange/payloads.ts';
import { dateField } from '../../../shared/reviews/fields.ts';
import { requireAgency } from '../../evidence/agencies.ts';
import { caseToChange } from '../../evidence/evidence-access.ts';
import { dateInWords } from '../../exports/pdf/date-words.ts';
import { refuseProblems } from '../../reviews/input-problems.ts';
import type { Session } from '../../security/session.ts';
import type { StoredContact } from '../../store/repositories/exchange-contacts.ts';
import { findTask, markTaskAnswered } from '../../store/repositories/exchange-tasks.ts';
import { contactName, trustedContact } from '../contacts.ts';
import type { Outgoing } from '../flow.ts';
import { taskToAnswer } from '../task-access.ts';
import { evidenceItems, evidenceProblems } from './actions-evidence.ts';
import { actionName, actionsCount, actionsSubject, earliestDue, isActionStatus, statusWords, withEvidenceFiles, type SentAction } from './actions-words.ts';
import { fileNamePart, sameOrganisation } from './request-files.ts';
import { answerAddress } from './answer-address.ts';

export interface ActionsSend {
  readonly reference: string;
  readonly agency: string;
  readonly actions: ActionsPayload['actions'];
  readonly note: string;
}

const MAX_ACTIONS = 500;
const NOTE_MAX = 2000;
const EVIDENCE_MAX = 20_000;
const STATUS_MESSAGE = 'Choose the action’s status';
const dueDate = dateField('the date the action is due');

function trimmedAction(action: SentAction): SentAction {
  return {
    actionId: action.actionId.trim().toLowerCase(),
    recommendation: action.recommendation.trim(),
    what: action.what.trim(),
    responsiblePerson: action.responsiblePerson.trim(),
    dueOn: action.dueOn.trim(),
    intendedOutcome: action.intendedOutcome.trim(),
    status: action.status.trim(),
  };
}

/** Every problem with the actions as the action plan gives them, named by where it is. */
function actionProblems(actions: readonly SentAction[]): Problem[] {
  if (actions.length === 0) return [{ path: 'actions', message: 'Choose at least one action to send' }];
  if (actions.length > MAX_ACTIONS) return [{ path: 'actions', message: `Send at most ${MAX_ACTIONS} actions in one bundle` }];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  actions.forEach((action, index) => {
    const at = `actions.${index}`;
    const parsed = sentAction.safeParse(action);
    if (!parsed.success) {
      problems.push(...problemsFromIssues(parsed.error.issues, ['actions', String(index)]));
      return;
    }
    if (action.what === '') problems.push({ path: `${at}.what`, message: 'Enter what the action is' });
    const due = dueDate.safeParse(action.dueOn);
    if (!due.success) problems.push({ path: `${at}.dueOn`, message: due.error.issues[0]!.message });
    if (!isActionStatus(action.status)) problems.push({ path: `${at}.status`, message: STATUS_MESSAGE });
    if (seen.has(action.actionId)) problems.push({ path: `${at}.actionId`, message: `${actionName(action.what)} is listed twice: send each action once` });
    seen.add(action.actionId);
  });
  return problems;
}

export async function buildActionsBundle(session: Session, send: ActionsSend, to: StoredContact): Promise<Outgoing> {
  const { caseId, reference } = caseToChange(session, send.reference, 'send actions to agencies');
  // Filed under the agency as the partnership lists it, so its updates come back to the same one.
  const agency = requireAgency(session.store.db, send.agency, 'agency').name;
  if (!sameOrganisation(to.organisation, agency)) {
    const message = `${contactName(to)} is ${to.organisation}, but these actions are ${agency}’s. An agency’s actions go only to that agency: choose an install of ${agency}, or add one as a contact first`;
    throw new AppError('INVALID_INPUT', `${message}.`, [{ path: 'to', message }]);
  }
  const actions = send.actions.map(trimmedAction);
  const note = send.note.trim();
  const problems = actionProblems(actions);
  if (note.length > NOTE_MAX) problems.push({ path: 'note', message: 'Enter a note of at most 2,000 characters' });
  if (problems.length > 0) refuseProblems(problems, '', 'the actions');

  const payload: ActionsPayload = actionsPayload.parse({ agency, actions, note });
  const earliest = earliestDue(actions);
  return {
    kind: 'actions',
    to,
    caseId,
    caseReference: { sender: reference, recipient: null },
    inReplyTo: null,
    payload,
    files: [],
    subject: actionsSubject(agency),
    summary: [
      `${actionsCount(actions.length)} from the action plan to ${agency}`,
      `${actions.length === 1 ? 'Due' : 'The earliest due'} ${dateInWords(earliest)}`,
      ...(note === '' ? [] : [`With a note: “${note}”`]),
    ],
    fileStem: `${reference}-actions-${fileNamePart(agency)}`,
  };
}

export interface ActionUpdate {
  readonly actionId: string;
  readonly status: string;
  readonly evidence: string;
  readonly evidenceFiles: readonly { readonly fileName: string; readonly bytes: Buffer }[];
}

/** Each update is about one of the task's actions, once: an unknown one is named, with the task's. */
function checkUpdatedActions(updates: readonly ActionUpdate[], sent: ActionsPayload, taskId: number): SentAction[] {
  const byId = new Map(sent.actions.map((action) => [action.actionId.toLowerCase(), action]));
  const unknown = updates.filter((update) => !byId.has(update.actionId.trim().toLowerCase())).map((update) => update.actionId.trim());
  if (unknown.length > 0) {
    const names = unknown.map((id) => `“${id}”`).join(', ');
    const problems = updates.flatMap((update, index) =>
      byId.has(update.actionId.trim().toLowerCase()) ? [] : [{ path: `answer.updates.${index}.actionId`, message: `Task ${taskId} has no action with the id “${update.actionId.trim()}”` }],
    );
    throw new AppError(
      'INVALID_INPUT',
      `Task ${taskId} has no action with the id ${names}: update only the ${actionsCount(sent.actions.length)} ${sent.agency} was sent with it. Nothing was sent.`,
      problems,
    );
  }
  return updates.map((update) => byId.get(update.actionId.trim().toLowerCase())!);
}

function updateProblems(updates: readonly ActionUpdate[], actions: readonly SentAction[]): Problem[] {
  if (updates.length === 0) return [{ path: 'answer.updates', message: 'Update at least one action' }];
  if (updates.length > MAX_ACTIONS) return [{ path: 'answer.updates', message: `Update at most ${MAX_ACTIONS} actions at once` }];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  updates.forEach((update, index) => {
    const at = `answer.updates.${index}`;
    const action = actions[index]!;
    if (seen.has(action.actionId)) problems.push({ path: `${at}.actionId`, message: `${actionName(action.what)} is updated twice: give one update for each action` });
    seen.add(action.actionId);
    if (!isActionStatus(update.status)) problems.push({ path: `${at}.status`, message: STATUS_MESSAGE });
    if (update.evidence.trim().length > EVIDENCE_MAX) problems.push({ path: `${at}.evidence`, message: 'Enter at most 20,000 characters' });
    problems.push(...evidenceProblems(update.evidenceFiles, `${at}.stagedEvidence`));
  });
  return problems;
}

export async function buildActionsUpdateBundle(session: Session, taskId: number, updates: readonly ActionUpdate[]): Promise<Outgoing> {
  // An answered task is not refused: each update the agency sends is one more, the latest counts.
  const task = taskToAnswer(session, taskId, 'actions');
  const to = trustedContact(session.store.db, task.contactId);
  const sent = actionsPayload.parse(JSON.parse(task.payload));
  const actions = checkUpdatedActions(updates, sent, task.id);
  const problems = updateProblems(updates, actions);
  if (problems.length > 0) refuseProblems(problems, '', 'your update');

  const { files, itemsPerAction } = evidenceItems(updates.map((update) => update.evidenceFiles));
  const payload: ActionsUpdatePayload = actionsUpdatePayload.parse({
    agency: sent.agency,
    updates: updates.map((update, index) => ({ actionId: actions[index]!.actionId, status: update.status, evidence: update.evidence.trim(), evidenceItems: itemsPerAction[index]! })),
  });
  const lines = payload.updates.map((update, index) => `${actionName(actions[index]!.what)}: now ${statusWords(update.status)}, ${withEvidenceFiles(update.evidenceItems.length)}`);
  return {
    kind: 'actions-update',
    to,
    ...answerAddress(task),
    payload,
    files,
    summary: [`Update from ${sent.agency} on ${actionsCount(updates.length)} for case ${task.theirReference}`, ...lines],
    fileStem: `${task.theirReference}-actions-update-${fileNamePart(sent.agency)}`,
    afterSent(db, audit, bundleId) {
      const earlier = findTask(db, task.id)?.answeredBundleId ?? null;
      markTaskAnswered(db, task.id, bundleId, new Date().toISOString());
      audit({
        actorId: session.userId,
        action: 'exchange.task-answered',
        recordType: 'task',
        recordId: task.id,
        details: { kind: 'actions', bundleId, inReplyTo: task.bundleId, actions: updates.length, evidenceFiles: files.length, ...(earlier === null ? {} : { earlierUpdate: earlier }) },
      });
    },
  };
}
