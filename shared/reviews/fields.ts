/**
 * The building blocks of every case form's schema, with messages written for the person filling
 * the form in ("Enter …", "Choose …"), since they are shown beside the field.
 */
import { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function realDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900 && year <= 2200;
}

/** A calendar date, YYYY-MM-DD, that exists. `what` names it in the message: "the incident date". */
export function dateField(what: string) {
  return z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, { error: `Enter ${what}`, abort: true })
    // One message per bad date: the shape check stops before the calendar check.
    .regex(ISO_DATE, { error: `Enter ${what} as a real date, for example 2026-03-27`, abort: true })
    .refine(realDate, `Enter ${what} as a real date, for example 2026-03-27`);
}

export function optionalDateField(what: string) {
  return dateField(what).nullable();
}

/** A time of day, HH:MM, 24-hour clock. */
export function timeField(what: string) {
  return z
    .string({ error: `Enter ${what}` })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `Enter ${what} as a 24-hour time, for example 09:30`);
}

export function requiredText(what: string, max = 2000) {
  return z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(max, `Enter ${what} in ${max.toLocaleString('en-GB')} characters or fewer`);
}

export function optionalText(what: string, max = 2000) {
  return z
    .string()
    .trim()
    .max(max, `Enter ${what} in ${max.toLocaleString('en-GB')} characters or fewer`)
    .default('');
}

/** Long free text: pen pictures, facts, rationales. */
export const LONG_TEXT = 20_000;

export function choice<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: `Choose ${what}` });
}

export function yesNo(what: string) {
  return z.boolean({ error: `Choose yes or no: ${what}` });
}

/** A named person and the organisation they belong to: an attendee, a partner, a declarer. */
export const namedPerson = z.object({
  name: requiredText('their full name', 120),
  organisation: requiredText('their organisation', 200),
});
export type NamedPerson = z.infer<typeof namedPerson>;
