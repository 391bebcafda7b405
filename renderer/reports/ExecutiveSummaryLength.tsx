/**
 * How long the executive summary is as printed: a warning when it runs past two A4 pages
 * (policy: a short summary), otherwise its page count. Main measures it on the version last
 * saved, by laying it out as the PDF would, so the words say "as saved".
 */
import { EXECUTIVE_SUMMARY_MAX_PAGES } from '../../shared/reports/report-document.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { WarningText } from '../components/WarningText.tsx';

function pagesPhrase(pages: number): string {
  return pages === 1 ? '1 page' : `${pages} pages`;
}

export function ExecutiveSummaryLength({ length, saved }: { readonly length: ReportsView['executiveSummary']; readonly saved: boolean }) {
  if (length.tooLong) {
    return (
      <WarningText testId="executive-summary-too-long">{`The executive summary takes ${pagesPhrase(length.pages)} as printed. Keep it to ${EXECUTIVE_SUMMARY_MAX_PAGES} pages or fewer.`}</WarningText>
    );
  }
  if (!saved || length.pages === 0) return null;
  return (
    <p className="govuk-body-s prm-secondary-text" data-testid="executive-summary-pages">
      {`As last saved, the executive summary takes ${pagesPhrase(length.pages)} as printed (at most ${EXECUTIVE_SUMMARY_MAX_PAGES}).`}
    </p>
  );
}
