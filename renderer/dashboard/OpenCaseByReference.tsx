/**
 * For people whose role is on one case (an agency's nominated representative, a lead reviewer)
 * and so see no list of cases: they open their case by the reference the Business Unit gave
 * them. Main decides on the case page whether they may see it, as it does for every case.
 */
import { useState, type FormEvent } from 'react';
import { TextInput } from '../case/components/TextInput.tsx';
import type { Navigate } from '../session/places.ts';

const FIELD = 'open-case-reference';

export function OpenCaseByReference({ navigate }: { navigate: Navigate }) {
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reference.trim().toUpperCase();
    if (trimmed === '') {
      setError('Enter the case reference, for example PRM-2026-001');
      return;
    }
    navigate({ name: 'case', reference: trimmed, section: 'overview' });
  };

  return (
    <form noValidate onSubmit={submit} data-testid="open-case-by-reference">
      <h2 className="govuk-heading-m">Open a case you work on</h2>
      <TextInput
        id={FIELD}
        label="Case reference"
        hint="If you have a role on one case, for example as an agency’s nominated representative, the Business Unit gives you its reference. For example, PRM-2026-001."
        value={reference}
        onChange={setReference}
        error={error}
        widthClass="govuk-input--width-10"
      />
      <button type="submit" className="govuk-button">
        Open the case
      </button>
    </form>
  );
}
