/**
 * The calls for the machine-wide policy IT sets, and what it locks. The policy itself is public:
 * the first-run and change-passphrase screens say the minimum passphrase length before anyone
 * has signed in, and nothing in it is personal.
 */
import { z } from 'zod';
import type { CallDefinition } from './contract.ts';

export function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

/** Where IT set a setting: the registry key Group Policy writes, or the machine policy file. */
export const POLICY_SOURCES = ['registry', 'file'] as const;
export type PolicySourceName = (typeof POLICY_SOURCES)[number];

function setByIt<T extends z.ZodType>(value: T) {
  return z.object({ value, source: z.enum(POLICY_SOURCES) }).nullable();
}

/** Each machine-policy setting: null when IT did not set it, else its value and where IT set it. */
export const machinePolicyView = z.object({
  storeFolder: setByIt(z.string()),
  idleLockMinutes: setByIt(z.number().int()),
  minimumPassphraseLength: setByIt(z.number().int()),
  openInDefaultAppAllowed: setByIt(z.boolean()),
  backupReminderDays: setByIt(z.number().int()),
  /** The shortest passphrase accepted on this computer: IT's minimum, or the app's own. */
  effectiveMinimumPassphraseLength: z.number().int(),
  /** The policy file read, if there was one; for IT, who may need to find it. */
  policyFile: z.string().nullable(),
  /** The registry key Group Policy writes, as reg.exe names it. */
  registryKey: z.string(),
});
export type MachinePolicyView = z.infer<typeof machinePolicyView>;

export const idleLockView = z.object({
  /** The minutes in force: IT's where IT set them, else the partnership's setting. */
  minutes: z.number().int(),
  setByIt: z.enum(POLICY_SOURCES).nullable(),
});
export type IdleLockView = z.infer<typeof idleLockView>;

export const IDLE_LOCK_LIMITS = { minimum: 1, maximum: 240 } as const;
const idleLockMessage = `Enter the number of minutes, from ${IDLE_LOCK_LIMITS.minimum} to ${IDLE_LOCK_LIMITS.maximum}`;

export const MACHINE_POLICY_CALLS = {
  'policy.machine': call({ input: z.object({}).strict(), output: machinePolicyView, access: 'public', action: 'see what IT has set on this computer' }),
  'policy.idleLock': call({ input: z.object({}).strict(), output: idleLockView, access: 'settings.manage', action: 'see how long a quiet session stays unlocked' }),
  'policy.setIdleLock': call({
    input: z
      .object({
        minutes: z
          .number({ error: idleLockMessage })
          .int(idleLockMessage)
          .min(IDLE_LOCK_LIMITS.minimum, idleLockMessage)
          .max(IDLE_LOCK_LIMITS.maximum, idleLockMessage),
      })
      .strict(),
    output: idleLockView,
    access: 'settings.manage',
    action: 'change how long a quiet session stays unlocked',
  }),
} as const satisfies Record<string, CallDefinition>;
