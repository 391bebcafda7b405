/**
 * Naming this install as its contacts will see it: the organisation and a name for this desk.
 * Administrators only. Contacts who already hold the card keep the old names until they are
 * sent a new one; the keys, and so the fingerprint, stay the same.
 */
import { useState, type FormEvent } from 'react';
import { identityInput, type ContactsView, type IdentityView } from '../../shared/exchange/contacts.ts';
import type { Result } from '../../shared/errors.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { TextInput } from '../case/components/TextInput.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { useWholeViewSave } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';

export interface IdentityFormProps {
  readonly identity: IdentityView;
  readonly applyResult: (result: Result<ContactsView>) => Result<ContactsView>;
  readonly onSaved: () => void;
  readonly onCancel: () => void;
}

export function IdentityForm({ identity, applyResult, onSaved, onCancel }: IdentityFormProps) {
  const call = useApi();
  const saving = useWholeViewSave(applyResult);
  const [organisation, setOrganisation] = useState(identity.organisation);
  const [installName, setInstallName] = useState(identity.installName);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving.saving) return;
    if (await saving.submit(identityInput, { organisation, installName }, '', (value) => call('exchange.setIdentity', value))) onSaved();
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="govuk-!-margin-bottom-8" data-testid="identity-form">
      <FormHeading level={2}>Change the names of this install</FormHeading>
      <ErrorSummary errors={saving.errors} />
      <p className="govuk-body">
        Other organisations see these names on this install’s contact card and on every bundle it sends. Contacts who already have the card keep the old names until you send
        them a new one; the fingerprint stays the same.
      </p>
      <TextInput
        id="organisation"
        label="Organisation"
        hint="As the partnership names it, for example “Greater Manchester Police”"
        value={organisation}
        onChange={setOrganisation}
        error={saving.errorFor('organisation')}
        widthClass="govuk-input--width-30"
      />
      <TextInput
        id="installName"
        label="Install name"
        hint="Which desk or team this is, for example “Business Unit desk 1”"
        value={installName}
        onChange={setInstallName}
        error={saving.errorFor('installName')}
        widthClass="govuk-input--width-30"
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={saving.saving}>
          {saving.saving ? 'Saving…' : 'Save the names'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
