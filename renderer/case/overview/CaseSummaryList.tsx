import { CASE_KIND_LABELS, CASE_STAGE_LABELS } from '../../../shared/case-kinds.ts';
import type { CaseView } from '../../../shared/ipc/case-calls.ts';
import { formatDate } from '../../components/format-date.ts';
import { NOT_RECORDED, SummaryList } from '../components/SummaryList.tsx';

/** The case at a glance: what it is, where it has got to, and who is involved. */
export function CaseSummaryList({ view }: { view: CaseView }) {
  const { summary } = view;
  return (
    <SummaryList
      testId="case-summary"
      rows={[
        { label: 'Reference', value: summary.reference },
        { label: 'Kind of review', value: CASE_KIND_LABELS[summary.kind] },
        { label: 'Stage', value: CASE_STAGE_LABELS[summary.stage] },
        { label: 'Incident date', value: summary.incidentDate === null ? NOT_RECORDED : formatDate(summary.incidentDate) },
        { label: 'Referral received', value: formatDate(summary.referralDate) },
        {
          label: 'Agencies involved',
          value:
            summary.agencies.length === 0 ? (
              NOT_RECORDED
            ) : (
              <ul className="govuk-list govuk-!-margin-bottom-0">
                {summary.agencies.map((agency) => (
                  <li key={agency}>{agency}</li>
                ))}
              </ul>
            ),
        },
        ...(summary.closedOn === null ? [] : [{ label: 'Closed on', value: formatDate(summary.closedOn) }]),
      ]}
    />
  );
}
