import type { ReactNode } from 'react';

export interface SummaryRow {
  readonly label: string;
  readonly value: ReactNode;
}

/** A blank answer, said in words rather than left as an empty cell. */
export const NOT_RECORDED = <span className="prm-secondary-text">Not recorded</span>;

/** Text as entered, or "Not recorded"; long text keeps its line breaks. */
export function textOrNotRecorded(text: string | null | undefined): ReactNode {
  if (text === null || text === undefined || text.trim() === '') return NOT_RECORDED;
  return <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;
}

export function yesNoText(value: boolean | null | undefined): ReactNode {
  if (value === null || value === undefined) return NOT_RECORDED;
  return value ? 'Yes' : 'No';
}

/** GOV.UK's summary list: a record's answers, one row per question. */
export function SummaryList({ rows, testId }: { rows: readonly SummaryRow[]; testId?: string }) {
  return (
    <dl className="govuk-summary-list" data-testid={testId}>
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.label}>
          <dt className="govuk-summary-list__key">{row.label}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
