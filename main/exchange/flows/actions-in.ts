/**
 * An agency's actions taken in on its own install open a task for the person who will keep them
 * updated, due when the first of them is; the agency's update taken in on the Business Unit's
 * install is checked against the actions that install sent (kept with the bundle sent), its
 * evidence files kept in the case's documents, and each action's update recorded as it came,
 * for the action plan to take up.
 */
import { AppError } from '../../../shared/errors.ts';
import { actionsPayload, actionsUpdatePayload, type ActionsPayload, type ActionsUpdatePayload } from '../../../shared/exchange/payloads.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { requireAgency } from '../../evidence/agencies.ts';
import { dateInWords } from '../../exports/pdf/date-words.ts';
import type { Session } from '../../security/session.ts';
import type { Audit } from '../../store/open-store.ts';
import type { Db } from '../../store/open-database.ts';
import { insertActionUpdate } from '../../store/repositories/action-updates-received.ts';
import { findDocumentBySha256, insertDocumentFromChunks } from '../../store/repositories/case-documents.ts';
import { caseSummaryById } from '../../store/repositories/cases.ts';
import { findBundleRow } from '../../store/repositories/exchange-bundles.ts';
import { listTasks } from '../../store/repositories/exchange-tasks.ts';
import type { Organisation } from '../../store/repositories/organisations.ts';
import type { Applied, Incoming, Prepare } from '../flow.ts';
import { readIdentity } from '../identity.ts';
import { actionName, actionsCount, actionsSubject, earliestDue, isActionStatus, statusWords, withEvidenceFiles, type SentAction } from './actions-words.ts';
import { counted } from './case-words.ts';
import { activeUsers, assigneeNamed, openTaskFromBundle, theirReferenceOf } from './decision-draft-tasks.ts';
import { sameOrganisation } from './request-files.ts';

/** At most this many actions are listed one by one before the preview; the task holds them all. */
const LISTED = 12;

function refused(message: string): AppError {
  return new AppError('BUNDLE_REFUSED', `${message} Nothing was imported.`);
}

function actionLine(action: SentAction): string {
  return `${actionName(action.what)}, due ${dateInWords(action.dueOn)} (${statusWords(action.status)})`;
}

function actionsWarnings(db: Db, incoming: Incoming, payload: ActionsPayload, theirReference: string): string[] {
  const warnings: string[] = [];
  const here = readIdentity(db).organisation;
  if (!sameOrganisation(here, payload.agency)) {
    warnings.push(`These actions are for ${payload.agency}, but this install belongs to ${here}. If they reached you by mistake, do not take them in: tell ${incoming.sender.organisation}.`);
  }
  const earlier = listTasks(db, null).find((task) => task.kind === 'actions' && task.contactId === incoming.sender.id && task.theirReference === theirReference);
  if (earlier !== undefined) {
    warnings.push(`There is already a task for actions on case ${theirReference}, given to ${earlier.assignedToName} on ${dateInWords(earlier.receivedAt.slice(0, 10))}: importing this opens a second one.`);
  }
  return warnings;
}

export const prepareActions: Prepare = async (session: Session, incoming: Incoming) => {
  const db = session.store.db;
  const payload = actionsPayload.parse(incoming.payload);
  const theirReference = theirReferenceOf(incoming, 'set of actions');
  const ids = payload.actions.map((action) => action.actionId.toLowerCase());
  if (new Set(ids).size !== ids.length) throw refused('This bundle lists one action twice, so updates could not be matched to it: it was made wrongly. Ask the sender to make it again.');
  const users = activeUsers(db);
  const suggested = session.user;
  const earliest = earliestDue(payload.actions);
  const task = (assignee: string) =>
    `a task for ${assignee}: ${actionsCount(payload.actions.length)} for ${payload.agency} from ${incoming.sender.organisation} on case ${theirReference}, the first due ${dateInWords(earliest)}`;
  const listed = payload.actions.slice(0, LISTED).map((action) => `Action: ${actionLine(action)}`);
  const more = payload.actions.length - listed.length;
  return {
    ourReference: null,
    willDo: [`Open ${task(suggested.name)}`, ...listed, ...(more > 0 ? [`And ${actionsCount(more)} more, all kept with the task`] : [])],
    warnings: actionsWarnings(db, incoming, payload, theirReference),
    problemsToAccept: [],
    assignees: users.map((user) => user.name),
    suggestedAssignee: suggested.name,
    apply(db, audit, options) {
      const assignee = assigneeNamed(db, options.assignTo ?? suggested.name);
      const taskId = openTaskFromBundle(db, audit, session.userId, incoming, { kind: 'actions', theirReference, payload, assignee, dueOn: earliest, items: [] });
      return { caseId: null, ourReference: null, taskId, subject: `task:${taskId}`, applied: [`Opened ${task(assignee.name)}`] };
    },
  };
};

