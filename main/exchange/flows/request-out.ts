/** PLACEHOLDER (signature fixed): the information request as a bundle to the agency's install. */
import type { Session } from '../../security/session.ts';
import type { StoredContact } from '../../store/repositories/exchange-contacts.ts';
import type { Outgoing } from '../flow.ts';

export async function buildRequestBundle(_session: Session, _reference: string, _to: StoredContact, _requestId: number): Promise<Outgoing> {
  throw new Error('not yet written');
}
