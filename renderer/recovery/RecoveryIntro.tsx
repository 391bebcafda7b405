/** Step 1: what recovery with the recovery code is for, what it needs, and what it does. */
import { WarningText } from '../components/WarningText.tsx';
import { RecoveryStep } from './RecoverySteps.tsx';

export function RecoveryIntro({ onContinue, onCancel }: { readonly onContinue: () => void; readonly onCancel: () => void }) {
  return (
    <RecoveryStep step={1} heading="Make a new administrator with the recovery code">
      <p className="govuk-body">
        Use this only when nobody who can manage users can sign in: every administrator has forgotten their passphrase, or has left. If an administrator can still sign in,
        ask them to reset the passphrase instead.
      </p>
      <h2 className="govuk-heading-m">What you need</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>the store’s recovery code, the 55 letters and digits printed when the store was set up (or when its keys were last changed with a new code), from the partnership’s safe</li>
        <li>the full name of the person who will be the new administrator, and a passphrase they choose</li>
      </ul>
      <h2 className="govuk-heading-m">What happens</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>A new administrator account is made in the Business Unit, and you are signed in as it.</li>
        <li>Nobody else’s account or passphrase changes, and nobody’s passphrase is shown.</li>
        <li>The recovery is recorded in the audit trail.</li>
        <li>Agencies’ secured files stay closed: only each agency’s own recovery code opens them.</li>
      </ul>
      <WarningText>Anyone who has the recovery code can read every record. Once you have finished, if the code may have been seen by anyone else, make a new one.</WarningText>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={onContinue}>
          Continue
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel and go back to sign in
        </button>
      </div>
    </RecoveryStep>
  );
}
