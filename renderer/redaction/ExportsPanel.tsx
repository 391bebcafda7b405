/**
 * Exports: choose what to make, preview its first pages with what redaction replaced, and
 * download it as PDF or Word. Each file is checked by main for identifiers after it is written
 * and before it is handed over; a draft can also go to an agency as a sealed bundle.
 */
import { useState, type FormEvent } from 'react';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { EXPORT_KIND_LABELS, type ExportKind } from '../../shared/reports/report-document.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor } from '../components/field-errors.ts';
import { Radios, type ChoiceOption } from '../components/form/Radios.tsx';
import type { Navigate } from '../session/places.ts';
import { DraftRecipientFields } from './DraftRecipientFields.tsx';
import { ExportOutcome } from './ExportOutcome.tsx';
import { ExportPreviewPanel } from './ExportPreviewPanel.tsx';
import { choiceOf, NO_ANSWERS, type ExportAnswers } from './export-choice.ts';
import { SendDraftBundle } from './SendDraftBundle.tsx';
import { useReportExport } from './use-report-export.ts';

const KIND_HINTS: Readonly<Record<ExportKind, string>> = {
  publication: 'Pseudonymised, for the partnership’s website: no watermark, no protective marking, neutral document properties',
  draft: 'Redacted, for one person to check for factual accuracy: DRAFT across every page, OFFICIAL-SENSITIVE, their name on every page',
  'rapid-review': 'In the National Panel’s structure, marked OFFICIAL-SENSITIVE',
  briefing: 'Seven numbered sections on one or two pages',
};

const WORKING_WORDS = { preview: 'Preparing the preview…', pdf: 'Checking the file for identifiers…', docx: 'Checking the file for identifiers…' } as const;

export interface ExportsPanelProps {
  readonly view: ReportsView;
  /** The case's agencies, suggested for a draft's recipient. */
  readonly agencies: readonly string[];
  /** Fetches the view again (a draft adds a row to the distribution register). */
  readonly onExported: () => void;
  readonly navigate: Navigate;
}

export function ExportsPanel({ view, agencies, onExported, navigate }: ExportsPanelProps) {
  const exporting = useReportExport(onExported);
  const [answers, setAnswers] = useState<ExportAnswers>(NO_ANSWERS);
  const kinds: ChoiceOption[] = (['publication', 'draft', 'rapid-review', 'briefing'] as const)
    .filter((kind) => (kind === 'rapid-review' ? view.hasRapidReview : kind === 'briefing' ? view.briefing !== null : true))
    .map((kind) => ({ value: kind, label: EXPORT_KIND_LABELS[kind], hint: KIND_HINTS[kind] }));
  const change = (next: ExportAnswers) => {
    setAnswers(next);
    exporting.forget();
  };
  const choice = choiceOf(view.reference, answers);
  const preview = (event: FormEvent) => {
    event.preventDefault();
    void exporting.showPreview(choice);
  };
  const busy = exporting.working !== null;
  const fieldError = (field: string) => errorFor(exporting.errors, field);

  return (
    <div data-testid="exports">
      <form noValidate onSubmit={preview} data-testid="export-form">
        <ErrorSummary errors={exporting.errors} />
        <Radios id="kind" legend="What do you want to export?" value={answers.kind} onChange={(kind) => change({ ...answers, kind: kind as ExportKind })} options={kinds} error={fieldError('kind')} />
        {answers.kind === 'draft' ? <DraftRecipientFields answers={answers} onChange={change} agencies={agencies} errorFor={fieldError} /> : null}
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary" aria-disabled={busy}>
            Preview
          </button>
          <button type="button" className="govuk-button" aria-disabled={busy} onClick={() => void exporting.download(choice, 'pdf')}>
            Download PDF
          </button>
          <button type="button" className="govuk-button" aria-disabled={busy} onClick={() => void exporting.download(choice, 'docx')}>
            Download Word (.docx)
          </button>
        </div>
        <p className="govuk-body prm-status" role="status" data-testid="export-status">
          {exporting.working === null ? '' : WORKING_WORDS[exporting.working]}
        </p>
      </form>
      {exporting.done === null ? null : <ExportOutcome done={exporting.done} />}
      {exporting.preview === null ? null : <ExportPreviewPanel preview={exporting.preview} />}
      {answers.kind === 'draft' ? <SendDraftBundle reference={view.reference} answers={answers} onSent={onExported} navigate={navigate} /> : null}
    </div>
  );
}
