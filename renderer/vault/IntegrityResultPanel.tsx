/**
 * The answer of an integrity check just run: every file re-hashed against the fingerprint taken
 * when it was added. Intact is said plainly; damage names each file and says what to do.
 */
import { useEffect, useRef } from 'react';
import type { IntegrityResult } from '../../shared/vault/secured-files.ts';
import { integrityByline, integrityHeadline } from './integrity-words.ts';

export function IntegrityResultPanel({ agency, result }: { agency: string; result: IntegrityResult }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [result]);
  if (result.damaged.length === 0) {
    return (
      <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" tabIndex={-1} ref={box} aria-labelledby="integrity-title" data-testid="integrity-result">
        <div className="govuk-notification-banner__header">
          <h4 className="govuk-notification-banner__title" id="integrity-title">
            Integrity check
          </h4>
        </div>
        <div className="govuk-notification-banner__content">
          <p className="govuk-notification-banner__heading">{integrityHeadline(result)}</p>
          <p className="govuk-body">{`Every file matches the SHA-256 fingerprint taken when it was added. ${integrityByline(result)}.`}</p>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-error-summary" tabIndex={-1} ref={box} data-testid="integrity-result">
      <div role="alert">
        <h4 className="govuk-error-summary__title">{integrityHeadline(result)}</h4>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">These files no longer match the fingerprint taken when they were added, or can no longer be opened:</p>
          <ul className="govuk-list govuk-list--bullet" data-testid="integrity-damaged">
            {result.damaged.map((file) => (
              <li key={file.id}>{file.path}</li>
            ))}
          </ul>
          <p className="govuk-body">{`Do not rely on these files. Tell ${agency}’s information governance lead, and ask the agency to secure them again from its own systems.`}</p>
          <p className="govuk-body govuk-!-margin-bottom-0">{`${integrityByline(result)}.`}</p>
        </div>
      </div>
    </div>
  );
}
