import { CASE_KIND_LABELS } from '../../shared/case-kinds.ts';
import type { RecordData } from '../../shared/reviews/records.ts';
import { formatDate } from '../components/format-date.ts';
import { NOT_RECORDED, SummaryList, textOrNotRecorded, yesNoText, type SummaryRow } from '../case/components/SummaryList.tsx';

const HARM_WORDS = { death: 'The child died', 'serious-harm': 'The child was seriously harmed', neither: 'Neither' } as const;

/** The referral as recorded, one row per question, in the order the form asks them. */
export function ReferralSummary({ referral }: { referral: RecordData<'referral'> }) {
  const rows: SummaryRow[] = [
    { label: 'Kind of review requested', value: CASE_KIND_LABELS[referral.kindRequested] },
    { label: 'Referrer', value: `${referral.referrerName} (${referral.referrerAgency})` },
    { label: 'Incident date', value: formatDate(referral.incidentDate) },
    { label: 'Referral received', value: formatDate(referral.referralDate) },
    { label: 'Died or seriously harmed', value: HARM_WORDS[referral.criteriaDeathOrSeriousHarm] },
    { label: 'Abuse or neglect known or suspected', value: yesNoText(referral.criteriaAbuseOrNeglect) },
    { label: 'Safeguarding lead or PRSG member consulted', value: referral.leadConsulted ? (referral.leadConsultedName === '' ? 'Yes' : `Yes: ${referral.leadConsultedName}`) : 'No' },
    { label: 'Child and family consulted and prepared', value: referral.familyConsulted ? 'Yes' : referral.familyNotConsultedReason === '' ? 'No' : `No: ${referral.familyNotConsultedReason}` },
    { label: 'About the child', value: textOrNotRecorded(referral.aboutTheChild) },
    { label: 'What happened', value: textOrNotRecorded(referral.whatHappened) },
    { label: 'Why there may be learning', value: textOrNotRecorded(referral.whyLearning) },
    { label: 'Immediate safety actions', value: textOrNotRecorded(referral.immediateSafetyActions) },
    {
      label: 'Agencies involved',
      value:
        referral.agencies.length === 0 ? (
          NOT_RECORDED
        ) : (
          <ul className="govuk-list govuk-!-margin-bottom-0">
            {referral.agencies.map((agency) => (
              <li key={agency}>{agency}</li>
            ))}
          </ul>
        ),
    },
  ];
  const good = referral.goodOutcome;
  if (good !== null) {
    rows.push(
      { label: 'The child’s lived experience, and how we know it improved', value: textOrNotRecorded(good.livedExperience) },
      { label: 'The steps taken', value: textOrNotRecorded(good.stepsTaken) },
      { label: 'What was happening before, and why change was needed', value: textOrNotRecorded(good.before) },
      { label: 'The barriers, and how they were overcome', value: textOrNotRecorded(good.barriers) },
      { label: 'The evaluated effect', value: textOrNotRecorded(good.effect) },
      { label: 'The learning for others', value: textOrNotRecorded(good.learning) },
    );
  }
  return <SummaryList rows={rows} testId="referral-summary" />;
}
