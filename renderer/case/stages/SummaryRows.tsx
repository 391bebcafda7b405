import type { ReactNode } from 'react';

export interface SummaryRow {
  readonly key: string;
  readonly value: ReactNode;
}

/** A GOV.UK summary list of what a record holds. Long text keeps its line breaks. */
export function SummaryRows({ rows, testId }: { rows: readonly SummaryRow[]; testId?: string }) {
  return (
    <dl className="govuk-summary-list" data-testid={testId}>
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value" style={{ whiteSpace: 'pre-line' }}>
            {row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
