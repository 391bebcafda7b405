import type { FieldError } from './field-errors.ts';

/** The contract's rule for a person's name (2 to 100 characters, trimmed), in plain words. */
export function checkPersonName(name: string, field: string): FieldError | null {
  const trimmed = name.trim();
  if (trimmed === '') return { field, message: 'Enter your full name' };
  if (trimmed.length < 2) return { field, message: 'Your name must be 2 characters or more' };
  if (trimmed.length > 100) return { field, message: 'Your name must be 100 characters or fewer' };
  return null;
}
