/**
 * Adding one finding of the case discussion to the report: the reviewer chooses the section
 * (a likely one is chosen already), and main adds it there as a new version of the report.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { REPORT_CALLS } from '../../shared/ipc/report-calls.ts';
import type { Result } from '../../shared/errors.ts';
import { REPORT_SECTION_TITLES, REPORT_SECTIONS, type ReportSectionKey } from '../../shared/reports/report-document.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { Select } from '../components/form/Select.tsx';
import { useApi } from '../session/api-context.tsx';
import { defaultSectionFor } from './discussion-frames.ts';
import { useFormSave } from './use-form-save.ts';

/** Main's problem with the section is shown on this form's select. */
const onScreen = (field: string) => (field === 'section' ? 'pull-section' : field);

const SECTION_OPTIONS = REPORT_SECTIONS.map((key) => ({ value: key, label: REPORT_SECTION_TITLES[key] }));

export interface PullFindingFormProps {
  readonly view: ReportsView;
  /** "kolb.doDifferently.2". */
  readonly finding: string;
  /** The finding's text, shortened: said in the form's label. */
  readonly what: string;
  readonly applyResult: (result: Result<ReportsView>) => Result<ReportsView>;
  readonly onAdded: (section: ReportSectionKey, version: number | null) => void;
  readonly onCancel: () => void;
}

export function PullFindingForm({ view, finding, what, applyResult, onAdded, onCancel }: PullFindingFormProps) {
  const call = useApi();
  const saving = useFormSave(applyResult, { fieldFor: onScreen });
  const [section, setSection] = useState<string>(() => defaultSectionFor(finding));
  const select = useRef<HTMLDivElement>(null);
  // The button that opened the form has gone: focus goes to the one choice it asks for.
  useEffect(() => {
    select.current?.querySelector('select')?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving.saving) return;
    let version: number | null = null;
    const added = await saving.submit(REPORT_CALLS['reports.pullFinding'].input, { reference: view.reference, finding, section: section === '' ? undefined : section }, async (input) => {
      const result = await call('reports.pullFinding', input);
      if (result.ok) version = result.value.version;
      return result;
    });
    if (added) onAdded(section as ReportSectionKey, version);
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="govuk-!-margin-top-2 govuk-!-margin-bottom-4" data-testid="pull-finding-form">
      <ErrorSummary errors={saving.errors} />
      <div ref={select}>
        <Select id="pull-section" label={`Which section of the report should “${what}” go in?`} value={section} onChange={setSection} options={SECTION_OPTIONS} error={saving.errorFor('pull-section')} />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={saving.saving}>
          {saving.saving ? 'Adding…' : 'Add to the report'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
