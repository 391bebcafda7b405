/**
 * GOV.UK's notification banner for what was just done on the Backups tab, taking focus when it
 * appears (the form or button that caused it may have changed under the person). Its title's id
 * is its own, since a backup, a check and a restore may each leave one on the page.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ResultBannerProps {
  readonly heading: string;
  /** A success, or something the person needs to act on (a failed check). */
  readonly kind: 'success' | 'important';
  readonly testId: string;
  readonly children?: ReactNode;
}

export function ResultBanner({ heading, kind, testId, children }: ResultBannerProps) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    box.current?.focus();
  }, [heading]);
  return (
    <div
      className={`govuk-notification-banner${kind === 'success' ? ' govuk-notification-banner--success' : ''}`}
      role={kind === 'success' ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabIndex={-1}
      ref={box}
      data-testid={testId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {kind === 'success' ? 'Success' : 'Important'}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
