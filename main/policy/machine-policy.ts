/**
 * The machine-wide policy IT sets for every user of a desktop: a settings file in the machine-wide
 * config folder and, on Windows, the registry key Group Policy writes (which wins). What it sets,
 * no user can change in the app. An invalid policy stops the app rather than running with defaults.
 */
import path from 'node:path';
import { z } from 'zod';

export const machinePolicySchema = z
  .object({
    /** Where the store lives, for example a managed folder. */
    storeFolder: z
      .string()
      .trim()
      .min(1, 'storeFolder must name a folder')
      // A relative path would depend on where the app was started from. Either system's form is
      // accepted: the schema does not know which computer it is read on.
      .refine((folder) => path.win32.isAbsolute(folder) || path.posix.isAbsolute(folder), 'storeFolder must be a full path, such as D:\\PRM\\Store or /srv/prm/store')
      .optional(),
    idleLockMinutes: z.number().int('idleLockMinutes must be a whole number').min(1, 'idleLockMinutes must be at least 1').max(240, 'idleLockMinutes must be at most 240').optional(),
    minimumPassphraseLength: z.number().int('minimumPassphraseLength must be a whole number').min(12, 'minimumPassphraseLength must be at least 12').max(128, 'minimumPassphraseLength must be at most 128').optional(),
    /** Whether a nominated representative may open a secured file in the desktop's default app. */
    openInDefaultAppAllowed: z.boolean().optional(),
    /** Days after the last verified backup before the app reminds an administrator to back up. */
    backupReminderDays: z.number().int('backupReminderDays must be a whole number').min(1, 'backupReminderDays must be at least 1').max(365, 'backupReminderDays must be at most 365').optional(),
  })
  .strict();
export type MachinePolicy = z.infer<typeof machinePolicySchema>;
export type MachinePolicySetting = keyof MachinePolicy;
/** Every setting a policy may hold, in the order the app lists them. */
export const MACHINE_POLICY_SETTINGS = Object.keys(machinePolicySchema.shape) as MachinePolicySetting[];
export type PolicySource = 'registry' | 'file';

/** The policy in force, and where each setting came from. */
export interface EffectivePolicy {
  readonly values: MachinePolicy;
  readonly sources: Readonly<Partial<Record<MachinePolicySetting, PolicySource>>>;
  /** The file read, where there was one. */
  readonly file: string | null;
}

export const NO_MACHINE_POLICY: EffectivePolicy = { values: {}, sources: {}, file: null };

/** Used where the policy sets nothing. */
export const DEFAULT_BACKUP_REMINDER_DAYS = 7;
