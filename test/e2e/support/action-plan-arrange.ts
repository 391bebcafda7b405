/**
 * A non-statutory practice review taken through its stages to its action plan, arranged through
 * the preview's calls: referred two months ago, screened, its method chosen, its findings
 * recorded. The store is left locked, for the Business Unit officer to sign in. Invented people only.
 */
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../../shared/working-days.ts';
import { addChild, createCase, createStoreWithOfficer, lock, referral } from './arrange-cases.ts';
import { call } from './preview-calls.ts';
import type { RunningPreview } from './preview.ts';
import { LOCAL_AUTHORITY, POLICE } from './stage-cases.ts';

export { OFFICER } from './arrange-cases.ts';
export { POLICE } from './stage-cases.ts';

export async function arrangeActionPlanCase(preview: RunningPreview): Promise<{ reference: string }> {
  await createStoreWithOfficer(preview);
  const day = (offset: number) => addCalendarDays(todayInLondon(), offset);
  const created = await createCase(preview, referral({ kindRequested: 'non-statutory-review', referralDate: day(-60), incidentDate: day(-62), agencies: [POLICE, LOCAL_AUTHORITY] }));
  const reference = created.summary.reference;
  await addChild(preview, reference, { givenNames: 'Rowan', familyName: 'Quillfeather' });
  const save = (record: Parameters<typeof call<'records.save'>>[2]['record']) => call(preview, 'records.save', { reference, id: null, record });
  const move = (to: Parameters<typeof call<'cases.move'>>[2]['to']) => call(preview, 'cases.move', { reference, to });

  await move('screening');
  await save({
    type: 'screening',
    data: {
      decidedOn: day(-57),
      decision: 'non-statutory-review',
      rationale: 'The criteria for a statutory review are not met, but there is learning for the partnership.',
      panel: [{ name: 'Dana Whitlow', organisation: POLICE }],
      scrutineerName: '',
      scrutineerComment: '',
      scrutineerCommentedOn: null,
    },
  });
  await move('method');
  await save({ type: 'method', data: { method: 'learning-event', chosenOn: day(-50), notes: '' } });
  await move('review');
  await move('report');
  await save({ type: 'findings', data: { summary: 'Information about the family’s move between areas was not passed on to the new school.', completedOn: day(-5) } });
  await move('action-plan');
  await lock(preview);
  return { reference };
}
