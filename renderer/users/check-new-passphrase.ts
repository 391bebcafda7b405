/**
 * A passphrase typed twice for someone else (a temporary one to give in person) or for a new
 * administrator, checked before anything is sent so the messages can name the field. Main
 * checks the same rules again.
 */
import type { FieldError } from '../components/field-errors.ts';

const MAXIMUM_PASSPHRASE_LENGTH = 1024;

export interface NewPassphraseFields {
  readonly passphrase: string;
  readonly confirm: string;
}

/** `words` names the passphrase in messages: "The temporary passphrase", "The passphrase". */
export function checkNewPassphrase(answers: { passphrase: string; confirm: string }, fields: NewPassphraseFields, minimum: number, words: string): FieldError[] {
  const errors: FieldError[] = [];
  const length = answers.passphrase.normalize('NFC').length;
  if (length === 0) errors.push({ field: fields.passphrase, message: `Enter ${words.charAt(0).toLowerCase()}${words.slice(1)}` });
  else if (length < minimum) errors.push({ field: fields.passphrase, message: `${words} must be ${minimum} characters or more` });
  else if (length > MAXIMUM_PASSPHRASE_LENGTH) errors.push({ field: fields.passphrase, message: `${words} must be 1,024 characters or fewer` });
  if (answers.confirm === '') errors.push({ field: fields.confirm, message: `Type ${words.charAt(0).toLowerCase()}${words.slice(1)} again to confirm it` });
  else if (length > 0 && answers.confirm !== answers.passphrase) errors.push({ field: fields.confirm, message: 'The passphrases do not match. Type the same passphrase twice' });
  return errors;
}

/** Which field a refusal from main is about, so its message can sit beside that field too. */
export function fieldForPassphraseRefusal(code: string, problemPaths: readonly string[], fields: NewPassphraseFields): string | undefined {
  if (code === 'WEAK_PASSPHRASE') return fields.passphrase;
  if (problemPaths.includes('confirmPassphrase')) return fields.confirm;
  return undefined;
}
