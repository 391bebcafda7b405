/**
 * The first-run form's checks, made before anything is sent so the messages can name the field
 * in plain words. Main checks the same rules again; its limits are mirrored here.
 */
import { checkPersonName } from '../components/check-person-name.ts';
import type { FieldError } from '../components/field-errors.ts';
import { MINIMUM_PASSPHRASE_LENGTH } from '../../shared/passphrase-policy.ts';

export { MINIMUM_PASSPHRASE_LENGTH };

export interface FirstRunAnswers {
  readonly name: string;
  readonly passphrase: string;
  readonly confirmPassphrase: string;
}

/** `minimum` is the one in force on this computer, which IT's machine policy may raise. */
export function checkFirstRunAnswers(answers: FirstRunAnswers, minimum: number = MINIMUM_PASSPHRASE_LENGTH): FieldError[] {
  const errors: FieldError[] = [];
  const nameError = checkPersonName(answers.name, 'name');
  if (nameError) errors.push(nameError);
  const length = answers.passphrase.normalize('NFC').length;
  if (length === 0) errors.push({ field: 'passphrase', message: 'Enter a passphrase' });
  else if (length < minimum) errors.push({ field: 'passphrase', message: `Your passphrase must be ${minimum} characters or more` });
  else if (length > 1024) errors.push({ field: 'passphrase', message: 'Your passphrase must be 1,024 characters or fewer' });
  if (answers.confirmPassphrase === '') errors.push({ field: 'confirm-passphrase', message: 'Type your passphrase again to confirm it' });
  else if (length > 0 && answers.confirmPassphrase !== answers.passphrase) errors.push({ field: 'confirm-passphrase', message: 'The passphrases do not match. Type the same passphrase twice' });
  return errors;
}
