import type { FieldError } from '../components/field-errors.ts';
import { checkPersonName } from '../components/check-person-name.ts';

export function checkUnlockAnswers(name: string, passphrase: string): FieldError[] {
  const errors: FieldError[] = [];
  const nameError = checkPersonName(name, 'name');
  if (nameError) errors.push(nameError);
  if (passphrase === '') errors.push({ field: 'passphrase', message: 'Enter your passphrase' });
  return errors;
}

/** Which field a refusal from main is about, so its message sits beside that field as well. */
export function fieldForUnlockRefusal(code: string): string | undefined {
  switch (code) {
    case 'WRONG_PASSPHRASE':
      return 'passphrase';
    case 'UNKNOWN_USER':
    case 'USER_DISABLED':
      return 'name';
    default:
      return undefined;
  }
}
