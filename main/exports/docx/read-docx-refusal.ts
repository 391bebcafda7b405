/**
 * How the Word draft reader says no: one AppError('FILE_REFUSED') whose message says what is
 * wrong with the draft in plain words and what the reviewer can do about it.
 */
import { AppError } from '../../../shared/errors.ts';

export function refuseDraft(message: string): never {
  throw new AppError('FILE_REFUSED', message);
}

/** The ending of most refusals: the one thing that usually fixes a draft Word can still open. */
export const SAVE_AGAIN = 'Open it in Word, save it as a Word Document (.docx) and import it again.';

export function refuseDamaged(): never {
  refuseDraft(`The draft is damaged or is not a Word document this app can read. ${SAVE_AGAIN}`);
}
