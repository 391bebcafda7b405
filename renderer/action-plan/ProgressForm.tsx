/**
 * Recording progress on an action: its status (and, when complete, the date it was completed),
 * the evidence of its impact, and the date the Business Unit accepted that evidence. Files of
 * evidence are attached apart (EvidenceFileForm), since each is kept in the case's documents.
 */
import { useState } from 'react';
import { PLAN_STATUS_LABELS, PLAN_STATUSES, progressInput, type ActionPlanView, type ActionView } from '../../shared/actions/action-plan.ts';
import type { Result } from '../../shared/errors.ts';
import { RecordForm } from '../case/stages/RecordForm.tsx';
import { DateInput } from '../components/form/DateInput.tsx';
import { Radios } from '../components/form/Radios.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { useFormSave } from '../reports/use-form-save.ts';
import { useApi } from '../session/api-context.tsx';

const STATUS_OPTIONS = PLAN_STATUSES.map((status) => ({ value: status, label: PLAN_STATUS_LABELS[status] }));
/** Main's problems are inside "progress."; this form's boxes add "progress-" so they are unique on the page. */
const onScreen = (field: string) => `progress-${field}`;

export interface ProgressFormProps {
  readonly view: ActionPlanView;
  readonly action: ActionView;
  /** "Action 1.2". */
  readonly name: string;
  readonly applyResult: (result: Result<ActionPlanView>) => Result<ActionPlanView>;
  readonly onSaved: (heading: string) => void;
  readonly onCancel: () => void;
}

export function ProgressForm({ view, action, name, applyResult, onSaved, onCancel }: ProgressFormProps) {
  const call = useApi();
  const saving = useFormSave(applyResult, { problemPrefix: 'progress.', fieldFor: onScreen });
  const [status, setStatus] = useState<string>(action.status);
  const [completedOn, setCompletedOn] = useState(action.completedOn ?? '');
  const [evidence, setEvidence] = useState(action.evidence);
  const [evidenceAcceptedOn, setEvidenceAcceptedOn] = useState(action.evidenceAcceptedOn ?? '');

  const submit = async () => {
    const answers = {
      status,
      // Only a complete action has a completion date: one typed before the status changed is left out.
      completedOn: status !== 'complete' || completedOn === '' ? null : completedOn,
      evidence,
      evidenceAcceptedOn: evidenceAcceptedOn === '' ? null : evidenceAcceptedOn,
    };
    const saved = await saving.submit(progressInput, answers, (progress) => call('actionPlan.updateProgress', { reference: view.reference, id: action.id, progress }));
    if (saved) onSaved(`Progress on ${name.toLowerCase()} has been recorded`);
  };

  const filesLine =
    action.evidenceFiles.length === 0
      ? 'No files of evidence are attached to this action yet.'
      : `${action.evidenceFiles.length === 1 ? '1 file' : `${action.evidenceFiles.length} files`} of evidence ${action.evidenceFiles.length === 1 ? 'is' : 'are'} attached to this action.`;

  return (
    <RecordForm
      title={`Record progress on ${name.toLowerCase()}`}
      lead={<p className="govuk-body">{filesLine}</p>}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the progress"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="progress-form"
    >
      <Radios id="progress-status" legend="Status" value={status} onChange={setStatus} options={STATUS_OPTIONS} error={saving.errorFor('progress-status')} />
      {status === 'complete' ? (
        <div className="govuk-radios__conditional govuk-!-margin-bottom-6">
          <DateInput id="progress-completedOn" label="Date the action was completed" value={completedOn} onChange={setCompletedOn} error={saving.errorFor('progress-completedOn')} />
        </div>
      ) : null}
      <TextArea
        id="progress-evidence"
        label="Evidence of impact (optional)"
        hint="What has changed because of the action, and how you know: an audit’s findings, practitioners’ feedback, figures before and after"
        value={evidence}
        onChange={setEvidence}
        error={saving.errorFor('progress-evidence')}
        rows={4}
      />
      <DateInput
        id="progress-evidenceAcceptedOn"
        label="Date the evidence was accepted (optional)"
        hint="Only once the Business Unit has checked the evidence of impact and accepted it. For example, 27 3 2026"
        value={evidenceAcceptedOn}
        onChange={setEvidenceAcceptedOn}
        error={saving.errorFor('progress-evidenceAcceptedOn')}
      />
    </RecordForm>
  );
}
