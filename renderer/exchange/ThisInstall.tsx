/**
 * This install as its contacts see it: the organisation, the install's name and the fingerprint
 * its owner reads to the other organisation over the phone; the contact card to send them; and,
 * for an administrator, the names to change.
 */
import { useState } from 'react';
import type { IdentityView } from '../../shared/exchange/contacts.ts';
import { blobFromBase64, saveBlob } from '../case/documents/file-content.ts';
import { SummaryList } from '../case/components/SummaryList.tsx';
import { useApi } from '../session/api-context.tsx';
import { Fingerprint } from './Fingerprint.tsx';

export interface ThisInstallProps {
  readonly identity: IdentityView;
  /** Administrators may rename the install; null hides the button. */
  readonly onRename: (() => void) | null;
}

export function ThisInstall({ identity, onRename }: ThisInstallProps) {
  const call = useApi();
  const [making, setMaking] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const exportCard = async () => {
    if (making) return;
    setMaking(true);
    setProblem(null);
    setStatus('Making the contact card…');
    const result = await call('exchange.exportCard', {});
    setMaking(false);
    if (result.ok) {
      saveBlob(blobFromBase64(result.value.contentBase64, result.value.mediaType), result.value.fileName);
      setStatus(`${result.value.fileName} has been downloaded. Send it to the other organisation by e-mail or your secure transfer, then ring them and read out the fingerprint above.`);
    } else {
      setStatus('');
      if (result.error.code !== 'LOCKED') setProblem(result.error.message);
    }
  };
  return (
    <section aria-labelledby="this-install-heading" className="govuk-!-margin-bottom-8" data-testid="this-install">
      <h2 className="govuk-heading-m" id="this-install-heading">
        This install
      </h2>
      <SummaryList
        rows={[
          { label: 'Organisation', value: identity.organisation },
          { label: 'Install name', value: identity.installName },
          {
            label: 'Fingerprint',
            value: (
              <>
                <Fingerprint value={identity.fingerprint} testId="own-fingerprint" />
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  Read this to the other organisation over the phone when they add this install as a contact. They type what you read, so that they know the contact card
                  they were sent is really yours.
                </p>
              </>
            ),
          },
        ]}
      />
      {problem === null ? null : (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      )}
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" aria-disabled={making} onClick={() => void exportCard()}>
          {making ? 'Making the contact card…' : 'Export this install’s contact card'}
        </button>
        {onRename === null ? null : (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onRename}>
            Change the names of this install
          </button>
        )}
      </div>
      <p className="govuk-body prm-status" role="status" data-testid="card-status">
        {status}
      </p>
    </section>
  );
}
