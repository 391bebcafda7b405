/**
 * The representative's integrity check of a whole set, on demand: every stored file re-hashed
 * against its intake hash with keys only the representative can open, the result kept (the set
 * shows its last check) and logged with the damaged files' ids.
 */
import { SECURED_SET_RECORD } from '../../shared/vault/access-log.ts';
import type { IntegrityResult } from '../../shared/vault/secured-files.ts';
import type { Session } from '../security/session.ts';
import { storedFileIds } from '../store/repositories/secured-files.ts';
import { insertIntegrityCheck } from '../store/repositories/secured-sets.ts';
import { userRecipient } from './file-key.ts';
import { checkFiles } from './integrity.ts';
import { unsealFileKey } from './read-back.ts';
import { requireNotDestroyed, requireRepresentative, setInHand } from './vault-access.ts';

export async function checkIntegrity(session: Session, reference: string, agency: string): Promise<IntegrityResult> {
  const attempted = 'check the files';
  const inHand = setInHand(session, reference, agency, attempted);
  requireRepresentative(session, inHand, attempted);
  requireNotDestroyed(inHand, attempted);
  const store = session.store;
  const recipient = userRecipient(session.userId);
  const findings = await checkFiles(store, storedFileIds(store.db, inHand.set.id), (fileId) => unsealFileKey(session.store, fileId, session.privateKey, recipient));
  const checkedAt = new Date().toISOString();
  const damaged = findings.damaged.map(({ id, path }) => ({ id, path }));
  session.store.change((db, audit) => {
    insertIntegrityCheck(db, { setId: inHand.set.id, checkedAt, checkedBy: session.userId, files: findings.files, damaged });
    audit({
      actorId: session.userId,
      action: 'secured.integrity-checked',
      recordType: SECURED_SET_RECORD,
      recordId: inHand.set.id,
      details: { files: findings.files, damaged: damaged.map((file) => file.id), damagedPaths: damaged.map((file) => file.path) },
    });
  });
  return { checkedAt, checkedBy: session.user.name, files: findings.files, damaged };
}
