/** The phases of a backup and a restore in words for the person, as the progress bar shows them. */
import type { BackupPhase, RestorePhase } from '../store/backup.ts';

export const BACKUP_PHASE_WORDS: Readonly<Record<BackupPhase, string>> = {
  preparing: 'Preparing',
  copying: 'Writing the copy',
  'key-file': 'Writing the key file',
  checking: 'Checking the copy against the store',
  manifest: 'Writing the manifest',
  recording: 'Recording the backup',
};

export const RESTORE_PHASE_WORDS: Readonly<Record<RestorePhase, string>> = {
  'checking-files': 'Checking the backup’s files',
  copying: 'Copying the backup into the folder',
  opening: 'Opening the restored store with your passphrase',
  checking: 'Checking the restored store and its audit trail',
  recording: 'Recording the restore',
};

export const DONE = 'Done';
