import { useEffect, useRef, type MouseEvent } from 'react';
import type { FieldError } from './field-errors.ts';

/**
 * GOV.UK's error summary. Each new set of errors takes focus, so the problem is the first thing
 * read out; a link moves focus to its field (without touching the address bar) and brings the
 * field's label into view with it.
 */
export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;

  const goToField = (event: MouseEvent<HTMLAnchorElement>, field: string) => {
    event.preventDefault();
    const input = document.getElementById(field);
    if (input === null) return;
    const label = document.querySelector(`label[for="${CSS.escape(field)}"]`) ?? input;
    label.scrollIntoView();
    input.focus({ preventScroll: true });
  };

  return (
    <div className="govuk-error-summary" tabIndex={-1} ref={summary} data-testid="error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.field ?? ''}:${error.message}`}>
                {error.field === undefined ? (
                  error.message
                ) : (
                  <a href={`#${error.field}`} onClick={(event) => goToField(event, error.field!)}>
                    {error.message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
