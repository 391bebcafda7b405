/**
 * The cases the learning journey starts from, made through the preview's calls: a closed case
 * from more than a year ago and a new referral about the same child (so the person search
 * suggests a repeat incident), and a good outcome review with its learning for others written
 * in two paragraphs. Invented people only.
 */
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../../shared/working-days.ts';
import { addChild, createCase, createStoreWithOfficer, lock, referral, screenOutAndClose } from './arrange-cases.ts';
import type { RunningPreview } from './preview.ts';

export const GOOD_OUTCOME_LEARNING = ['Early help stayed with the family for as long as they needed it.', 'The school nurse and the health visitor met every month and shared what they saw.'] as const;

export interface LearningCases {
  readonly earlier: string;
  readonly later: string;
  readonly goodOutcome: string;
}

export async function arrangeLearningCases(preview: RunningPreview): Promise<LearningCases> {
  const today = todayInLondon();
  await createStoreWithOfficer(preview);
  const earlier = await createCase(preview, referral({ referralDate: addCalendarDays(today, -420), incidentDate: addCalendarDays(today, -423) }));
  await addChild(preview, earlier.summary.reference, { givenNames: 'Tilly', familyName: 'Ashworth-Kemp', datesOfBirth: ['2016-05-14'] });
  await screenOutAndClose(preview, earlier.summary.reference, addCalendarDays(today, -416));
  const later = await createCase(preview, referral({ referralDate: addCalendarDays(today, -3), incidentDate: addCalendarDays(today, -5) }));
  await addChild(preview, later.summary.reference, { givenNames: 'Tilly', familyName: 'Ashworth-Kemp', datesOfBirth: ['2016-05-14'] });
  const goodOutcome = await createCase(
    preview,
    referral({
      kindRequested: 'good-outcome-review',
      referralDate: addCalendarDays(today, -30),
      incidentDate: addCalendarDays(today, -32),
      criteriaDeathOrSeriousHarm: 'neither',
      criteriaAbuseOrNeglect: false,
      goodOutcome: {
        livedExperience: 'The child now goes to school every day and talks about her friends.',
        stepsTaken: 'A team around the family met every fortnight.',
        before: 'The child missed school often and was withdrawn.',
        barriers: 'Appointments clashed with the parent’s shifts; meetings moved to evenings.',
        effect: 'Attendance rose from half to nearly all days in two terms.',
        learning: GOOD_OUTCOME_LEARNING.join('\n\n'),
      },
    }),
  );
  await lock(preview);
  return { earlier: earlier.summary.reference, later: later.summary.reference, goodOutcome: goodOutcome.summary.reference };
}
