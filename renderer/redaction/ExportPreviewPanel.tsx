/**
 * The first pages of an export as they will print, redacted: how it is marked, then its title
 * and sections on a sheet, then what redaction replaced. Headings inside the sheet are styled, not marked up
 * as headings, so the page's own outline stays the section's.
 */
import type { ExportPreview } from '../../shared/reports/export-result.ts';
import { WarningText } from '../components/WarningText.tsx';
import { undecidedWords } from './candidate-words.ts';
import { RedactionSummaryTable } from './RedactionSummaryTable.tsx';

export function ExportPreviewPanel({ preview }: { readonly preview: ExportPreview }) {
  return (
    <div data-testid="export-preview">
      <h4 className="govuk-heading-s">Preview of the first pages</h4>
      {preview.undecided > 0 ? <WarningText>{`${undecidedWords(preview.undecided)}: it cannot be exported until each is redacted or dismissed.`}</WarningText> : null}
      {preview.marking === '' ? null : (
        <p className="govuk-body" data-testid="preview-marking">
          <span className="govuk-!-font-weight-bold">Marking:</span> {preview.marking}
        </p>
      )}
      <div className="prm-print-preview" role="region" aria-label={`Preview: ${preview.title}`} data-testid="print-preview">
        <p className="govuk-heading-l prm-print-preview__title">{preview.title}</p>
        {preview.subtitle === '' ? null : <p className="govuk-body-l">{preview.subtitle}</p>}
        {preview.sections.map((section, index) => (
          <div key={`${index}:${section.heading}`}>
            <p className="govuk-heading-s govuk-!-margin-top-6">{section.heading}</p>
            {section.paragraphs.map((paragraph, at) => (
              <p className="govuk-body" key={at}>
                {paragraph}
              </p>
            ))}
          </div>
        ))}
      </div>
      <RedactionSummaryTable summary={preview.summary} caption="How many of each identifier were replaced" />
    </div>
  );
}
