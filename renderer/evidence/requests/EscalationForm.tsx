import { useState } from 'react';
import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import { ESCALATION_LEVEL_LABELS, ESCALATION_LEVELS, escalationInput, type RequestView } from '../../../shared/evidence/requests.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { TextInput } from '../../case/components/TextInput.tsx';
import { choiceOrNull } from '../../case/stages/answers.ts';
import { RecordForm } from '../../case/stages/RecordForm.tsx';
import { useApi } from '../../session/api-context.tsx';
import { useEvidenceSave, type UseEvidence } from '../use-evidence.ts';

/** The route the policy sets for an agency that does not comply (policy 10 and 12). */
export const ESCALATION_ROUTE_HINT =
  'The Independent Reviewer refers an agency that does not comply to the Practice Review Subgroup, which seeks to resolve it with the agency’s strategic safeguarding lead. If it cannot be resolved promptly, it goes to the Lead Safeguarding Partners for formal action (policy 10 and 12).';

type Escalation = RequestView['escalations'][number];

export interface EscalationFormProps {
  readonly view: EvidenceView;
  readonly request: RequestView;
  /** The escalation being changed (to add its outcome, say), or null for a new one. */
  readonly escalation: Escalation | null;
  readonly applyResult: UseEvidence['applyResult'];
  readonly onCancel: () => void;
  readonly onSaved: (message: string) => void;
}

/** Escalating an agency that has not complied with the request: when, to whom, and — now or later — the outcome. */
export function EscalationForm({ view, request, escalation, applyResult, onCancel, onSaved }: EscalationFormProps) {
  const call = useApi();
  const saving = useEvidenceSave(applyResult);
  const [escalatedOn, setEscalatedOn] = useState(escalation?.escalatedOn ?? view.today);
  const [level, setLevel] = useState<string>(escalation?.level ?? '');
  const [escalatedTo, setEscalatedTo] = useState(escalation?.escalatedTo ?? '');
  const [outcome, setOutcome] = useState(escalation?.outcome ?? '');

  const submit = async () => {
    const answers = { escalatedOn, level: choiceOrNull(level) ?? undefined, escalatedTo, outcome };
    const saved = await saving.submit(escalationInput, answers, 'escalation.', (value) =>
      call('requests.escalate', { reference: view.reference, id: request.id, escalationId: escalation?.id ?? null, escalation: value }),
    );
    if (saved) onSaved(escalation === null ? `The escalation about ${request.agency} has been recorded.` : `The escalation about ${request.agency} has been changed.`);
  };

  return (
    <RecordForm
      title={escalation === null ? `Record an escalation about ${request.agency}` : `Change the escalation about ${request.agency}`}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the escalation"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="escalation-form"
    >
      <DateInput id="escalatedOn" label="Date of the escalation" value={escalatedOn} onChange={setEscalatedOn} error={saving.errorFor('escalatedOn')} />
      <Radios
        id="level"
        legend="Who was it escalated to?"
        hint={ESCALATION_ROUTE_HINT}
        value={level}
        onChange={setLevel}
        error={saving.errorFor('level')}
        options={ESCALATION_LEVELS.map((value) => ({ value, label: ESCALATION_LEVEL_LABELS[value] }))}
      />
      <TextInput id="escalatedTo" label="Name of the person it was escalated to" value={escalatedTo} onChange={setEscalatedTo} error={saving.errorFor('escalatedTo')} widthClass="govuk-input--width-30" />
      <TextArea
        id="outcome"
        label="Outcome (optional)"
        hint="Leave this empty while the escalation is open, and add the outcome when it is known."
        value={outcome}
        onChange={setOutcome}
        error={saving.errorFor('outcome')}
        rows={3}
      />
    </RecordForm>
  );
}
