import { useEffect, useRef } from 'react';

export interface ConfirmRemoveProps {
  /** What would go, in a phrase: "Child A (Jamie Smith)". */
  readonly what: string;
  /** What removing it means, if more than that it goes. */
  readonly consequence?: string;
  readonly removing: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * The confirmation step before removing something from a case: removing is not undone here,
 * so the person says yes twice. It takes focus, so a keyboard or screen-reader user is asked.
 */
export function ConfirmRemove({ what, consequence, removing, onConfirm, onCancel }: ConfirmRemoveProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="confirm-remove-title" tabIndex={-1} ref={box} data-testid="confirm-remove">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="confirm-remove-title">
          Check before removing
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{`Are you sure you want to remove ${what}?`}</p>
        {consequence === undefined ? null : <p className="govuk-body">{consequence}</p>}
        <div className="govuk-button-group">
          <button type="button" className="govuk-button govuk-button--warning" onClick={onConfirm} aria-disabled={removing}>
            {removing ? 'Removing…' : 'Yes, remove'}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            No, keep it
          </button>
        </div>
      </div>
    </div>
  );
}
