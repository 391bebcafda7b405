import type { MouseEvent } from 'react';

/** GOV.UK's skip link; it focuses the main content itself rather than changing the address. */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById('main-content')?.focus();
  };
  return (
    <a href="#main-content" className="govuk-skip-link" onClick={skip}>
      Skip to main content
    </a>
  );
}