interface SentActions {
  readonly caseId: number;
  readonly reference: string;
  readonly sent: ActionsPayload;
  readonly sentOn: string;
}

/** The actions bundle the update answers, as this install sent it (the exchange has checked it went to this sender). */
function actionsAnswered(db: Db, incoming: Incoming, payload: ActionsUpdatePayload): SentActions {
  const row = findBundleRow(db, incoming.manifest.inReplyTo!, 'sent')!;
  if (row.caseId === null) throw refused('The actions this update answers are not on a case here any more.');
  if (row.sentPayload === null) throw refused('This install has no record of which actions it sent in the bundle this update answers, so the update cannot be checked. Record it by hand.');
  const sent = actionsPayload.parse(JSON.parse(row.sentPayload));
  if (!sameOrganisation(payload.agency, sent.agency) || row.subject !== actionsSubject(sent.agency)) {
    throw refused(`This update is from ${payload.agency}, but the actions it answers were sent to ${sent.agency}.`);
  }
  return { caseId: row.caseId, reference: caseSummaryById(db, row.caseId).reference, sent, sentOn: row.at };
}

/** Each update is about one of the actions sent, once, with a status this install knows and evidence the bundle carries. */
function updatedActions(incoming: Incoming, payload: ActionsUpdatePayload, answered: SentActions): SentAction[] {
  const { sent } = answered;
  const byId = new Map(sent.actions.map((action) => [action.actionId.toLowerCase(), action]));
  const unknown = payload.updates.map((update) => update.actionId).filter((id) => !byId.has(id.toLowerCase()));
  if (unknown.length > 0) {
    throw refused(`This update names ${unknown.length === 1 ? 'an action' : 'actions'} that ${sent.agency} was not sent from case ${answered.reference}: ${unknown.map((id) => `“${id}”`).join(', ')}. Ask ${sent.agency} to update only the actions sent to them.`);
  }
  const ids = payload.updates.map((update) => update.actionId.toLowerCase());
  if (new Set(ids).size !== ids.length) throw refused('This update gives two updates for one action: it was made wrongly. Ask the sender to make it again.');
  const unknownStatus = payload.updates.find((update) => !isActionStatus(update.status));
  if (unknownStatus !== undefined) throw refused(`This update gives an action the status “${unknownStatus.status}”, which this install does not know. Ask the sender to make it again.`);
  const itemCount = incoming.manifest.items.length;
  if (payload.updates.some((update) => update.evidenceItems.some((index) => index >= itemCount) || new Set(update.evidenceItems).size !== update.evidenceItems.length)) {
    throw refused('This update does not carry the evidence files it lists: it was made wrongly. Ask the sender to make it again.');
  }
  return payload.updates.map((update) => byId.get(update.actionId.toLowerCase())!);
}

/** The agency as the partnership lists it: its updates are filed under it. */
function listedAgency(db: Db, agency: string): Organisation {
  try {
    return requireAgency(db, agency, 'agency');
  } catch {
    throw refused(`${agency} is no longer on the partnership’s list of agencies, so its update cannot be filed. Add it back on the Organisations page, then import the update.`);
  }
}

