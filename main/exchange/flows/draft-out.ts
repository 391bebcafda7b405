/** PLACEHOLDER (signature fixed): a draft for factual accuracy, and the agency's reply. */
import type { Session } from '../../security/session.ts';
import type { StoredContact } from '../../store/repositories/exchange-contacts.ts';
import type { Outgoing } from '../flow.ts';

export interface DraftSend {
  readonly reference: string;
  readonly documentId: number;
  readonly agency: string;
  readonly replyBy: string | null;
  readonly mayForward: boolean;
  readonly note: string;
}

export async function buildDraftBundle(_session: Session, _send: DraftSend, _to: StoredContact): Promise<Outgoing> {
  throw new Error('not yet written');
}

export async function buildDraftReplyBundle(_session: Session, _taskId: number, _comments: string, _attachments: readonly { fileName: string; bytes: Buffer }[]): Promise<Outgoing> {
  throw new Error('not yet written');
}
