import type { RecordData } from '../../shared/reviews/records.ts';
import { referralAnswers } from '../../shared/reviews/referral-answers.ts';
import { formatDate } from '../components/format-date.ts';
import { SummaryList, textOrNotRecorded, type SummaryRow } from '../case/components/SummaryList.tsx';

/** The referral as recorded, one row per question, in the order the form asks them. */
export function ReferralSummary({ referral }: { referral: RecordData<'referral'> }) {
  const rows: SummaryRow[] = referralAnswers(referral, formatDate).map(({ label, answer, items }) => ({
    label,
    value:
      items !== undefined && items.length > 0 ? (
        <ul className="govuk-list govuk-!-margin-bottom-0">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : (
        textOrNotRecorded(answer)
      ),
  }));
  return <SummaryList rows={rows} testId="referral-summary" />;
}
