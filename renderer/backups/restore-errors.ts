/** Where a failed restore's message belongs on a restore form: beside the field it is about, if one. */
import type { FieldError } from '../components/field-errors.ts';

export function restoreFailure(code: string, message: string, fields: { readonly backupFolder: string; readonly passphrase: string; readonly name?: string }): FieldError {
  switch (code) {
    case 'WRONG_PASSPHRASE':
    case 'WEAK_PASSPHRASE':
      return { field: fields.passphrase, message };
    case 'UNKNOWN_USER':
    case 'USER_DISABLED':
      return fields.name === undefined ? { message } : { field: fields.name, message };
    case 'BACKUP_INVALID':
    case 'KEY_FILE_INVALID':
    case 'KEY_FILE_MISMATCH':
    case 'KEY_REJECTED':
    case 'STORE_DAMAGED':
    case 'NOT_A_STORE':
    case 'SCHEMA_TOO_NEW':
      return { field: fields.backupFolder, message };
    default:
      return { message };
  }
}
