import type { ReactNode } from 'react';

/**
 * A section's heading on the case page. The page's h1 is the case itself, so each section starts
 * at h2; the optional lead paragraph says what the section is for in a sentence.
 */
export function SectionHeading({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <>
      <h2 className="govuk-heading-l" data-testid="section-heading">
        {children}
      </h2>
      {lead === undefined || lead === null ? null : <p className="govuk-body-l govuk-!-width-two-thirds">{lead}</p>}
    </>
  );
}
