import { QUALITY_RATING_LABELS } from '../../../shared/evidence/agency-summary.ts';
import type { SummaryView } from '../../../shared/evidence/evidence-view.ts';
import { formatTimestamp } from '../../case/components/format-timestamp.ts';

/** A summary's quality rating as recorded: the rating, why, and who rated it when. */
export function QualityRating({ summary }: { summary: SummaryView }) {
  const rating = summary.rating;
  if (rating === null) return <p className="govuk-body" data-testid="quality-rating">The Business Unit has not rated this summary yet.</p>;
  return (
    <div data-testid="quality-rating">
      <p className="govuk-body govuk-!-margin-bottom-1">
        Quality: <strong>{QUALITY_RATING_LABELS[rating.rating]}</strong>
      </p>
      {rating.note === '' ? null : (
        <p className="govuk-body govuk-!-margin-bottom-1" style={{ whiteSpace: 'pre-line' }}>
          {rating.note}
        </p>
      )}
      <p className="govuk-body-s prm-secondary-text">{`Rated by ${rating.ratedBy} on ${formatTimestamp(rating.ratedAt)}.`}</p>
    </div>
  );
}
