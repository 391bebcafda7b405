/** One problem with what was entered; `field` is the id of the input it is about, if any. */
export interface FieldError {
  readonly field?: string;
  readonly message: string;
}

export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message;
}
