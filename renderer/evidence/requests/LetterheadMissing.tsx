import type { Navigate } from '../../session/places.ts';

/**
 * Said once, above the requests, while no letterhead is set: letters cannot be made without one,
 * and only an administrator can set it, so the person is told where and by whom.
 */
export function LetterheadMissing({ navigate }: { navigate: Navigate }) {
  return (
    <div className="govuk-inset-text" data-testid="letterhead-missing">
      <p className="govuk-body">Request letters cannot be made yet, because the partnership’s letterhead has not been set.</p>
      <p className="govuk-body">
        An administrator sets it in{' '}
        <a
          className="govuk-link"
          href="#policy"
          onClick={(event) => {
            event.preventDefault();
            navigate({ name: 'policy' });
          }}
        >
          Policy settings
        </a>
        , under Letterhead.
      </p>
    </div>
  );
}
