/**
 * Sealing an agency's secured files again to the same representative, after their passphrase
 * was reset and their old key went with it. Only the agency's recovery code can do it, and
 * using it is recorded in the access log as a recovery: the set is handed over to the same
 * person (main/vault/representative-change.ts allows a recovery to name the current one).
 */
import { useState, type FormEvent } from 'react';
import type { VaultView } from '../../shared/vault/secured-files.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { TextInput } from '../case/components/TextInput.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { fieldErrorsFrom } from '../components/problems.ts';
import { useApi } from '../session/api-context.tsx';

export interface ResealFormProps {
  readonly reference: string;
  readonly agency: string;
  readonly representative: string;
  readonly filesToReseal: number;
  readonly onResealed: (view: VaultView) => void;
  readonly onCancel: () => void;
}

const FIELD = 'reseal-recovery-code';

export function ResealForm({ reference, agency, representative, filesToReseal, onResealed, onCancel }: ResealFormProps) {
  const call = useApi();
  const [recoveryCode, setRecoveryCode] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    if (recoveryCode.trim() === '') {
      setErrors([{ field: FIELD, message: `Enter ${agency}’s recovery code` }]);
      return;
    }
    setErrors([]);
    setSaving(true);
    const result = await call('vault.changeRepresentative', { reference, agency, representative, recoveryCode });
    setSaving(false);
    if (result.ok) onResealed(result.value);
    else if (result.error.code === 'WRONG_RECOVERY_CODE') setErrors([{ field: FIELD, message: result.error.message }]);
    else if (result.error.code !== 'LOCKED') setErrors(fieldErrorsFrom(result.error, ''));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="reseal-form">
      <FormHeading>{`Re-seal ${agency}’s files to ${representative}`}</FormHeading>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">
        {`${representative}’s passphrase was reset, which gave them a new key. ${filesToReseal === 1 ? '1 file is' : `${filesToReseal.toLocaleString('en-GB')} files are`} still sealed to the old one. ${agency}’s recovery code opens every file’s key and seals it to ${representative}’s new key. ${representative} stays the nominated representative, and nobody else can open the files.`}
      </p>
      <div className="govuk-inset-text">{`Using ${agency}’s recovery code is recorded in the access log as a recovery. You cannot open the files yourself.`}</div>
      <TextInput
        id={FIELD}
        label={`${agency}’s recovery code`}
        hint="Type it as printed. Dashes, spaces and small letters do not matter."
        value={recoveryCode}
        onChange={setRecoveryCode}
        error={errorFor(errors, FIELD)}
        widthClass="govuk-!-width-full"
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={saving}>
          {saving ? 'Re-sealing…' : 'Re-seal the files'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
