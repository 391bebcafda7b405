/**
 * Destroying an agency's secured files, on the agency's instruction: the chunks and the sealed
 * keys are removed and the space freed; the access log keeps the record. It cannot be undone,
 * so the person types the agency's name to confirm, as GOV.UK asks before anything final.
 */
import { useState, type FormEvent } from 'react';
import { purpose as purposeSchema, type SecuredSetView, type VaultView } from '../../shared/vault/secured-files.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { TextInput } from '../case/components/TextInput.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { TextArea } from '../components/form/TextArea.tsx';
import { fieldErrorsFrom } from '../components/problems.ts';
import { useApi } from '../session/api-context.tsx';
import { WarningText } from '../components/WarningText.tsx';

export interface DestroyFormProps {
  readonly reference: string;
  readonly set: SecuredSetView;
  readonly onDestroyed: (view: VaultView) => void;
  readonly onCancel: () => void;
}

export function DestroyForm({ reference, set, onDestroyed, onCancel }: DestroyFormProps) {
  const call = useApi();
  const [reason, setReason] = useState('');
  const [confirmAgency, setConfirmAgency] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [destroying, setDestroying] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (destroying) return;
    // The same rule as a purpose (shared/vault/secured-files.ts), in words about a reason.
    const found: FieldError[] = purposeSchema.safeParse(reason).success ? [] : [{ field: 'reason', message: reason.trim() === '' ? 'Enter why the files are being destroyed' : reason.trim().length < 10 ? 'Enter the reason in at least 10 characters' : 'Enter a reason of at most 500 characters' }];
    if (confirmAgency.trim() === '') found.push({ field: 'confirmAgency', message: `Type ${set.agency} to confirm` });
    else if (confirmAgency.trim() !== set.agency) found.push({ field: 'confirmAgency', message: `Type the agency’s name exactly as shown: ${set.agency}` });
    if (found.length > 0) {
      setErrors(found);
      return;
    }
    setErrors([]);
    setDestroying(true);
    const result = await call('vault.destroy', { reference, agency: set.agency, reason, confirmAgency });
    setDestroying(false);
    if (result.ok) onDestroyed(result.value);
    else if (result.error.code !== 'LOCKED') setErrors(fieldErrorsFrom(result.error, ''));
  };

  const count = set.files.length === 1 ? 'its 1 file' : `all ${set.files.length.toLocaleString('en-GB')} of its files`;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="destroy-form">
      <FormHeading>{`Destroy ${set.agency}’s secured files`}</FormHeading>
      <ErrorSummary errors={errors} />
      <WarningText>{`This cannot be undone. ${set.agency}’s set and ${count} are removed from this install with their keys, and cannot be opened again by anyone, even with the agency’s recovery code.`}</WarningText>
      <p className="govuk-body">{`Do this only on ${set.agency}’s instruction. The access log keeps the record that the files were secured, who opened them, and that they were destroyed.`}</p>
      <TextArea id="reason" label="Why are the files being destroyed?" hint="For example “The agency instructed destruction on 3 March at the close of the review”. It is recorded in the access log with your name." value={reason} onChange={setReason} error={errorFor(errors, 'reason')} rows={3} />
      <TextInput id="confirmAgency" label={`To confirm, type the agency’s name: ${set.agency}`} value={confirmAgency} onChange={setConfirmAgency} error={errorFor(errors, 'confirmAgency')} />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--warning" aria-disabled={destroying}>
          {destroying ? 'Destroying…' : 'Destroy the secured files'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
