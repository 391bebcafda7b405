/**
 * Where a task's answer goes and what it is about: back to the install that asked (the caller
 * gives the contact), with no case on this side, the asker's own case reference, the bundle it
 * answers (the asker takes a reply only to a bundle it sent to that same install), and the task.
 */
import type { StoredTask } from '../../store/repositories/exchange-tasks.ts';
import type { Outgoing } from '../flow.ts';

export function answerAddress(task: StoredTask): Pick<Outgoing, 'caseId' | 'caseReference' | 'inReplyTo' | 'subject'> {
  return { caseId: null, caseReference: { sender: null, recipient: task.theirReference }, inReplyTo: task.bundleId, subject: `task:${task.id}` };
}
