/**
 * Cases moved along through calls, so the stage-section tests start where they need to: a rapid
 * review at its meeting, or one that became an LCSPR. Invented people and organisations only.
 */
import type { CaseView } from '../../../shared/ipc/case-calls.ts';
import { addCalendarDays } from '../../../shared/working-days.ts';
import { addChild, createCase, referral } from './arrange-cases.ts';
import { call } from './preview-calls.ts';
import type { RunningPreview } from './preview.ts';

export const POLICE = 'Greater Manchester Police';
export const LOCAL_AUTHORITY = "Salford City Council Children's Services";
export const HEALTH = 'NHS GM ICB Salford locality';

/** A rapid review with its child, referred `daysAgo` days ago, still at the referral stage. */
export async function rapidReviewCase(preview: RunningPreview, today: string, daysAgo: number): Promise<CaseView> {
  const created = await createCase(preview, referral({ referralDate: addCalendarDays(today, -daysAgo), incidentDate: addCalendarDays(today, -daysAgo - 1) }));
  await addChild(preview, created.summary.reference, { givenNames: 'Rowan', familyName: 'Quillfeather' });
  return created;
}

/** A rapid review taken through screening, a quorate meeting deciding on an LCSPR, its endorsements and the National Panel, into LCSPR set-up. */
export async function lcsprCase(preview: RunningPreview, today: string): Promise<CaseView> {
  const created = await rapidReviewCase(preview, today, 30);
  const reference = created.summary.reference;
  const day = (offset: number) => addCalendarDays(today, offset);
  const save = (record: Parameters<typeof call<'records.save'>>[2]['record']) => call(preview, 'records.save', { reference, id: null, record });

  await call(preview, 'cases.move', { reference, to: 'screening' });
  await save({
    type: 'screening',
    data: { decidedOn: day(-28), decision: 'rapid-review', rationale: 'The criteria are met.', panel: [{ name: 'Dana Whitlow', organisation: POLICE }], scrutineerName: '', scrutineerComment: '', scrutineerCommentedOn: null },
  });
  await call(preview, 'cases.move', { reference, to: 'information-gathering' });
  const chair = { name: 'Ines Farrow', organisation: LOCAL_AUTHORITY };
  const withMeeting = await save({
    type: 'meeting',
    data: {
      meetingKind: 'rapid-review',
      heldOn: day(-10),
      startsAt: '10:00',
      chair,
      attendees: [chair, { name: 'Dana Whitlow', organisation: POLICE }, { name: 'Kit Ambrose', organisation: HEALTH }],
      papersSharedOn: day(-12),
      papersSharedAt: '09:00',
      outcome: 'lcspr',
      outcomeRationale: 'Agencies did not share what they knew.',
      nationalReviewMayBeAppropriate: false,
    },
  });
  const meetingId = withMeeting.records.find((record) => record.type === 'meeting')!.id;
  await call(preview, 'cases.move', { reference, to: 'rapid-review-meeting' });
  const endorsers = [
    ['scrutineer', 'Lee Marchetti', 'Business Unit'],
    ['local-authority', 'Ines Farrow', LOCAL_AUTHORITY],
    ['police', 'Dana Whitlow', POLICE],
    ['health', 'Kit Ambrose', HEALTH],
  ] as const;
  for (const [capacity, name, organisation] of endorsers) {
    await save({ type: 'endorsement', data: { meetingId, capacity, person: { name, organisation }, endorses: true, recordedOn: day(-9) } });
  }
  await call(preview, 'cases.move', { reference, to: 'national-panel' });
  await save({ type: 'notification', data: { laAwareOn: day(-29), notifiedOn: day(-27), notificationReference: 'SIN-0042' } });
  await save({ type: 'panel-response', data: { reportSentOn: day(-8), respondedOn: day(-5), response: 'agrees', comments: '' } });
  return call(preview, 'cases.move', { reference, to: 'lcspr-set-up' });
}
