/** Between what a form's boxes hold (text, '' for nothing) and what a record keeps (null, booleans). */

export type YesNoAnswer = '' | 'yes' | 'no';

export function yesNoAnswer(value: boolean | null | undefined): YesNoAnswer {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return '';
}

/** A required yes/no left unanswered goes as undefined, so the schema's "Choose yes or no" is the message. */
export function booleanFrom(answer: string): boolean | undefined {
  if (answer === 'yes') return true;
  if (answer === 'no') return false;
  return undefined;
}

export function nullableBooleanFrom(answer: string): boolean | null {
  return booleanFrom(answer) ?? null;
}

/** An optional date box left empty is "not recorded" (null), not an invalid date. */
export function dateOrNull(value: string): string | null {
  return value.trim() === '' ? null : value;
}

/** An optional choice left unchosen is null. */
export function choiceOrNull(value: string): string | null {
  return value === '' ? null : value;
}
