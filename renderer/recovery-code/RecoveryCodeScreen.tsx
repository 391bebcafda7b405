import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import type { FieldError } from '../components/field-errors.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { WarningText } from '../components/WarningText.tsx';
import { Checkbox } from '../components/form/Checkboxes.tsx';

export interface RecoveryCodeScreenProps {
  readonly recoveryCode: string;
  readonly onContinue: () => void;
}

const CONFIRM_FIELD = 'written-down';

/**
 * The recovery code, shown once, straight after the store is made. Main keeps no copy it can
 * show again, so the person must confirm they have written it down before moving on.
 */
export function RecoveryCodeScreen({ recoveryCode, onContinue }: RecoveryCodeScreenProps) {
  const [writtenDown, setWrittenDown] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  useDocumentTitle('Write down the recovery code', errors.length > 0);
  const error = errors[0]?.message;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!writtenDown) {
      setErrors([{ field: CONFIRM_FIELD, message: 'Confirm you have written down the recovery code' }]);
      return;
    }
    onContinue();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <PageHeading caption="The store is set up">Write down the recovery code</PageHeading>
        <p className="govuk-body">
          The recovery code opens the store if every passphrase is lost. Anyone who has it can read every record, so keep it as carefully as the records themselves.
        </p>
        <div className="prm-recovery-code">
          <p className="govuk-body-s govuk-!-margin-bottom-2" id="recovery-code-label">
            Recovery code
          </p>
          <p className="prm-recovery-code__groups" data-testid="recovery-code">
            {recoveryCode.split('-').map((group, index) => (
              <span className="prm-recovery-code__group" key={index}>
                {group}
                {/* The dashes belong to the code: they stay in a copy, but are not read out. */}
                <span className="govuk-visually-hidden">-</span>
              </span>
            ))}
          </p>
        </div>
        <ol className="govuk-list govuk-list--number">
          <li>Write the code on paper, exactly as shown. Do not photograph it, or save it on a computer or in an email.</li>
          <li>Check what you wrote against the screen, group by group.</li>
          <li>Seal it in an envelope and keep it in the partnership’s safe.</li>
        </ol>
        <WarningText>The code will not be shown again. If it is lost, an administrator can make a new one, but only while someone can still sign in.</WarningText>
        <form noValidate onSubmit={submit}>
          <Checkbox id={CONFIRM_FIELD} label="I have written down the recovery code" error={error} checked={writtenDown} onChange={setWrittenDown} />
          <button type="submit" className="govuk-button">
            Continue
          </button>
        </form>
      </div>
    </div>
  );
}
