/** After a reset: what to tell the person, and what their secured files now need. */
import type { PassphraseResetOutcome } from '../../shared/accounts/accounts.ts';
import { OutcomeBanner } from '../case/components/OutcomeBanner.tsx';
import { HoldingsNotice } from './HoldingsNotice.tsx';

export function ResetOutcome({ outcome }: { readonly outcome: PassphraseResetOutcome }) {
  return (
    <div data-testid="reset-outcome">
      <OutcomeBanner heading={`${outcome.name}’s passphrase has been reset`}>
        <p className="govuk-body">{`Give ${outcome.name} the temporary passphrase in person or by telephone. They will choose their own when they next sign in.`}</p>
      </OutcomeBanner>
      <div className="govuk-!-width-two-thirds">
        <HoldingsNotice name={outcome.name} holdings={outcome.holdings} when="after" headingLevel={2} />
      </div>
    </div>
  );
}
