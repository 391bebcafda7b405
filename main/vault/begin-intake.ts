/**
 * Starting an intake: the authorised call checks who may add, then issues one ticket per file;
 * the bytes follow beside the contract when the transport redeems each ticket. Sealing needs
 * only public keys, so the Business Unit can add for an agency (recorded as acting for it) and
 * still cannot open what it added.
 */
import type { TicketGrant } from '../../shared/vault/secured-files.ts';
import type { Session } from '../security/session.ts';
import { findSetById } from '../store/repositories/secured-sets.ts';
import { agencyRecoveryPublicKey } from './agency-recovery-key.ts';
import { AGENCY_RECOVERY_RECIPIENT, userRecipient } from './file-key.ts';
import { placeFile, type IntakeTarget } from './intake.ts';
import { representativePublicKey } from './representative.ts';
import type { IntakeJob, TransferDesk } from './transfer-desk.ts';
import { requireActive, requireAdder, setInHand, type SetInHand } from './vault-access.ts';

export interface IntakeRequest {
  readonly reference: string;
  readonly agency: string;
  readonly note: string;
  readonly files: readonly { readonly path: string; readonly size: number }[];
  readonly pickId?: string;
}

export async function beginIntake(session: Session, transfers: TransferDesk, input: IntakeRequest): Promise<{ tickets: TicketGrant[] }> {
  const inHand = setInHand(session, input.reference, input.agency, 'add files');
  requireAdder(session, inHand, 'add files');
  requireActive(inHand, 'add files');
  // Checked now so a set whose keys are missing fails here, not after the bytes have moved.
  intakeTarget(session, inHand, input.note);
  const tickets = input.files.map((file) => {
    const job: IntakeJob = {
      kind: 'intake',
      path: file.path,
      size: file.size,
      pickId: input.pickId ?? null,
      place(source, options) {
        // Read afresh when the bytes arrive: a role ended in between stops the intake, and a
        // change of representative must not leave this file sealed to the one before.
        requireAdder(session, inHand, 'add files');
        const target = intakeTarget(session, inHand, input.note);
        return placeFile(session.store, target, file.path, file.size, source, options);
      },
    };
    const ticket = transfers.issue(session.userId, job);
    // The grant names the file it is for, so the page matches each ticket to its own file.
    return { ticket, path: file.path, size: file.size };
  });
  return { tickets };
}

/** Who the file key is sealed to — the set's representative and the agency's recovery key — as the set stands now. */
function intakeTarget(session: Session, inHand: SetInHand, note: string): IntakeTarget {
  const store = session.store;
  const set = findSetById(store.db, inHand.set.id) ?? inHand.set;
  requireActive({ ...inHand, set }, 'add files');
  return {
    setId: set.id,
    recipients: [
      { recipient: userRecipient(set.representativeId), publicKey: representativePublicKey(store, set.representativeId) },
      { recipient: AGENCY_RECOVERY_RECIPIENT, publicKey: agencyRecoveryPublicKey(store.db, inHand.agency) },
    ],
    placedBy: session.userId,
    actingForAgency: session.userId !== set.representativeId,
    note,
  };
}
