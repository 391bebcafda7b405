/**
 * The "Securing files" section before any agency has been sent a request for information: the
 * request letter is where securing is asked for (policy 16), so the way on is the requests.
 */
import type { Navigate } from '../session/places.ts';

export function NoAgencyAsked({ reference, navigate }: { reference: string; navigate: Navigate }) {
  return (
    <div data-testid="securing-empty">
      <p className="govuk-body">No agency has been asked for information yet.</p>
      <p className="govuk-body">
        The request for information asks an agency to secure its files. Send the requests first, then record here each agency’s confirmation.{' '}
        <a
          className="govuk-link"
          href="#requests"
          onClick={(event) => {
            event.preventDefault();
            navigate({ name: 'case', reference, section: 'requests' });
          }}
        >
          Go to information requests
        </a>
      </p>
    </div>
  );
}
