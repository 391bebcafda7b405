import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It takes focus when the screen appears, so a screen-reader or keyboard user
 * starts at the top of the new screen rather than wherever the last one left them.
 */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <h1 className="govuk-heading-l prm-page-heading" tabIndex={-1} ref={heading}>
      {caption === undefined ? null : <span className="govuk-caption-l">{caption}</span>}
      {children}
    </h1>
  );
}
