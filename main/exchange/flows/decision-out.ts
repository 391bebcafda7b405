/** PLACEHOLDER (signature fixed): asking for a decision, and giving it signed. */
import type { Session } from '../../security/session.ts';
import type { StoredContact } from '../../store/repositories/exchange-contacts.ts';
import type { Outgoing } from '../flow.ts';

export interface DecisionAsk {
  readonly reference: string;
  readonly recordId: number;
  readonly personName: string;
  readonly question: string;
  readonly replyBy: string | null;
}

export async function buildDecisionRequestBundle(_session: Session, _ask: DecisionAsk, _to: StoredContact): Promise<Outgoing> {
  throw new Error('not yet written');
}

export async function buildDecisionBundle(_session: Session, _taskId: number, _answer: { decidedOn: string; data: Record<string, unknown> }): Promise<Outgoing> {
  throw new Error('not yet written');
}
