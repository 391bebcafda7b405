/**
 * Policy 17: the Business Unit sets the date of the review meeting at the same time as the
 * requests for information go out. Shown while the case has no meeting recorded.
 */
import type { Navigate } from '../../session/places.ts';

export function MeetingDateHint({ reference, navigate }: { reference: string; navigate: Navigate }) {
  return (
    <div className="govuk-inset-text" data-testid="meeting-date-hint">
      <p className="govuk-body">
        The meeting date is not set yet. The policy sets the date of the review meeting at the same time as the requests for information go out (policy 17), so the
        papers can be shared in time.
      </p>
      <p className="govuk-body">
        <a
          className="govuk-link"
          href="#meetings"
          onClick={(event) => {
            event.preventDefault();
            navigate({ name: 'case', reference, section: 'meetings' });
          }}
        >
          Add the meeting
        </a>
      </p>
    </div>
  );
}
