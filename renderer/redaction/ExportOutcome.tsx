/** What an export came to: the file saved, and what main's check of its bytes found (nothing, or it would have refused). */
import { useEffect, useRef } from 'react';
import { RedactionSummaryTable } from './RedactionSummaryTable.tsx';
import type { ExportDone } from './use-report-export.ts';

export function ExportOutcome({ done }: { readonly done: ExportDone }) {
  const box = useRef<HTMLDivElement>(null);
  // The outcome takes focus, so a keyboard or screen-reader user is told it at once.
  useEffect(() => {
    box.current?.focus();
  }, [done]);
  const { result, format } = done;
  const pages = result.pages === null ? '' : `, ${result.pages.toLocaleString('en-GB')} ${result.pages === 1 ? 'page' : 'pages'}`;
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="status" tabIndex={-1} ref={box} aria-labelledby="export-outcome-title" data-testid="export-outcome">
      <div className="govuk-notification-banner__header">
        <h4 className="govuk-notification-banner__title" id="export-outcome-title">
          Exported
        </h4>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{`${result.fileName} has been downloaded (${format === 'pdf' ? 'PDF' : 'Word'}${pages}).`}</p>
        <p className="govuk-body" data-testid="export-checked">{`Checked ${result.checkedCharacters.toLocaleString('en-GB')} characters of the file’s text; 0 identifiers found.`}</p>
        <RedactionSummaryTable summary={result.summary} caption="What redaction replaced in this file" />
      </div>
    </div>
  );
}
