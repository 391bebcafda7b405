import { useState } from 'react';
import { agencySummaryForm, SUMMARY_DATE_FIELDS, SUMMARY_FIELDS, SUMMARY_LABELS, type AgencySummaryForm, type SummaryField } from '../../../shared/evidence/agency-summary.ts';
import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { TextInput } from '../../case/components/TextInput.tsx';
import { dateOrNull } from '../../case/stages/answers.ts';
import { RecordForm } from '../../case/stages/RecordForm.tsx';
import { useApi } from '../../session/api-context.tsx';
import { useEvidenceSave, type UseEvidence } from '../use-evidence.ts';

/** The questions the agency must answer; the rest may be left empty. */
const REQUIRED: ReadonlySet<SummaryField> = new Set(['authorName', 'involvement']);
/** Short answers get a one-line box; the rest are the form's long questions. */
const SHORT: ReadonlySet<SummaryField> = new Set(['authorName', 'authorRole']);

type Answers = Record<SummaryField, string>;

function answersFrom(form: AgencySummaryForm | null): Answers {
  return Object.fromEntries(SUMMARY_FIELDS.map((field) => [field, form?.[field] ?? ''])) as Answers;
}

function labelFor(field: SummaryField): string {
  return REQUIRED.has(field) ? SUMMARY_LABELS[field] : `${SUMMARY_LABELS[field]} (optional)`;
}

export interface SummaryFormProps {
  readonly view: EvidenceView;
  readonly agency: string;
  readonly initial: AgencySummaryForm | null;
  readonly applyResult: UseEvidence['applyResult'];
  readonly onCancel: () => void;
  readonly onSaved: (message: string) => void;
}

/** The Agency Summary Form typed in on screen: the same questions as the template's "Agency summary" sheet. */
export function SummaryForm({ view, agency, initial, applyResult, onCancel, onSaved }: SummaryFormProps) {
  const call = useApi();
  const saving = useEvidenceSave(applyResult);
  const [answers, setAnswers] = useState<Answers>(() => answersFrom(initial));

  const submit = async () => {
    // An empty date box is "not recorded" (null), not a date that fails the check.
    const sent = Object.fromEntries(SUMMARY_FIELDS.map((field) => [field, SUMMARY_DATE_FIELDS.has(field) ? dateOrNull(answers[field]) : answers[field]]));
    const saved = await saving.submit(agencySummaryForm, sent, 'summary.', (summary) => call('summaries.save', { reference: view.reference, agency, summary }));
    if (saved) onSaved(`The summary from ${agency} has been saved.`);
  };

  const field = (name: SummaryField) => {
    const common = { id: name, label: labelFor(name), value: answers[name], onChange: (value: string) => setAnswers((current) => ({ ...current, [name]: value })), error: saving.errorFor(name) };
    if (SUMMARY_DATE_FIELDS.has(name)) return <DateInput key={name} {...common} />;
    if (SHORT.has(name)) return <TextInput key={name} {...common} widthClass="govuk-input--width-30" />;
    return <TextArea key={name} {...common} rows={6} />;
  };

  return (
    <RecordForm
      title={initial === null ? `Enter the summary from ${agency}` : `Change the summary from ${agency}`}
      lead="As the agency wrote it. If the agency returned the template workbook, importing it saves retyping."
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the summary"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="summary-form"
    >
      {SUMMARY_FIELDS.map(field)}
    </RecordForm>
  );
}
