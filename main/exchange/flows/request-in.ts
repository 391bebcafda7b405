/**
 * An information request taken in on an agency's install: it opens a task for the person who
 * will answer it (the nominated representative the Business Unit named, when that person has an
 * account here), with the template workbook and the letter kept beside it. The request names the
 * child and family, so it is never opened for anyone but the person it is given to and those who
 * may import bundles (task-access.ts).
 */
import { AppError } from '../../../shared/errors.ts';
import { requestPayload, type RequestPayload } from '../../../shared/exchange/payloads.ts';
import { dateInWords } from '../../exports/pdf/date-words.ts';
import type { Session } from '../../security/session.ts';
import type { Db } from '../../store/open-database.ts';
import { findBundleRow } from '../../store/repositories/exchange-bundles.ts';
import { insertTask, insertTaskFile, listTasks } from '../../store/repositories/exchange-tasks.ts';
import { listUsers, type User } from '../../store/repositories/users.ts';
import type { OpenedBundle } from '../bundle-file.ts';
import type { Incoming, Prepare } from '../flow.ts';
import { readIdentity } from '../identity.ts';
import { sameOrganisation } from './request-files.ts';

const NOTHING = 'Nothing was imported.';

function refused(message: string): AppError {
  return new AppError('BUNDLE_REFUSED', `${message} ${NOTHING}`);
}

/** The file items the payload names: each must be one of the bundle's items (item 0 is the payload). */
function taskItems(payload: RequestPayload, opened: OpenedBundle): number[] {
  const items = [payload.templateItem, ...(payload.letterItem === null ? [] : [payload.letterItem])];
  if (items.some((index) => index >= opened.manifest.items.length)) throw refused('This request names a file it does not carry: the bundle was made wrongly. Ask the sender to make it again.');
  return items;
}

function activeUsers(db: Db): User[] {
  return listUsers(db).filter((user) => user.status === 'active');
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The person a task goes to: one of the install's active users, by name. */
function chosenUser(users: readonly User[], name: string): User {
  const found = users.find((user) => sameName(user.name, name));
  if (found !== undefined) return found;
  const message = `There is no active user called “${name.trim()}” on this install to give the task to. Choose one of: ${users.map((user) => user.name).join(', ')}`;
  throw new AppError('INVALID_INPUT', `${message}.`, [{ path: 'assignTo', message }]);
}

function requestWarnings(db: Db, incoming: Incoming, payload: RequestPayload, theirReference: string): string[] {
  const warnings: string[] = [];
  const here = readIdentity(db).organisation;
  if (!sameOrganisation(here, payload.agency)) {
    warnings.push(`This request is addressed to ${payload.agency}, but this install belongs to ${here}. If it reached you by mistake, do not open it: tell ${payload.partnership}.`);
  }
  const earlier = listTasks(db, null).find((task) => task.kind === 'request' && task.contactId === incoming.sender.id && task.theirReference === theirReference);
  if (earlier !== undefined) {
    warnings.push(`There is already a task for this request (case ${theirReference}), given to ${earlier.assignedToName} on ${dateInWords(earlier.receivedAt.slice(0, 10))}: importing this opens a second one.`);
  }
  return warnings;
}

export const prepareRequest: Prepare = async (session: Session, incoming: Incoming) => {
  const db = session.store.db;
  const payload = requestPayload.parse(incoming.payload);
  const theirReference = incoming.manifest.caseReference.sender;
  if (theirReference === null) throw refused('This request does not say which of the sender’s cases it is about: the bundle was made wrongly. Ask the sender to make it again.');
  const items = taskItems(payload, incoming.opened);
  const users = activeUsers(db);
  const named = users.find((user) => sameName(user.name, payload.recipientName));
  const suggested = named ?? session.user;
  const letter = payload.letterItem === null ? '' : ' and the letter';
  const task = (assignee: string) => `Open a task for ${assignee}: information request from ${payload.partnership} for case ${theirReference}, due ${dateInWords(payload.dueOn)}`;
  return {
    ourReference: null,
    willDo: [
      task(suggested.name),
      `Keep the template workbook${letter} with the task`,
      ...(payload.secureFiles ? [`The request asks ${payload.agency} to secure its records about the people named: the return must confirm that it has, with the date`] : []),
    ],
    warnings: requestWarnings(db, incoming, payload, theirReference),
    problemsToAccept: [],
    assignees: users.map((user) => user.name),
    suggestedAssignee: suggested.name,
    apply(db, audit, options) {
      // Refused before anything is written: the task must go to someone who can open it.
      const assignee = chosenUser(activeUsers(db), options.assignTo ?? suggested.name);
      const received = findBundleRow(db, incoming.manifest.id, 'received');
      if (received === undefined) throw new Error('The exchange must log a bundle as received before its flow applies it.');
      const taskId = insertTask(db, {
        receivedId: received.id,
        kind: 'request',
        contactId: incoming.sender.id,
        theirReference,
        payload,
        assignedTo: assignee.id,
        dueOn: payload.dueOn,
      });
      for (const index of items) {
        const item = incoming.manifest.items[index]!;
        insertTaskFile(db, taskId, { name: item.name, mediaType: item.mediaType, sha256: item.sha256, content: incoming.opened.readItemWhole(index) });
      }
      audit({
        actorId: session.userId,
        action: 'exchange.task-opened',
        recordType: 'task',
        recordId: taskId,
        details: { kind: 'request', bundleId: incoming.manifest.id, from: incoming.sender.fingerprint, theirReference, assignedTo: assignee.name, dueOn: payload.dueOn, files: items.length },
      });
      return { caseId: null, ourReference: null, taskId, subject: `task:${taskId}`, applied: [task(assignee.name).replace(/^Open a task/, 'Opened a task'), `Kept the template workbook${letter} with the task`] };
    },
  };
};
