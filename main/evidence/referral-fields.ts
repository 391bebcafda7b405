/**
 * The referral as labelled fields for the meeting pack, with the labels and order of the case
 * page's referral summary (renderer/referral/ReferralSummary.tsx), so the pack reads like the
 * screen the Business Unit already knows.
 */
import { CASE_KIND_LABELS } from '../../shared/case-kinds.ts';
import type { RecordData } from '../../shared/reviews/records.ts';
import { dateInWords } from '../exports/pdf/date-words.ts';
import type { LabelledValue } from '../exports/pdf/pdf-inputs.ts';

export const NOT_RECORDED = 'Not recorded';

const HARM_WORDS = { death: 'The child died', 'serious-harm': 'The child was seriously harmed', neither: 'Neither' } as const;

export const textOrNotRecorded = (text: string): string => (text.trim() === '' ? NOT_RECORDED : text);

export function referralFields(referral: RecordData<'referral'>): LabelledValue[] {
  const fields: LabelledValue[] = [
    { label: 'Kind of review requested', value: CASE_KIND_LABELS[referral.kindRequested] },
    { label: 'Referrer', value: `${referral.referrerName} (${referral.referrerAgency})` },
    { label: 'Incident date', value: dateInWords(referral.incidentDate) },
    { label: 'Referral received', value: dateInWords(referral.referralDate) },
    { label: 'Died or seriously harmed', value: HARM_WORDS[referral.criteriaDeathOrSeriousHarm] },
    { label: 'Abuse or neglect known or suspected', value: referral.criteriaAbuseOrNeglect ? 'Yes' : 'No' },
    { label: 'Safeguarding lead or PRSG member consulted', value: referral.leadConsulted ? (referral.leadConsultedName.trim() === '' ? 'Yes' : `Yes: ${referral.leadConsultedName}`) : 'No' },
    { label: 'Child and family consulted and prepared', value: referral.familyConsulted ? 'Yes' : referral.familyNotConsultedReason.trim() === '' ? 'No' : `No: ${referral.familyNotConsultedReason}` },
    { label: 'About the child', value: textOrNotRecorded(referral.aboutTheChild) },
    { label: 'What happened', value: textOrNotRecorded(referral.whatHappened) },
    { label: 'Why there may be learning', value: textOrNotRecorded(referral.whyLearning) },
    { label: 'Immediate safety actions', value: textOrNotRecorded(referral.immediateSafetyActions) },
    { label: 'Agencies involved', value: referral.agencies.length === 0 ? NOT_RECORDED : referral.agencies.join(', ') },
  ];
  const good = referral.goodOutcome;
  if (good !== null) {
    fields.push(
      { label: 'The child’s lived experience, and how we know it improved', value: textOrNotRecorded(good.livedExperience) },
      { label: 'The steps taken', value: textOrNotRecorded(good.stepsTaken) },
      { label: 'What was happening before, and why change was needed', value: textOrNotRecorded(good.before) },
      { label: 'The barriers, and how they were overcome', value: textOrNotRecorded(good.barriers) },
      { label: 'The evaluated effect', value: textOrNotRecorded(good.effect) },
      { label: 'The learning for others', value: textOrNotRecorded(good.learning) },
    );
  }
  return fields;
}
