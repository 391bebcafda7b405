/**
 * Users' accounts and the store's keys as the Administration page sees them: each user with what
 * a passphrase reset would touch (the secured files they hold as a nominated representative), a
 * reset's outcome, a recovery with the recovery code, and a rekey's state and outcome.
 */
import { z } from 'zod';
import { ROLES } from '../roles.ts';

const passphrase = z.string().min(1, 'Enter a passphrase').max(1024, 'Enter a passphrase of at most 1,024 characters');
const personName = z.string().trim().min(2, 'Enter a name of at least 2 characters').max(100, 'Enter a name of at most 100 characters');
export const recoveryCodeInput = z.string().trim().min(1, 'Enter the recovery code').max(200, 'The recovery code is longer than any recovery code. Check it against the paper copy');

/**
 * One agency's secured set for one case whose files are sealed to this person as its nominated
 * representative: a passphrase reset gives them a new key pair, and what was sealed to the old
 * one opens again only after the agency's recovery code seals it to the new one.
 */
export const representativeHolding = z.object({
  reference: z.string(),
  agency: z.string(),
  state: z.enum(['active', 'released']),
  files: z.number().int().nonnegative(),
  /** Files still sealed to a key pair the representative no longer holds, since their passphrase was reset. */
  filesToReseal: z.number().int().nonnegative(),
});
export type RepresentativeHolding = z.infer<typeof representativeHolding>;

export const accountView = z.object({
  name: z.string(),
  organisation: z.string(),
  status: z.enum(['active', 'disabled']),
  roles: z.array(z.enum(ROLES)),
  mustChangePassphrase: z.boolean(),
  /** The person looking: their own passphrase is changed, never reset. */
  you: z.boolean(),
  lastResetAt: z.string().nullable(),
  holdings: z.array(representativeHolding),
});
export type AccountView = z.infer<typeof accountView>;

export const accountsView = z.object({ users: z.array(accountView) });
export type AccountsView = z.infer<typeof accountsView>;

export const passphraseResetInput = z
  .object({
    name: personName,
    temporaryPassphrase: passphrase,
    confirmPassphrase: z.string().max(1024, 'Enter a passphrase of at most 1,024 characters'),
  })
  .strict();

export const passphraseResetOutcome = z.object({
  name: z.string(),
  /** What the reset left sealed to the old key, to be sealed again with each agency's recovery code. */
  holdings: z.array(representativeHolding),
});
export type PassphraseResetOutcome = z.infer<typeof passphraseResetOutcome>;

export const recoverInput = z
  .object({
    recoveryCode: recoveryCodeInput,
    name: personName,
    passphrase,
    confirmPassphrase: z.string().max(1024, 'Enter a passphrase of at most 1,024 characters'),
  })
  .strict();

export const keysView = z.object({
  /** How many times the master key has been made: 1 for a store never rekeyed. */
  epoch: z.number().int().positive(),
  activeUsers: z.number().int().nonnegative(),
  disabledUsers: z.number().int().nonnegative(),
  /** Disabled since the keys were last changed: a copy of the key file they kept still opens the store until the next rekey. */
  disabledSinceRekey: z.number().int().nonnegative(),
  storeCreatedAt: z.string().nullable(),
  lastRekeyedAt: z.string().nullable(),
  /** When the recovery code now in use was made: at the store's creation, or at a rekey that made a new one. */
  recoveryCodeMadeAt: z.string().nullable(),
  /** The person's rekey that is still running, or that made a new recovery code not yet confirmed written down: the tab follows it again. */
  rekeyToFollow: z.uuid().nullable(),
});
export type KeysView = z.infer<typeof keysView>;

export const rekeyStartInput = z.object({ newRecoveryCode: z.boolean() }).strict();

/** What a finished rekey job holds (jobs.read's `result`). */
export const rekeyResult = z.object({
  epoch: z.number().int().positive(),
  activeUsers: z.number().int().nonnegative(),
  /** The new recovery code, when one was asked for: shown once, then written down for the safe. */
  recoveryCode: z.string().nullable(),
});
export type RekeyResult = z.infer<typeof rekeyResult>;

/** A case's secured sets whose files are still sealed to a representative's old key, as someone who may see each set sees it. */
export const sealsToRenewView = z.object({
  sets: z.array(
    z.object({
      agency: z.string(),
      representative: z.string(),
      filesToReseal: z.number().int().positive(),
      resetAt: z.string(),
      youAreRepresentative: z.boolean(),
      /** The Business Unit or an administrator: may seal them again with the agency's recovery code. */
      canReseal: z.boolean(),
    }),
  ),
});
export type SealsToRenewView = z.infer<typeof sealsToRenewView>;
