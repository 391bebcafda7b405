/**
 * The 7-minute briefing: a title and seven numbered sections drawn from the review's learning,
 * for one review or a theme across several (the other reviews it covers, by reference). Once
 * saved it can be exported, and what it says is checked for identifiers like the report.
 */
import { useState, type FormEvent } from 'react';
import { REPORT_CALLS } from '../../shared/ipc/report-calls.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { TextInput } from '../case/components/TextInput.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { useWholeViewSave, type UseWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';
import { briefingAnswersFrom, coversFrom, type BriefingAnswers } from './briefing-answers.ts';

export interface BriefingEditorProps {
  readonly view: ReportsView;
  readonly applyResult: UseWholeView<ReportsView>['applyResult'];
  readonly onSaved: (message: string) => void;
}

/** The briefing as saved, and a button that opens its form: seven sections of fields would otherwise fill the page. */
export function BriefingEditor({ view, applyResult, onSaved }: BriefingEditorProps) {
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <BriefingForm
        view={view}
        applyResult={applyResult}
        onCancel={() => setEditing(false)}
        onSaved={(message) => {
          setEditing(false);
          onSaved(message);
        }}
      />
    );
  }
  return (
    <>
      <BriefingReading view={view} />
      {view.canWrite ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setEditing(true)}>
          {view.briefing === null ? 'Write the briefing' : 'Change the briefing'}
        </button>
      ) : null}
    </>
  );
}

interface BriefingFormProps {
  readonly view: ReportsView;
  readonly applyResult: UseWholeView<ReportsView>['applyResult'];
  readonly onCancel: () => void;
  readonly onSaved: (message: string) => void;
}

function BriefingForm({ view, applyResult, onCancel, onSaved }: BriefingFormProps) {
  const call = useApi();
  const saving = useWholeViewSave(applyResult);
  const [answers, setAnswers] = useState<BriefingAnswers>(() => briefingAnswersFrom(view.briefing, view.briefingCovers));
  const setSection = (index: number, change: Partial<BriefingAnswers['sections'][number]>) =>
    setAnswers({ ...answers, sections: answers.sections.map((section, at) => (at === index ? { ...section, ...change } : section)) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving.saving) return;
    const input = { reference: view.reference, briefing: { title: answers.title, sections: answers.sections }, covers: coversFrom(answers.covers) };
    if (await saving.submit(REPORT_CALLS['reports.saveBriefing'].input, input, '', (checked) => call('reports.saveBriefing', checked))) onSaved('The 7-minute briefing has been saved.');
  };
  // A problem with one reference ("covers.2") belongs to the one box they are typed in.
  const errors = saving.errors.map((error) => (error.field?.startsWith('covers') ? { ...error, field: 'covers' } : error));
  const fieldError = (field: string) => errors.find((error) => error.field === field)?.message;

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="briefing-form">
      <FormHeading>{view.briefing === null ? 'Write the 7-minute briefing' : 'Change the 7-minute briefing'}</FormHeading>
      <ErrorSummary errors={errors} />
      <TextInput id="briefing-title" label="Title" hint="For example, Learning from the review of Child Q: hidden men" value={answers.title} onChange={(title) => setAnswers({ ...answers, title })} error={fieldError('briefing-title')} />
      {answers.sections.map((section, index) => (
        <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" key={index}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{`Section ${index + 1}`}</legend>
          <TextInput id={`briefing-sections-${index}-heading`} label="Heading" value={section.heading} onChange={(heading) => setSection(index, { heading })} error={fieldError(`briefing-sections-${index}-heading`)} widthClass="govuk-input--width-30" />
          <TextArea id={`briefing-sections-${index}-text`} label="Text" hint="A few short sentences: the briefing is read in seven minutes" value={section.text} onChange={(text) => setSection(index, { text })} error={fieldError(`briefing-sections-${index}-text`)} rows={3} />
        </fieldset>
      ))}
      <TextInput
        id="covers"
        label="Other reviews it covers (optional)"
        hint="For a briefing on a theme across several reviews: their case references, separated by commas, for example PRM-2025-004, PRM-2026-011"
        value={answers.covers}
        onChange={(covers) => setAnswers({ ...answers, covers })}
        error={fieldError('covers')}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={saving.saving}>
          {saving.saving ? 'Saving…' : 'Save the briefing'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function BriefingReading({ view }: { readonly view: ReportsView }) {
  if (view.briefing === null) return <p className="govuk-body">No 7-minute briefing has been written for this case. Once saved, it can be exported above.</p>;
  return (
    <div data-testid="briefing-reading">
      <p className="govuk-body govuk-!-font-weight-bold">{view.briefing.title}</p>
      <ol className="govuk-list govuk-list--number">
        {view.briefing.sections.map((section, index) => (
          <li key={index}>
            <span className="govuk-!-font-weight-bold">{section.heading}</span>
            <span className="govuk-!-display-block">{section.text}</span>
          </li>
        ))}
      </ol>
      {view.briefingCovers.length === 0 ? null : <p className="govuk-body">{`It also covers ${view.briefingCovers.join(', ')}.`}</p>}
    </div>
  );
}
