/** GOV.UK warning text: the "!" icon and a bold sentence, read by a screen reader as a warning. */
import type { ReactNode } from 'react';

export function WarningText({ children, testId }: { readonly children: ReactNode; readonly testId?: string }) {
  return (
    <div className="govuk-warning-text" data-testid={testId}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}
