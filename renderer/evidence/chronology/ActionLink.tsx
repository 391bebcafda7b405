import type { MouseEvent, ReactNode } from 'react';

/**
 * A summary card's or list's action ("Import a chronology", "Undo"), as GOV.UK shows them: a
 * link, which changes what this page shows without changing its address (as the pagination does).
 */
export function ActionLink({ href, onClick, children }: { href: string; onClick: () => void; children: ReactNode }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onClick();
  };
  return (
    <a className="govuk-link" href={`#${href}`} onClick={follow}>
      {children}
    </a>
  );
}
