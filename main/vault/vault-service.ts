/**
 * The secured files' services the contract calls (PLACEHOLDER: the sets-and-access part builds
 * these, likely across several files; the handlers import from here).
 */
import { AppError } from '../../shared/errors.ts';
import type { IntegrityResult, OpenResult, TicketGrant, VaultView } from '../../shared/vault/secured-files.ts';
import type { Session } from '../security/session.ts';
import type { TransferDesk } from './transfer-desk.ts';
import type { VaultDesk } from './vault-desk.ts';

const notBuilt = (): never => {
  throw new AppError('NOT_FOUND', 'Not built yet.');
};

export function readVault(_session: Session, _reference: string): VaultView {
  return notBuilt();
}
export async function setUpSet(_session: Session, _reference: string, _agency: string, _representative: string): Promise<{ recoveryCode: string | null; view: VaultView }> {
  return notBuilt();
}
export async function beginIntake(
  _session: Session,
  _transfers: TransferDesk,
  _input: { reference: string; agency: string; note: string; files: readonly { path: string; size: number }[]; pickId?: string },
): Promise<{ tickets: TicketGrant[] }> {
  return notBuilt();
}
export async function openSecuredFile(
  _session: Session,
  _desk: VaultDesk,
  _input: { reference: string; agency: string; fileId: number; purpose: string; mode: 'open' | 'copy' },
): Promise<OpenResult> {
  return notBuilt();
}
export async function checkIntegrity(_session: Session, _reference: string, _agency: string): Promise<IntegrityResult> {
  return notBuilt();
}
export async function changeRepresentative(_session: Session, _reference: string, _agency: string, _representative: string, _recoveryCode?: string): Promise<VaultView> {
  return notBuilt();
}
export async function releaseSet(_session: Session, _transfers: TransferDesk, _reference: string, _agency: string, _purpose: string): Promise<{ ticket: string; files: number; bytes: number }> {
  return notBuilt();
}
export async function destroySet(_session: Session, _reference: string, _agency: string, _reason: string, _confirmAgency: string): Promise<VaultView> {
  return notBuilt();
}
export function setOpenInDefaultApp(_session: Session, _allowed: boolean): { allowed: boolean } {
  return notBuilt();
}
