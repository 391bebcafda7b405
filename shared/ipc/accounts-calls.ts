/**
 * The calls for users' accounts: the users with what a reset would touch, an administrator's
 * passphrase reset, recovery with the store's recovery code before anyone is signed in, the
 * store's rekey as a job, and which secured files a reset left to be sealed again.
 */
import { z } from 'zod';
import { accountsView, keysView, passphraseResetInput, passphraseResetOutcome, recoverInput, recoveryCodeInput, rekeyStartInput, sealsToRenewView } from '../accounts/accounts.ts';
import type { CallDefinition } from './contract.ts';
import { jobStarted } from './jobs-calls.ts';

export function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

const empty = z.object({}).strict();

export const ACCOUNTS_CALLS = {
  'users.accounts': call({ input: empty, output: accountsView, access: 'users.manage', action: 'see the users’ accounts' }),
  'users.resetPassphrase': call({ input: passphraseResetInput, output: passphraseResetOutcome, access: 'users.manage', action: 'reset someone’s passphrase' }),
  // Public: every passphrase may be lost. The code itself is the authority, and main checks it opens the store.
  'recovery.checkCode': call({ input: z.object({ recoveryCode: recoveryCodeInput }).strict(), output: z.object({ opensStore: z.literal(true) }), access: 'public', action: 'check a recovery code' }),
  'recovery.recover': call({ input: recoverInput, output: z.object({ name: z.string() }), access: 'public', action: 'make a new administrator with the recovery code' }),
  'keys.get': call({ input: empty, output: keysView, access: 'keys.rekey', action: 'see the store’s keys' }),
  'keys.rekeyStart': call({ input: rekeyStartInput, output: jobStarted, access: 'keys.rekey', action: 'change the store’s keys' }),
  'keys.recoveryCodeKept': call({ input: z.object({ jobId: z.uuid({ error: 'That is not a job id' }) }).strict(), output: z.object({}), access: 'keys.rekey', action: 'change the store’s keys' }),
  // Signed-in: main shows each set only to those with a secured-files right for its case and agency.
  'vault.sealsToRenew': call({
    input: z.object({ reference: z.string().trim().min(1, 'Enter the case reference').max(40, 'Enter a case reference of at most 40 characters') }).strict(),
    output: sealsToRenewView,
    access: 'signed-in',
    action: 'see which secured files must be sealed again',
  }),
} as const satisfies Record<string, CallDefinition>;
