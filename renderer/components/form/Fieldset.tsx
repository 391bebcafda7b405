/**
 * The GOV.UK fieldset around a group of inputs (radios, checkboxes, the parts of a date): the
 * legend names the question, and the hint and error sit under it where the fieldset points.
 */
import type { ReactNode } from 'react';
import { describedBy } from '../FieldLabelling.tsx';

export interface FieldsetProps {
  readonly id: string;
  readonly legend: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /** role="group" for a date's parts, which are one answer rather than a choice. */
  readonly role?: 'group';
  readonly children: ReactNode;
}

export function Fieldset({ id, legend, hint, error, role, children }: FieldsetProps) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <fieldset className="govuk-fieldset" role={role} aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
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
        {children}
      </fieldset>
    </div>
  );
}

/** The first choice's id is the group's own, so an error summary link lands on it. */
export function choiceId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}
