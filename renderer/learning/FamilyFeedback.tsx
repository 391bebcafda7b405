/**
 * The family's feedback on whether the review was sensitive to them (policy: involving the child
 * and family), one entry each time they give it; the annual figures count it.
 */
import { useState } from 'react';
import type { z } from 'zod';
import { FAMILY_SENSITIVITY_LABELS, type familyFeedbackView } from '../../shared/learning/learning.ts';
import { formatDate } from '../components/format-date.ts';
import type { CaseLearningPartProps } from './case-learning-part.ts';
import { FamilyFeedbackForm } from './FamilyFeedbackForm.tsx';

type Feedback = z.infer<typeof familyFeedbackView>;

export function FamilyFeedback({ view, applyResult, onOutcome }: CaseLearningPartProps) {
  // undefined: no form open; null: recording new feedback; a record: changing it.
  const [editing, setEditing] = useState<Feedback | null | undefined>(undefined);
  const entries = [...view.familyFeedback].sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.id - a.id);
  return (
    <section aria-labelledby="family-feedback-heading" data-testid="family-feedback">
      <h3 className="govuk-heading-m govuk-!-margin-top-6" id="family-feedback-heading">
        Family feedback
      </h3>
      {entries.length === 0 ? (
        <p className="govuk-body" data-testid="family-feedback-none">
          No feedback from the family has been recorded.
        </p>
      ) : (
        entries.map((entry) => (
          <div className="govuk-summary-card" key={entry.id} data-testid="family-feedback-entry">
            <div className="govuk-summary-card__title-wrapper">
              <h4 className="govuk-summary-card__title">{`Feedback given on ${formatDate(entry.receivedOn)}`}</h4>
            </div>
            <div className="govuk-summary-card__content">
              <dl className="govuk-summary-list govuk-!-margin-bottom-0">
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Was the review sensitive to them?</dt>
                  <dd className="govuk-summary-list__value">{FAMILY_SENSITIVITY_LABELS[entry.sensitive]}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">What the family said</dt>
                  <dd className="govuk-summary-list__value" style={{ whiteSpace: 'pre-line' }}>
                    {entry.comments === '' ? <span className="prm-secondary-text">Not recorded</span> : entry.comments}
                  </dd>
                </div>
              </dl>
              {view.canChange && editing === undefined ? (
                <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-top-4 govuk-!-margin-bottom-0" onClick={() => setEditing(entry)}>
                  Change<span className="govuk-visually-hidden">{` the feedback given on ${formatDate(entry.receivedOn)}`}</span>
                </button>
              ) : null}
            </div>
          </div>
        ))
      )}
      {editing === undefined ? (
        view.canChange ? (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setEditing(null)}>
            Record the family’s feedback
          </button>
        ) : null
      ) : (
        <FamilyFeedbackForm
          key={editing?.id ?? 'new'}
          reference={view.reference}
          initial={editing}
          applyResult={applyResult}
          onCancel={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            onOutcome('The family’s feedback has been saved.');
          }}
        />
      )}
    </section>
  );
}
