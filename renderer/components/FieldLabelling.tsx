/**
 * What every GOV.UK field shows above its box: the label, an optional hint and the error
 * message, with the ids that the box's aria-describedby points at.
 */
import type { ReactNode } from 'react';

interface FieldLabellingProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
}

export function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint === undefined || hint === null ? null : `${id}-hint`, error === undefined ? null : `${id}-error`].filter((part) => part !== null);
  return ids.length === 0 ? undefined : ids.join(' ');
}

export function FieldLabelling({ id, label, hint, error }: FieldLabellingProps) {
  return (
    <>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint === undefined || hint === null ? null : (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error === undefined ? null : (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
    </>
  );
}
