/** PLACEHOLDER (signature fixed): a whole case, documents included, to another partnership. */
import type { Session } from '../../security/session.ts';
import type { StoredContact } from '../../store/repositories/exchange-contacts.ts';
import type { Outgoing } from '../flow.ts';

export async function buildCaseBundle(_session: Session, _reference: string, _to: StoredContact, _note: string): Promise<Outgoing> {
  throw new Error('not yet written');
}
