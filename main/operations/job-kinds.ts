/**
 * The kinds of long task that must not run alongside each other (a backup, a restore, a rekey),
 * named in one place so each can refuse the others without importing them.
 */
export const BACKUP_JOB = 'backup';
export const RESTORE_JOB = 'restore';
export const REKEY_JOB = 'rekey';
