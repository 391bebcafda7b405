import { useState } from 'react';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { confirmationInput, HELD_WHERE, type SecuringRow } from '../../shared/vault/securing.ts';
import { DateInput } from '../components/form/DateInput.tsx';
import { Radios } from '../components/form/Radios.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { TextInput } from '../case/components/TextInput.tsx';
import { choiceOrNull } from '../case/stages/answers.ts';
import { RecordForm } from '../case/stages/RecordForm.tsx';
import { useApi } from '../session/api-context.tsx';
import { useSecuringSave, type UseSecuring } from './use-securing.ts';

export interface SecuringFormProps {
  readonly reference: string;
  readonly row: SecuringRow;
  readonly applyResult: UseSecuring['applyResult'];
  readonly onCancel: () => void;
  readonly onSaved: (message: string) => void;
}

const HELD_OPTIONS = (Object.keys(HELD_WHERE) as (keyof typeof HELD_WHERE)[]).map((value) => ({ value, label: HELD_WHERE[value] }));

/**
 * The agency's word that all its records about the case are secured (policy 16): when it said
 * so, its nominated representative, and where the records are held. Recording it stops the
 * agency's deadline; the Business Unit records it for the agency.
 */
export function ConfirmationForm({ reference, row, applyResult, onCancel, onSaved }: SecuringFormProps) {
  const call = useApi();
  const saving = useSecuringSave(applyResult);
  const existing = row.confirmation;
  const [confirmedOn, setConfirmedOn] = useState(existing?.confirmedOn ?? todayInLondon());
  const [representativeName, setRepresentativeName] = useState(existing?.representativeName ?? '');
  const [heldWhere, setHeldWhere] = useState<string>(existing?.heldWhere ?? '');
  const [heldDetails, setHeldDetails] = useState(existing?.heldDetails ?? '');

  const submit = async () => {
    // An unchosen place goes as nothing, so the schema's "Choose where the records are held" is the message.
    const answers = { confirmedOn, representativeName, heldWhere: choiceOrNull(heldWhere) ?? undefined, heldDetails };
    const saved = await saving.submit(confirmationInput, answers, 'confirmation.', (confirmation) => call('securing.confirm', { reference, agency: row.agency, confirmation }));
    if (saved) onSaved(existing === null ? `${row.agency}’s confirmation that its files are secured has been recorded.` : `${row.agency}’s confirmation has been changed.`);
  };

  return (
    <RecordForm
      title={existing === null ? `Record ${row.agency}’s confirmation that its files are secured` : `Change ${row.agency}’s confirmation`}
      lead="Record it when the agency tells you that all its records about the case are secured, so that nobody in the agency can reach them except through its nominated representative."
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the confirmation"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="securing-confirmation-form"
    >
      <DateInput id="confirmedOn" label="Date the agency confirmed" value={confirmedOn} onChange={setConfirmedOn} error={saving.errorFor('confirmedOn')} />
      <TextInput
        id="representativeName"
        label="Name of the agency’s nominated representative"
        hint="The one person in the agency who may open the secured records"
        value={representativeName}
        onChange={setRepresentativeName}
        error={saving.errorFor('representativeName')}
        widthClass="govuk-input--width-30"
      />
      <Radios id="heldWhere" legend="Where are the records held?" value={heldWhere} onChange={setHeldWhere} error={saving.errorFor('heldWhere')} options={HELD_OPTIONS} />
      <TextArea
        id="heldDetails"
        label="Details of where they are held (optional)"
        hint="For example, the system and the restricted folder, or the install of this app"
        value={heldDetails}
        onChange={setHeldDetails}
        error={saving.errorFor('heldDetails')}
        rows={3}
      />
    </RecordForm>
  );
}
