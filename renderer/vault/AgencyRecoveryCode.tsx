/**
 * An agency's recovery code, shown once, straight after its first secured set on this install
 * is set up. It is the agency's, not the partnership's: it opens the agency's sets if its
 * representative cannot, and nobody at the partnership holds a copy or can make it again.
 * Mirrors the store's own recovery code screen (renderer/recovery-code).
 */
import { useState, type FormEvent } from 'react';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import type { FieldError } from '../components/field-errors.ts';
import './agency-recovery-code.css';
import { WarningText } from '../components/WarningText.tsx';
import { Checkbox } from '../components/form/Checkboxes.tsx';

const CONFIRM_FIELD = 'agency-code-kept';

export interface AgencyRecoveryCodeProps {
  readonly agency: string;
  readonly representative: string;
  readonly recoveryCode: string;
  readonly onContinue: () => void;
}

export function AgencyRecoveryCode({ agency, representative, recoveryCode, onContinue }: AgencyRecoveryCodeProps) {
  const [kept, setKept] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const error = errors[0]?.message;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!kept) {
      setErrors([{ field: CONFIRM_FIELD, message: `Confirm you have printed or written down ${agency}’s recovery code` }]);
      return;
    }
    onContinue();
  };

  return (
    <div className="prm-agency-recovery" data-testid="agency-recovery-code">
      <ErrorSummary errors={errors} />
      <FormHeading>{`Print ${agency}’s recovery code`}</FormHeading>
      <p className="govuk-body">{`${agency}’s secured files are set up, with ${representative} as its nominated representative.`}</p>
      <p className="govuk-body">
        {`This recovery code opens ${agency}’s secured files on this install if ${representative} can no longer open them, for example if they leave. It belongs to ${agency}: nobody at the partnership keeps a copy, and nobody can make it again.`}
      </p>
      <div className="prm-recovery-code">
        <p className="govuk-body-s govuk-!-margin-bottom-2">{`${agency}’s recovery code`}</p>
        <p className="prm-recovery-code__groups" data-testid="agency-recovery-code-value">
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
        <li>Print this page, or write the code on paper exactly as shown. Do not photograph it, or save it on a computer or in an email.</li>
        <li>Check the copy against the screen, group by group.</li>
        <li>{`Seal it in an envelope marked “${agency}: recovery code for secured files” and give it to ${agency} to keep in its safe.`}</li>
      </ol>
      <button type="button" className="govuk-button govuk-button--secondary prm-no-print" onClick={() => window.print()}>
        Print this page
      </button>
      <WarningText>{`The code is shown once and will not be shown again. Nobody at the partnership can recover it: if it is lost and ${representative} can no longer open the files, nobody can.`}</WarningText>
      <form noValidate onSubmit={submit} className="prm-no-print">
        <Checkbox id={CONFIRM_FIELD} label={`I have printed or written down ${agency}’s recovery code`} error={error} checked={kept} onChange={setKept} />
        <button type="submit" className="govuk-button">
          Continue
        </button>
      </form>
    </div>
  );
}
