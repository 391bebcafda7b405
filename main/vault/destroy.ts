/**
 * Destruction at the end of a review, on the agency's instruction: the representative types
 * the agency's name to confirm; every chunk and sealed key of the set goes in one change with
 * its event, and the freed pages go back to the file system (the store has used incremental
 * auto-vacuum since migration 001). The file rows and the log stay, so the access log still
 * says what was held and who reached it.
 */
import { AppError } from '../../shared/errors.ts';
import { SECURED_SET_RECORD } from '../../shared/vault/access-log.ts';
import type { VaultView } from '../../shared/vault/secured-files.ts';
import type { Session } from '../security/session.ts';
import { destroySetFiles } from '../store/repositories/secured-files.ts';
import { closeSet } from '../store/repositories/secured-sets.ts';
import { requireNotDestroyed, requireRepresentative, setInHand } from './vault-access.ts';
import { buildVaultView } from './vault-view.ts';

export async function destroySet(session: Session, reference: string, agency: string, reason: string, confirmAgency: string): Promise<VaultView> {
  const attempted = 'destroy the files';
  const inHand = setInHand(session, reference, agency, attempted);
  requireRepresentative(session, inHand, attempted);
  requireNotDestroyed(inHand, attempted);
  if (confirmAgency.trim().toLowerCase() !== inHand.agency.name.toLowerCase()) {
    throw new AppError('INVALID_INPUT', `Type the agency’s name, ${inHand.agency.name}, exactly as shown to confirm that its secured files are to be destroyed. Nothing was destroyed.`, [
      { path: 'confirmAgency', message: `Type ${inHand.agency.name} to confirm` },
    ]);
  }
  const store = session.store;
  store.change((db, audit) => {
    const at = new Date().toISOString();
    const files = destroySetFiles(db, inHand.set.id, at);
    closeSet(db, inHand.set.id, 'destroyed', at, session.userId);
    audit({ actorId: session.userId, action: 'secured.destroyed', recordType: SECURED_SET_RECORD, recordId: inHand.set.id, details: { files, reason } });
  });
  // Outside the change: a vacuum step cannot run inside a transaction.
  store.db.pragma('incremental_vacuum');
  return buildVaultView(session, inHand);
}
