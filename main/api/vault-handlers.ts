/** The secured files' calls (shared/ipc/vault-calls.ts) in terms of the services in main/vault. */
import type { VAULT_CALLS } from '../../shared/ipc/vault-calls.ts';
import { exportAccessLog, readAccessLog } from '../vault/access-log.ts';
import { readOpenInDefaultApp } from '../vault/open-in-default-app-setting.ts';
import { confirmSecuring, readSecuring, recordInstruction } from '../vault/securing.ts';
import { beginIntake, changeRepresentative, checkIntegrity, destroySet, openSecuredFile, readVault, releaseSet, setOpenInDefaultApp, setUpSet } from '../vault/vault-service.ts';
import type { Handlers } from './handlers.ts';

type VaultHandlers = Pick<Handlers, keyof typeof VAULT_CALLS>;

export const VAULT_HANDLERS: VaultHandlers = {
  'vault.get': (desktop, input) => readVault(desktop.requireSession(), input.reference),
  'vault.setUp': (desktop, input) => setUpSet(desktop.requireSession(), input.reference, input.agency, input.representative),
  'vault.beginIntake': (desktop, input) => beginIntake(desktop.requireSession(), desktop.transfers, input),
  'vault.open': (desktop, input) => openSecuredFile(desktop.requireSession(), desktop, input),
  'vault.checkIntegrity': (desktop, input) => checkIntegrity(desktop.requireSession(), input.reference, input.agency),
  'vault.changeRepresentative': (desktop, input) => changeRepresentative(desktop.requireSession(), input.reference, input.agency, input.representative, input.recoveryCode),
  'vault.release': (desktop, input) => releaseSet(desktop.requireSession(), desktop.transfers, input.reference, input.agency, input.purpose),
  'vault.destroy': (desktop, input) => destroySet(desktop.requireSession(), input.reference, input.agency, input.reason, input.confirmAgency),
  'vault.settings': (desktop) => readOpenInDefaultApp(desktop.requireSession()),
  'vault.setOpenInDefaultApp': (desktop, input) => setOpenInDefaultApp(desktop.requireSession(), input.allowed),
  'vault.log': (desktop, input) => readAccessLog(desktop.requireSession(), input.filter, input.page),
  'vault.logExport': (desktop, input) => exportAccessLog(desktop.requireSession(), input.filter, input.format),
  'securing.get': (desktop, input) => readSecuring(desktop.requireSession(), input.reference),
  'securing.confirm': (desktop, input) => confirmSecuring(desktop.requireSession(), input.reference, input.agency, input.confirmation),
  'securing.instruct': (desktop, input) => recordInstruction(desktop.requireSession(), input.reference, input.agency, input.instruction),
};
