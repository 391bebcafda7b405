/**
 * A store for the annual figures screen: a Business Unit officer and three referrals, two
 * received this financial year (one of them screened out) and one last year, so a change of
 * period changes the numbers. Invented people only.
 */
import { financialYearOf, type FiguresPeriod } from '../../../shared/figures/figures.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../../shared/working-days.ts';
import { addChild, createCase, createStoreWithOfficer, lock, referral, screenOutAndClose } from './arrange-cases.ts';
import type { RunningPreview } from './preview.ts';

export interface FiguresStore {
  readonly today: string;
  readonly thisYear: FiguresPeriod;
  readonly lastYear: FiguresPeriod;
}

/** Leaves the store locked, for the browser to sign in as the officer (arrange-cases.ts's OFFICER). */
export async function arrangeFiguresStore(preview: RunningPreview): Promise<FiguresStore> {
  await createStoreWithOfficer(preview);
  const today = todayInLondon();
  const thisYear = financialYearOf(today);
  const lastYear = financialYearOf(addCalendarDays(thisYear.from, -1));
  // Never before the year began, even on its first days.
  const daysAgo = (days: number) => [addCalendarDays(today, -days), thisYear.from].sort().at(-1)!;

  await createCase(preview, referral({ referralDate: daysAgo(3), incidentDate: addCalendarDays(daysAgo(3), -2) }));
  const screenedOut = await createCase(
    preview,
    referral({ referralDate: daysAgo(1), incidentDate: addCalendarDays(daysAgo(1), -1), kindRequested: 'non-statutory-review', referrerAgency: 'Education' }),
  );
  await addChild(preview, screenedOut.summary.reference, { givenNames: 'Tegan', familyName: 'Marlowe' });
  await screenOutAndClose(preview, screenedOut.summary.reference, daysAgo(1));
  const lastYearDate = addCalendarDays(lastYear.to, -30);
  await createCase(preview, referral({ referralDate: lastYearDate, incidentDate: addCalendarDays(lastYearDate, -2) }));
  await lock(preview);
  return { today, thisYear, lastYear };
}
