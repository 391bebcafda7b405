/** PLACEHOLDER (signatures fixed): an agency's actions out to it, and its update back. */
import type { ActionsPayload } from '../../../shared/exchange/payloads.ts';
import type { Session } from '../../security/session.ts';
import type { StoredContact } from '../../store/repositories/exchange-contacts.ts';
import type { Outgoing } from '../flow.ts';

export interface ActionsSend {
  readonly reference: string;
  readonly agency: string;
  readonly actions: ActionsPayload['actions'];
  readonly note: string;
}

export async function buildActionsBundle(_session: Session, _send: ActionsSend, _to: StoredContact): Promise<Outgoing> {
  throw new Error('not yet written');
}

export interface ActionUpdate {
  readonly actionId: string;
  readonly status: string;
  readonly evidence: string;
  readonly evidenceFiles: readonly { readonly fileName: string; readonly bytes: Buffer }[];
}

export async function buildActionsUpdateBundle(_session: Session, _taskId: number, _updates: readonly ActionUpdate[]): Promise<Outgoing> {
  throw new Error('not yet written');
}
