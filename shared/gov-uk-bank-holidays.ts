/**
 * Reading a bank-holiday list in the format GOV.UK publishes (bank-holidays.json): one object
 * per division, each with its events. The partnership works to England and Wales.
 */
import { z } from 'zod';
import { isIsoDate } from './working-days.ts';

const eventSchema = z.object({
  title: z.string().min(1),
  date: z.string().refine(isIsoDate, 'a date written as YYYY-MM-DD'),
  notes: z.string().optional(),
  bunting: z.boolean().optional(),
});

export const govUkBankHolidaysSchema = z.object({
  'england-and-wales': z.object({ division: z.literal('england-and-wales'), events: z.array(eventSchema).min(1) }),
});

export interface BankHoliday {
  readonly date: string;
  readonly title: string;
}

/** The England and Wales days, sorted, or every problem named by its path. */
export function readGovUkBankHolidays(json: unknown): { ok: true; holidays: BankHoliday[] } | { ok: false; problems: string[] } {
  const parsed = govUkBankHolidaysSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`) };
  const holidays = parsed.data['england-and-wales'].events.map(({ date, title }) => ({ date, title })).sort((a, b) => a.date.localeCompare(b.date));
  return { ok: true, holidays };
}
