import { useState } from 'react';
import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import { requestInput, type RequestView } from '../../../shared/evidence/requests.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Radios, YES_NO } from '../../components/form/Radios.tsx';
import { Select } from '../../components/form/Select.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { TextInput } from '../../case/components/TextInput.tsx';
import { booleanFrom, yesNoAnswer } from '../../case/stages/answers.ts';
import { RecordForm } from '../../case/stages/RecordForm.tsx';
import { useApi } from '../../session/api-context.tsx';
import { useEvidenceSave, type UseEvidence } from '../use-evidence.ts';

/** Policy 16, in the policy's own words, so the choice is made against what the letter will ask. */
export const SECURE_FILES_HINT =
  'Where the severity of a case demands it, all agencies should also secure all records and files about the case, removed to a secure place where nobody in the agency can reach them except through a nominated representative (policy 16). If yes, the letter asks for this.';

export interface RequestFormProps {
  readonly view: EvidenceView;
  /** The request being changed, or null to send a new one. */
  readonly request: RequestView | null;
  readonly applyResult: UseEvidence['applyResult'];
  readonly onCancel: () => void;
  readonly onSaved: (message: string) => void;
}

/** The agencies a new request may go to: those the partnership knows, less those already asked (bar this request's own). */
export function agencyChoices(view: EvidenceView, request: RequestView | null): string[] {
  const asked = new Set(view.requests.filter((each) => each.id !== request?.id).map((each) => each.agency));
  const choices = view.knownAgencies.filter((agency) => !asked.has(agency));
  if (request !== null && !choices.includes(request.agency)) choices.unshift(request.agency);
  return choices;
}

/** Sending a request for information to one agency (policy 11), or changing what was recorded about it. */
export function RequestForm({ view, request, applyResult, onCancel, onSaved }: RequestFormProps) {
  const call = useApi();
  const saving = useEvidenceSave(applyResult);
  const [agency, setAgency] = useState(request?.agency ?? '');
  const [recipientName, setRecipientName] = useState(request?.recipientName ?? '');
  const [recipientRole, setRecipientRole] = useState(request?.recipientRole ?? '');
  const [recipientEmail, setRecipientEmail] = useState(request?.recipientEmail ?? '');
  const [sentOn, setSentOn] = useState(request?.sentOn ?? view.today);
  const [secureFiles, setSecureFiles] = useState<string>(yesNoAnswer(request?.secureFiles));
  const [note, setNote] = useState(request?.note ?? '');

  const submit = async () => {
    const answers = { agency, recipientName, recipientRole, recipientEmail, sentOn, secureFiles: booleanFrom(secureFiles), note };
    const saved = await saving.submit(requestInput, answers, 'request.', (value) => call('requests.save', { reference: view.reference, id: request?.id ?? null, request: value }));
    if (saved) onSaved(request === null ? `The request to ${agency} has been recorded.` : `The request to ${agency} has been changed.`);
  };

  return (
    <RecordForm
      title={request === null ? 'Send a request for information' : `Change the request to ${request.agency}`}
      lead="Record who the request went to and when. The agency has its deadline from the date sent."
      errors={saving.errors}
      saving={saving.saving}
      submitLabel={request === null ? 'Save the request' : 'Save the changes'}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="request-form"
    >
      <Select
        id="agency"
        label="Agency"
        hint="Agencies already sent a request for this case are not listed."
        value={agency}
        onChange={setAgency}
        error={saving.errorFor('agency')}
        options={agencyChoices(view, request).map((name) => ({ value: name, label: name }))}
        emptyLabel="Choose the agency"
      />
      <TextInput id="recipientName" label="Name of the person it went to" value={recipientName} onChange={setRecipientName} error={saving.errorFor('recipientName')} widthClass="govuk-input--width-30" />
      <TextInput id="recipientRole" label="Their job title (optional)" value={recipientRole} onChange={setRecipientRole} error={saving.errorFor('recipientRole')} widthClass="govuk-input--width-30" />
      <TextInput
        id="recipientEmail"
        label="Their email address (optional)"
        value={recipientEmail}
        onChange={setRecipientEmail}
        error={saving.errorFor('recipientEmail')}
        widthClass="govuk-input--width-30"
        type="email"
      />
      <DateInput id="sentOn" label="Date sent" value={sentOn} onChange={setSentOn} error={saving.errorFor('sentOn')} />
      <Radios id="secureFiles" legend="Must the agency secure its files?" hint={SECURE_FILES_HINT} value={secureFiles} onChange={setSecureFiles} error={saving.errorFor('secureFiles')} options={YES_NO} inline />
      <TextArea id="note" label="Note (optional)" value={note} onChange={setNote} error={saving.errorFor('note')} rows={3} />
    </RecordForm>
  );
}
