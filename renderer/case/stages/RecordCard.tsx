import type { ReactNode } from 'react';
import type { RecordView } from '../../../shared/reviews/records.ts';
import { RecordMeta } from '../components/RecordMeta.tsx';
import type { SectionProps } from '../section-props.ts';
import { RemoveRecord } from './RemoveRecord.tsx';
import { SummaryRows, type SummaryRow } from './SummaryRows.tsx';

export interface RecordCardProps {
  readonly title: string;
  /** h3 for a section's list, h4 inside a meeting. */
  readonly level?: 3 | 4;
  readonly rows: readonly SummaryRow[];
  readonly record: RecordView;
  /** Given only when the person may change the case. */
  readonly onChange?: (() => void) | undefined;
  readonly removeRecord?: SectionProps['removeRecord'] | undefined;
  readonly testId?: string;
  readonly children?: ReactNode;
}

/** One item of a list record (a declaration, an endorsement …) as a GOV.UK summary card, with who entered it and for whom. */
export function RecordCard({ title, level = 3, rows, record, onChange, removeRecord, testId, children }: RecordCardProps) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="govuk-summary-card" data-testid={testId}>
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{title}</Heading>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryRows rows={rows} />
        <RecordMeta record={record} />
        {children}
        {onChange === undefined && removeRecord === undefined ? null : (
          <div className="govuk-button-group govuk-!-margin-bottom-0">
            {onChange === undefined ? null : (
              <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onClick={onChange}>
                Change<span className="govuk-visually-hidden"> {title}</span>
              </button>
            )}
            {removeRecord === undefined ? null : <RemoveRecord id={record.id} what={title} removeRecord={removeRecord} />}
          </div>
        )}
      </div>
    </div>
  );
}
