/**
 * The change-passphrase form's checks, made before anything is sent so the messages can name
 * the field in plain words. Main checks the same rules again; its limits are mirrored here.
 */
import type { FieldError } from '../components/field-errors.ts';
import { MINIMUM_PASSPHRASE_LENGTH } from '../../shared/passphrase-policy.ts';

export { MINIMUM_PASSPHRASE_LENGTH };

/** The longest passphrase main accepts, in characters. */
const MAXIMUM_PASSPHRASE_LENGTH = 1024;

export const CURRENT_FIELD = 'current-passphrase';
export const NEW_FIELD = 'new-passphrase';
export const CONFIRM_FIELD = 'confirm-passphrase';

export interface ChangePassphraseAnswers {
  readonly currentPassphrase: string;
  readonly newPassphrase: string;
  readonly confirmPassphrase: string;
}

/** `minimum` is the one in force on this computer, which IT's machine policy may raise. */
export function checkChangePassphraseAnswers(answers: ChangePassphraseAnswers, minimum: number = MINIMUM_PASSPHRASE_LENGTH): FieldError[] {
  const errors: FieldError[] = [];
  const current = answers.currentPassphrase.normalize('NFC');
  const next = answers.newPassphrase.normalize('NFC');
  if (current.length === 0) errors.push({ field: CURRENT_FIELD, message: 'Enter your current passphrase' });
  else if (current.length > MAXIMUM_PASSPHRASE_LENGTH) errors.push({ field: CURRENT_FIELD, message: 'Your current passphrase must be 1,024 characters or fewer' });
  if (next.length === 0) errors.push({ field: NEW_FIELD, message: 'Enter a new passphrase' });
  else if (next.length < minimum) errors.push({ field: NEW_FIELD, message: `Your new passphrase must be ${minimum} characters or more` });
  else if (next.length > MAXIMUM_PASSPHRASE_LENGTH) errors.push({ field: NEW_FIELD, message: 'Your new passphrase must be 1,024 characters or fewer' });
  // The same words typed in another form of Unicode are still the same passphrase.
  else if (next === current) errors.push({ field: NEW_FIELD, message: 'Your new passphrase must be different from your current passphrase' });
  if (answers.confirmPassphrase === '') errors.push({ field: CONFIRM_FIELD, message: 'Type your new passphrase again to confirm it' });
  else if (next.length > 0 && answers.confirmPassphrase !== answers.newPassphrase) {
    errors.push({ field: CONFIRM_FIELD, message: 'The new passphrases do not match. Type the same new passphrase twice' });
  }
  return errors;
}

/** Which field a refusal from main is about, so its message can sit beside that field too. */
export function fieldForChangePassphraseRefusal(code: string, message: string): string | undefined {
  if (code === 'WRONG_PASSPHRASE') return CURRENT_FIELD;
  if (code === 'WEAK_PASSPHRASE') return NEW_FIELD;
  if (code === 'INVALID_INPUT' && message.includes('do not match')) return CONFIRM_FIELD;
  if (code === 'INVALID_INPUT' && message.includes('currentPassphrase')) return CURRENT_FIELD;
  if (code === 'INVALID_INPUT' && message.includes('newPassphrase')) return NEW_FIELD;
  if (code === 'INVALID_INPUT' && message.includes('confirmPassphrase')) return CONFIRM_FIELD;
  return undefined;
}
