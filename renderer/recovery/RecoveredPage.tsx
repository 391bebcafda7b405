/**
 * After the recovery: who is now signed in, and what to do next. The old code has been used
 * with the store open, so if anyone else may have seen it, the keys are changed with a new
 * code (Administration, Keys); forgotten passphrases are reset on the Users tab.
 */
import { PageHeading } from '../components/PageHeading.tsx';
import { SuccessBanner } from '../components/SuccessBanner.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';

export function RecoveredPage({ name, continuing, onContinue }: { readonly name: string; readonly continuing: boolean; readonly onContinue: () => void }) {
  useDocumentTitle('The new administrator is ready');
  return (
    <div className="govuk-grid-row" data-testid="recovery-done">
      <div className="govuk-grid-column-two-thirds">
        <SuccessBanner heading={`You are signed in as ${name}, an administrator`}>
          <p className="govuk-body">The recovery has been recorded in the audit trail.</p>
        </SuccessBanner>
        <PageHeading caption="Use the recovery code">The new administrator is ready</PageHeading>
        <h2 className="govuk-heading-m">What to do next</h2>
        <ol className="govuk-list govuk-list--number">
          <li>
            If the recovery code may have been seen by anyone else (the envelope was already open, say), make a new one now: go to Administration, then Keys, tick “Also
            make a new recovery code” and change the keys. The code you used then stops working. Put the new one in the safe.
          </li>
          <li>If other people have forgotten their passphrases, reset them on the Administration page’s Users tab.</li>
          <li>Make a new backup of the store.</li>
        </ol>
        <button type="button" className="govuk-button" onClick={onContinue} aria-disabled={continuing}>
          Continue
        </button>
      </div>
    </div>
  );
}