/** Keeps an evidence file in the case's documents, once (the same bytes already kept are reused); its document id and whether it was added. */
function keepEvidence(db: Db, audit: Audit, actorId: string, caseId: number, incoming: Incoming, index: number, note: string): { id: number; added: boolean } {
  const item = incoming.manifest.items[index]!;
  const existing = findDocumentBySha256(db, caseId, item.sha256);
  if (existing !== undefined) return { id: existing.id, added: false };
  const document = { name: item.name, mediaType: item.mediaType, note, sha256: item.sha256, addedBy: actorId, addedAt: new Date().toISOString() };
  const { id, size } = insertDocumentFromChunks(db, caseId, document, incoming.opened.readItem(index));
  audit({ actorId, action: 'document.added', recordType: 'case', recordId: caseId, details: { documentId: id, sha256: item.sha256, size, via: 'bundle', bundleId: incoming.manifest.id } });
  return { id, added: true };
}

export const prepareActionsUpdate: Prepare = async (session: Session, incoming: Incoming) => {
  const db = session.store.db;
  const payload = actionsUpdatePayload.parse(incoming.payload);
  const answered = actionsAnswered(db, incoming, payload);
  const { caseId, reference, sent } = answered;
  session.authorise('cases.edit', 'take in agencies’ updates on their actions', { caseId });
  const actions = updatedActions(incoming, payload, answered);
  const agency = listedAgency(db, sent.agency);
  const lines = payload.updates.map((update, index) => `${actionName(actions[index]!.what)}: now ${statusWords(update.status)}, ${withEvidenceFiles(update.evidenceItems.length)}`);
  const files = [...new Set(payload.updates.flatMap((update) => update.evidenceItems))];
  const names = files.map((index) => incoming.manifest.items[index]!.name);
  const sentOn = dateInWords(todayInLondon(new Date(answered.sentOn)));
  return {
    ourReference: reference,
    willDo: [
      `Record ${agency.name}’s update on ${payload.updates.length.toLocaleString('en-GB')} of the ${actionsCount(sent.actions.length)} sent to it on ${sentOn}:`,
      ...lines,
      ...(files.length === 0 ? [] : [`Keep ${counted(files.length, 'evidence file', 'evidence files')} in the case’s documents: ${names.join(', ')}`]),
    ],
    warnings: payload.updates
      .map((update, index) => ({ update, action: actions[index]! }))
      .filter(({ update }) => update.status === 'complete' && update.evidence.trim() === '' && update.evidenceItems.length === 0)
      .map(({ action }) => `${actionName(action.what)} is marked complete with no evidence of its impact: ask ${agency.name} for it.`),
    problemsToAccept: [],
    assignees: [],
    suggestedAssignee: null,
    apply(db, audit): Applied {
      const receivedRow = findBundleRow(db, incoming.manifest.id, 'received');
      if (receivedRow === undefined) throw new Error('The exchange must log a bundle as received before its flow applies it.');
      const actorId = session.userId;
      const now = new Date().toISOString();
      const documentIds = new Map<number, number>();
      let added = 0;
      payload.updates.forEach((update, index) => {
        for (const item of update.evidenceItems) {
          if (documentIds.has(item)) continue;
          const kept = keepEvidence(db, audit, actorId, caseId, incoming, item, `Evidence for the action ${actionName(actions[index]!.what)} from ${agency.name}`);
          documentIds.set(item, kept.id);
          if (kept.added) added += 1;
        }
      });
      for (const update of payload.updates) {
        insertActionUpdate(db, {
          receivedId: receivedRow.id,
          caseId,
          organisationId: agency.id,
          actionId: update.actionId.toLowerCase(),
          status: update.status,
          evidence: update.evidence,
          documentIds: update.evidenceItems.map((item) => documentIds.get(item)!),
          receivedAt: now,
        });
      }
      audit({ actorId, action: 'exchange.actions-updated', recordType: 'case', recordId: caseId, details: { agency: agency.name, actions: payload.updates.length, bundleId: incoming.manifest.id } });
      return {
        caseId,
        ourReference: reference,
        taskId: null,
        subject: actionsSubject(agency.name),
        applied: [
          `Recorded ${agency.name}’s update on ${actionsCount(payload.updates.length)}:`,
          ...lines,
          ...(files.length === 0 ? [] : [`Kept ${counted(added, 'new document', 'new documents')} from the ${counted(files.length, 'evidence file', 'evidence files')}`]),
        ],
      };
    },
  };
};
