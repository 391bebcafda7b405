import { useEffect, useRef } from 'react';

/**
 * The heading of a form opened in place ("Change the referral", "Add a person"). It takes focus
 * when the form opens, since the button that opened it has gone, and tells a screen-reader user
 * where they now are.
 */
export function FormHeading({ children, level = 3 }: { children: string; level?: 2 | 3 }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return level === 2 ? (
    <h2 className="govuk-heading-m prm-page-heading" tabIndex={-1} ref={heading}>
      {children}
    </h2>
  ) : (
    <h3 className="govuk-heading-m prm-page-heading" tabIndex={-1} ref={heading}>
      {children}
    </h3>
  );
}
