/**
 * Release at the end of a review, on the agency's instruction: the representative exports the
 * whole set to a folder, its structure kept. The call issues one ticket for the lot; the bytes
 * follow beside the contract, each file opened with the representative's key as it is written.
 * The release is logged when the ticket is issued, before any byte leaves (so a crash or a lock
 * part-way still leaves its trace), and again when the transport is done, with how many files
 * it wrote. The set counts as released only when every file was written.
 */
import { SECURED_SET_RECORD } from '../../shared/vault/access-log.ts';
import type { Session } from '../security/session.ts';
import { listStoredFiles } from '../store/repositories/secured-files.ts';
import { closeSet } from '../store/repositories/secured-sets.ts';
import { userRecipient } from './file-key.ts';
import { safeFileName } from './open-copies.ts';
import { readSecuredFile, unsealFileKey } from './read-back.ts';
import type { ReleaseJob, StreamOptions, TransferDesk } from './transfer-desk.ts';
import { requireNotDestroyed, requireRepresentative, setInHand } from './vault-access.ts';

export async function releaseSet(session: Session, transfers: TransferDesk, reference: string, agency: string, purpose: string): Promise<{ ticket: string; files: number; bytes: number }> {
  const attempted = 'release the files';
  const inHand = setInHand(session, reference, agency, attempted);
  requireRepresentative(session, inHand, attempted);
  requireNotDestroyed(inHand, attempted);
  const files = listStoredFiles(session.store.db, inHand.set.id);
  const recipient = userRecipient(session.userId);
  const job: ReleaseJob = {
    kind: 'release',
    folderName: safeFileName(`${inHand.reference} ${inHand.agency.name} secured files`),
    files: files.map((file) => ({ path: file.path, size: file.size })),
    async *read(index: number, options: StreamOptions) {
      const file = files[index];
      if (file === undefined) throw new RangeError(`A release has ${files.length} files; there is no file ${index}.`);
      const fileKey = await unsealFileKey(session.store, file.id, session.privateKey, recipient);
      try {
        yield* readSecuredFile(session.store, file.id, fileKey, options);
      } finally {
        fileKey.fill(0);
      }
    },
    finish({ filesWritten, complete }) {
      const whole = complete && filesWritten === files.length;
      session.store.change((db, audit) => {
        if (whole) closeSet(db, inHand.set.id, 'released', new Date().toISOString(), session.userId);
        audit({
          actorId: session.userId,
          action: 'secured.released',
          recordType: SECURED_SET_RECORD,
          recordId: inHand.set.id,
          details: { filesWritten, files: files.length, complete: whole, purpose },
        });
      });
    },
  };
  const bytes = files.reduce((total, file) => total + file.size, 0);
  session.store.change((_db, audit) =>
    audit({ actorId: session.userId, action: 'secured.release-started', recordType: SECURED_SET_RECORD, recordId: inHand.set.id, details: { files: files.length, bytes, purpose } }),
  );
  const ticket = transfers.issue(session.userId, job);
  return { ticket, files: files.length, bytes };
}
