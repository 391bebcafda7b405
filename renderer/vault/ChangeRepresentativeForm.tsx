/**
 * Changing an agency's nominated representative. The current representative does it with their
 * own key; anyone else who manages secured files needs the agency's recovery code, and that use
 * of the code is recorded as a recovery. Either way every file's key is sealed again to the new
 * representative, and the old one can open nothing more.
 */
import { useState, type FormEvent } from 'react';
import type { SecuredSetView, VaultView } from '../../shared/vault/secured-files.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { TextInput } from '../case/components/TextInput.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { fieldErrorsFrom } from '../components/problems.ts';
import { useApi } from '../session/api-context.tsx';
import { RepresentativeField } from './RepresentativeField.tsx';
import { usePeopleList } from './use-agency-people.ts';

export interface ChangeRepresentativeFormProps {
  readonly reference: string;
  readonly set: SecuredSetView;
  readonly onChanged: (view: VaultView, representative: string) => void;
  readonly onCancel: () => void;
}

export function ChangeRepresentativeForm({ reference, set, onChanged, onCancel }: ChangeRepresentativeFormProps) {
  const call = useApi();
  const people = usePeopleList();
  const byRecovery = !set.youAreRepresentative;
  const [representative, setRepresentative] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const found: FieldError[] = [];
    if (representative.trim() === '') found.push({ field: 'representative', message: 'Choose the new nominated representative' });
    else if (representative.trim().toLowerCase() === set.representative.toLowerCase()) found.push({ field: 'representative', message: `${set.representative} is already the representative. Choose someone else` });
    if (byRecovery && recoveryCode.trim() === '') found.push({ field: 'recoveryCode', message: `Enter ${set.agency}’s recovery code` });
    if (found.length > 0) {
      setErrors(found);
      return;
    }
    setErrors([]);
    setSaving(true);
    const result = await call('vault.changeRepresentative', { reference, agency: set.agency, representative, ...(byRecovery ? { recoveryCode } : {}) });
    setSaving(false);
    if (result.ok) onChanged(result.value, representative.trim());
    else if (result.error.code === 'WRONG_RECOVERY_CODE') setErrors([{ field: 'recoveryCode', message: result.error.message }]);
    else if (result.error.code !== 'LOCKED') setErrors(fieldErrorsFrom(result.error, ''));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="change-representative-form">
      <FormHeading>{`Change ${set.agency}’s nominated representative`}</FormHeading>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">
        {`Every file’s key is sealed again to the new representative. From then on only they can open ${set.agency}’s secured files for this case, and ${set.youAreRepresentative ? 'you' : set.representative} will not be able to.`}
      </p>
      {byRecovery ? (
        <div className="govuk-inset-text">
          {`Only ${set.representative}, the current representative, can hand over with their own key. Without them, you need ${set.agency}’s recovery code from the agency’s safe. Using it is recorded in the access log as a recovery.`}
        </div>
      ) : null}
      <RepresentativeField
        id="representative"
        label="New nominated representative"
        agency={set.agency}
        people={people}
        except={[set.representative]}
        value={representative}
        onChange={setRepresentative}
        error={errorFor(errors, 'representative')}
      />
      {byRecovery ? (
        <TextInput
          id="recoveryCode"
          label={`${set.agency}’s recovery code`}
          hint="Type it as printed. Dashes, spaces and small letters do not matter."
          value={recoveryCode}
          onChange={setRecoveryCode}
          error={errorFor(errors, 'recoveryCode')}
          widthClass="govuk-!-width-full"
        />
      ) : null}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={saving}>
          {saving ? 'Changing…' : 'Change the representative'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
