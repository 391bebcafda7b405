/**
 * Setting up an agency's secured files for this case: which agency, and who its nominated
 * representative is. The first set for an agency on this install also makes the agency's
 * recovery key, whose code the next screen shows once.
 */
import { useState, type FormEvent } from 'react';
import type { VaultView } from '../../shared/vault/secured-files.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { Select } from '../components/form/Select.tsx';
import { fieldErrorsFrom } from '../components/problems.ts';
import { useApi } from '../session/api-context.tsx';
import { RepresentativeField } from './RepresentativeField.tsx';
import { usePeopleList } from './use-agency-people.ts';

export interface SetUpFormProps {
  readonly view: VaultView;
  readonly onSetUp: (result: { agency: string; representative: string; recoveryCode: string | null; view: VaultView }) => void;
  readonly onCancel: () => void;
}

export function SetUpForm({ view, onSetUp, onCancel }: SetUpFormProps) {
  const call = useApi();
  const people = usePeopleList();
  const [agency, setAgency] = useState('');
  const [representative, setRepresentative] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const found: FieldError[] = [];
    if (agency === '') found.push({ field: 'agency', message: 'Choose the agency' });
    if (representative.trim() === '') found.push({ field: 'representative', message: 'Choose the agency’s nominated representative' });
    if (found.length > 0) {
      setErrors(found);
      return;
    }
    setErrors([]);
    setSaving(true);
    const result = await call('vault.setUp', { reference: view.reference, agency, representative });
    setSaving(false);
    if (result.ok) onSetUp({ agency, representative: representative.trim(), ...result.value });
    else if (result.error.code !== 'LOCKED') setErrors(fieldErrorsFrom(result.error, ''));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="set-up-form">
      <FormHeading>Set up secured files for an agency</FormHeading>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">Name the agency and its nominated representative. Then the representative, or the Business Unit for the agency, can add files; only the representative can open them.</p>
      <Select
        id="agency"
        label="Agency"
        value={agency}
        onChange={(next) => {
          setAgency(next);
          setRepresentative('');
        }}
        options={view.agenciesWithoutSet.map((name) => ({ value: name, label: name }))}
        error={errorFor(errors, 'agency')}
      />
      <RepresentativeField id="representative" label="Nominated representative" agency={agency} people={people} value={representative} onChange={setRepresentative} error={errorFor(errors, 'representative')} />
      <div className="govuk-inset-text">
        If this is the agency’s first set of secured files on this install, its recovery code is shown next, once. Have a printer ready, or paper and a pen.
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={saving}>
          {saving ? 'Setting up…' : 'Set up secured files'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
