/**
 * The recovery code a rekey made, shown once. It is already in use: the old one in the safe has
 * stopped working, so the person confirms they have written this one down before moving on.
 */
import { useState, type FormEvent } from 'react';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { Checkbox } from '../components/form/Checkboxes.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import type { FieldError } from '../components/field-errors.ts';
import { WarningText } from '../components/WarningText.tsx';

const CONFIRM_FIELD = 'new-code-written-down';

export function NewRecoveryCode({ code, onWrittenDown }: { readonly code: string; readonly onWrittenDown: () => void }) {
  const [writtenDown, setWrittenDown] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!writtenDown) {
      setErrors([{ field: CONFIRM_FIELD, message: 'Confirm you have written down the new recovery code' }]);
      return;
    }
    onWrittenDown();
  };

  return (
    <div className="govuk-grid-row" data-testid="new-recovery-code">
      <div className="govuk-grid-column-two-thirds">
        <FormHeading level={2}>Write down the new recovery code</FormHeading>
        <ErrorSummary errors={errors} />
        <p className="govuk-body">The keys have been changed and this is the store’s recovery code from now on. The code in the safe no longer opens the store.</p>
        <div className="prm-recovery-code">
          <p className="govuk-body-s govuk-!-margin-bottom-2">New recovery code</p>
          <p className="prm-recovery-code__groups" data-testid="recovery-code">
            {code.split('-').map((group, index, groups) => (
              <span className="prm-recovery-code__group" key={index}>
                {group}
                {/* The dashes belong to the code: they stay in a copy, but are not read out. */}
                {index < groups.length - 1 ? <span className="govuk-visually-hidden">-</span> : null}
              </span>
            ))}
          </p>
        </div>
        <ol className="govuk-list govuk-list--number">
          <li>Write the code on paper, exactly as shown. Do not photograph it, or save it on a computer or in an email.</li>
          <li>Check what you wrote against the screen, group by group.</li>
          <li>Seal it in an envelope and put it in the partnership’s safe. Shred the old code.</li>
        </ol>
        <WarningText>The code will not be shown again, not even if the app locks itself before you continue. Anyone who has it can read every record, so keep it as carefully as the records themselves.</WarningText>
        <form noValidate onSubmit={submit}>
          <Checkbox id={CONFIRM_FIELD} label="I have written down the new recovery code" error={errors[0]?.message} checked={writtenDown} onChange={setWrittenDown} />
          <button type="submit" className="govuk-button">
            Continue
          </button>
        </form>
      </div>
    </div>
  );
}
