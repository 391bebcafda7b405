import type { EvidenceView, SummaryView } from '../../../shared/evidence/evidence-view.ts';
import { formatTimestamp } from '../../case/components/format-timestamp.ts';
import type { UseEvidence } from '../use-evidence.ts';
import { QualityRating } from './QualityRating.tsx';
import { QualityRatingForm } from './QualityRatingForm.tsx';
import type { SummaryEditing } from './summary-editing.ts';
import { SummaryDetails } from './SummaryDetails.tsx';
import { SummaryForm } from './SummaryForm.tsx';
import { SummaryImportForm } from './SummaryImportForm.tsx';

export interface AgencySummaryCardProps {
  readonly view: EvidenceView;
  readonly agency: string;
  /** The index of the agency in the list, for element ids (agency names may hold any character). */
  readonly index: number;
  readonly summary: SummaryView | null;
  readonly applyResult: UseEvidence['applyResult'];
  readonly editing: SummaryEditing | null;
  readonly open: (key: SummaryEditing) => void;
  readonly close: () => void;
  readonly saved: (message: string) => void;
}

function savedWords(summary: SummaryView): string {
  const how = summary.source === 'imported' ? 'Imported from the agency’s workbook' : 'Entered';
  return `${how} by ${summary.savedBy} on ${formatTimestamp(summary.savedAt)}.`;
}

/** One agency's summary: received or awaited, what it says, its quality rating, and the ways to enter, import or rate it. */
export function AgencySummaryCard({ view, agency, index, summary, applyResult, editing, open, close, saved }: AgencySummaryCardProps) {
  const formProps = { view, agency, applyResult, onCancel: close, onSaved: saved };
  const hidden = <span className="govuk-visually-hidden">{` from ${agency}`}</span>;
  const button = (key: SummaryEditing, label: string) => (
    <button type="button" className="govuk-button govuk-button--secondary" onClick={() => open(key)}>
      {label}
      {hidden}
    </button>
  );

  return (
    <article className="govuk-!-margin-bottom-9" aria-labelledby={`summary-${index}-heading`} data-testid={`summary-${index}`}>
      <h3 className="govuk-heading-m" id={`summary-${index}-heading`}>
        {agency}{' '}
        <strong className={`govuk-tag ${summary === null ? 'govuk-tag--grey' : 'govuk-tag--green'} govuk-!-margin-left-1`} data-testid="summary-state">
          {summary === null ? 'Awaited' : 'Received'}
        </strong>
      </h3>
      {summary === null ? (
        <p className="govuk-body">{`No summary from ${agency} has been recorded yet.`}</p>
      ) : (
        <>
          <p className="govuk-body-s prm-secondary-text">{savedWords(summary)}</p>
          {editing === `enter:${agency}` ? null : (
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">
                  View the summary<span className="govuk-visually-hidden">{` from ${agency}`}</span>
                </span>
              </summary>
              <div className="govuk-details__text">
                <SummaryDetails form={summary.form} testId={`summary-details-${index}`} />
              </div>
            </details>
          )}
        </>
      )}
      {editing === `enter:${agency}` ? <SummaryForm {...formProps} initial={summary?.form ?? null} /> : null}
      {editing === `import:${agency}` ? <SummaryImportForm {...formProps} replaces={summary !== null} /> : null}
      {view.canEdit && editing === null ? (
        <div className="govuk-button-group">
          {button(`enter:${agency}`, summary === null ? 'Enter the summary' : 'Change the summary')}
          {button(`import:${agency}`, 'Import from the agency’s returned workbook')}
        </div>
      ) : null}
      {summary === null ? null : (
        <>
          <h4 className="govuk-heading-s">Quality of the summary</h4>
          {editing === `rate:${agency}` ? <QualityRatingForm {...formProps} summary={summary} /> : <QualityRating summary={summary} />}
          {view.canEdit && editing === null ? button(`rate:${agency}`, summary.rating === null ? 'Rate the quality' : 'Change the rating') : null}
        </>
      )}
    </article>
  );
}
