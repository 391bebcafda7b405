/**
 * Writing the report: its title, and each of its ten sections as structured text (headings,
 * paragraphs, lists, tables). Changes stay on screen until saved as a new version with a reason,
 * so each version keeps who, when and why. The page gives it a fresh key for each new version,
 * so what it starts from is always the version last saved.
 */
import { useCallback, useDeferredValue, useMemo, useState, type FormEvent } from 'react';
import type { Result } from '../../shared/errors.ts';
import { REPORT_CALLS } from '../../shared/ipc/report-calls.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { TextInput } from '../case/components/TextInput.tsx';
import { useApi } from '../session/api-context.tsx';
import { comparableContent, comparableDraft, contentFrom, draftFrom, editorFieldFor, locatedErrors, type DraftBlock, type ReportDraft } from './report-draft.ts';
import { ReportSectionEditor } from './ReportSectionEditor.tsx';
import { useFormSave } from './use-form-save.ts';
import './report-editor.css';

export interface ReportEditorProps {
  readonly view: ReportsView;
  readonly applyResult: (result: Result<ReportsView>) => Result<ReportsView>;
  readonly onSaved: (version: number) => void;
}

export function ReportEditor({ view, applyResult, onSaved }: ReportEditorProps) {
  const call = useApi();
  const saving = useFormSave(applyResult, { fieldFor: editorFieldFor });
  const [draft, setDraft] = useState<ReportDraft>(() => draftFrom(view.content));
  const [reason, setReason] = useState('');
  // The draft as sent, to name the block each problem is in; a new summary (and focus) only when
  // new problems come back, not on every key typed after.
  const [sent, setSent] = useState<ReportDraft>(draft);
  const summary = useMemo(() => locatedErrors(saving.errors, sent), [saving.errors, sent]);
  // Compared a moment after typing, not on every key: a long report is a lot of text to compare.
  const settled = useDeferredValue(draft);
  const saved = useMemo(() => comparableContent(view.content), [view.content]);
  const changed = useMemo(() => comparableDraft(settled) !== saved, [settled, saved]);

  // Stable, so a section whose blocks did not change is not drawn again on each key.
  const changeSection = useCallback(
    (index: number, blocks: DraftBlock[]) => setDraft((current) => ({ ...current, sections: current.sections.map((section, at) => (at === index ? { ...section, blocks } : section)) })),
    [],
  );

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving.saving) return;
    setSent(draft);
    let version: number | null = null;
    const saved = await saving.submit(REPORT_CALLS['reports.save'].input, { reference: view.reference, content: contentFrom(draft), reason }, async (input) => {
      const result = await call('reports.save', input);
      if (result.ok) version = result.value.version;
      return result;
    });
    // The page moves to the new version, which remounts this editor with what was saved.
    if (saved && version !== null) onSaved(version);
  };

  return (
    <div data-testid="report-editor">
      <ErrorSummary errors={summary} />
      <TextInput id="content-title" label="Title of the report" hint="As it will be published, for example “Local Child Safeguarding Practice Review: Child Q”" value={draft.title} onChange={(title) => setDraft((current) => ({ ...current, title }))} error={saving.errorFor('content-title')} />
      {draft.sections.map((section, index) => (
        <ReportSectionEditor
          key={section.key}
          sectionIndex={index}
          sectionKey={section.key}
          blocks={section.blocks}
          onChange={changeSection}
          errorFor={saving.errorFor}
          summaryLength={section.key === 'executive-summary' ? view.executiveSummary : undefined}
          saved={view.version !== null}
        />
      ))}
      <form noValidate onSubmit={(event) => void save(event)} className="prm-report-section" data-testid="save-version-form">
        <h4 className="govuk-heading-m">Save as a new version</h4>
        {changed ? (
          <div className="govuk-inset-text" data-testid="unsaved-changes">
            You have changes that are not saved yet. They are lost if you leave this page before saving them.
          </div>
        ) : (
          <p className="govuk-body">{view.version === null ? 'Nothing has been saved yet.' : `No changes since version ${view.version}.`}</p>
        )}
        <TextArea
          id="reason"
          label="Why are you saving this version?"
          hint="Kept with the version, for example “after the review group’s comments” or “factual accuracy changes from Police”"
          value={reason}
          onChange={setReason}
          error={saving.errorFor('reason')}
          rows={2}
        />
        <button type="submit" className="govuk-button" aria-disabled={saving.saving}>
          {saving.saving ? 'Saving…' : 'Save as a new version'}
        </button>
      </form>
    </div>
  );
}
