/** The calls of shared/ipc/accounts-calls.ts in terms of the services in main/accounts. */
import type { ACCOUNTS_CALLS } from '../../shared/ipc/accounts-calls.ts';
import { readKeys } from '../accounts/keys-view.ts';
import { checkRecoveryCode, recoverAdministrator } from '../accounts/recover-administrator.ts';
import { recoveryCodeKept, startRekey } from '../accounts/rekey-job.ts';
import { resetUserPassphrase } from '../accounts/reset-passphrase.ts';
import { sealsToRenew } from '../accounts/seals-to-renew.ts';
import { listAccounts } from '../accounts/user-accounts.ts';
import type { Handlers } from './handlers.ts';

type AccountsHandlers = Pick<Handlers, keyof typeof ACCOUNTS_CALLS>;

export const ACCOUNTS_HANDLERS: AccountsHandlers = {
  'users.accounts': (desktop) => ({ users: listAccounts(desktop.requireSession()) }),
  'users.resetPassphrase': (desktop, input) => resetUserPassphrase(desktop.requireSession(), input),
  'recovery.checkCode': async (desktop, input) => {
    await checkRecoveryCode(desktop.storeFolder, input.recoveryCode);
    return { opensStore: true as const };
  },
  'recovery.recover': (desktop, input) => recoverAdministrator(desktop, input),
  'keys.get': (desktop) => readKeys(desktop),
  'keys.rekeyStart': (desktop, input) => startRekey(desktop, input.newRecoveryCode),
  'keys.recoveryCodeKept': (desktop, input) => {
    recoveryCodeKept(desktop, input.jobId);
    return {};
  },
  'vault.sealsToRenew': (desktop, input) => sealsToRenew(desktop.requireSession(), input.reference),
};
