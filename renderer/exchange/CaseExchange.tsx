/**
 * A case's Send and receive section once loaded: its requests, decisions and drafts with the
 * bundles sent for them and received back, the handover to another partnership, and the log.
 * After a bundle is saved the section says where it must go next, since the app sends nothing
 * itself: the person carries it by their organisation's secure transfer.
 */
import { useState } from 'react';
import type { ExchangeCaseView } from '../../shared/exchange/exchange-view.ts';
import { OutcomeBanner } from '../case/components/OutcomeBanner.tsx';
import { formatSize } from '../case/documents/format-size.ts';
import { WarningText } from '../components/WarningText.tsx';
import type { Navigate } from '../session/places.ts';
import { BundleLog } from './BundleLog.tsx';
import { ExchangeDecisions } from './ExchangeDecisions.tsx';
import { ExchangeDrafts } from './ExchangeDrafts.tsx';
import type { ExchangeEditing } from './exchange-editing.ts';
import { ExchangeRequests } from './ExchangeRequests.tsx';
import { HandOverForm } from './HandOverForm.tsx';
import type { BundleSaved } from './use-send-bundle.ts';

export interface CaseExchangeProps {
  readonly view: ExchangeCaseView;
  readonly refresh: () => Promise<void>;
  readonly navigate: Navigate;
}

export function CaseExchange({ view, refresh, navigate }: CaseExchangeProps) {
  const [editing, setEditing] = useState<ExchangeEditing | null>(null);
  const [saved, setSaved] = useState<BundleSaved | null>(null);
  const open = (key: ExchangeEditing) => {
    setSaved(null);
    setEditing(key);
  };
  const close = () => setEditing(null);
  const onSaved = (bundle: BundleSaved) => {
    setEditing(null);
    setSaved(bundle);
    void refresh();
  };
  const editingProps = { editing, open, close, onSaved };
  const goToContacts = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    navigate({ name: 'contacts' });
  };

  return (
    <>
      {saved === null ? null : <BundleSavedBanner saved={saved} />}
      {view.canSend ? null : (
        <div className="govuk-inset-text" data-testid="exchange-read-only">
          You can see the bundles sent and received for this case, but not send any: your role does not include changing this case. Ask the Business Unit if something needs
          to be sent.
        </div>
      )}
      {view.canSend && view.contacts.length === 0 ? (
        <div className="govuk-inset-text" data-testid="exchange-no-contacts">
          {'This install has no trusted contacts yet, so no bundle can be sent. Add the other organisation’s contact card under '}
          <a className="govuk-link" href="#contacts" onClick={goToContacts}>
            Contacts
          </a>
          {' and confirm its fingerprint with them over the phone.'}
        </div>
      ) : null}
      <ExchangeRequests view={view} navigate={navigate} {...editingProps} />
      <ExchangeDecisions view={view} {...editingProps} />
      <ExchangeDrafts view={view} navigate={navigate} {...editingProps} />
      {view.canSend && view.contacts.length > 0 ? (
        <section aria-labelledby="exchange-hand-over-heading" className="govuk-!-margin-bottom-8" data-testid="exchange-hand-over">
          <h3 className="govuk-heading-m" id="exchange-hand-over-heading">
            Hand this case to another partnership
          </h3>
          {editing === 'hand-over' ? (
            <HandOverForm reference={view.reference} contacts={view.contacts} onSaved={onSaved} onCancel={close} />
          ) : (
            <>
              <p className="govuk-body govuk-!-width-two-thirds">When the child has moved, the whole case can go to the partnership where they now live, which takes it in as a new case with its history.</p>
              {editing === null ? (
                <button type="button" className="govuk-button govuk-button--secondary" onClick={() => open('hand-over')}>
                  Hand this case to another partnership
                </button>
              ) : null}
            </>
          )}
        </section>
      ) : null}
      <section aria-labelledby="exchange-log-heading" data-testid="exchange-log">
        <h3 className="govuk-heading-m" id="exchange-log-heading">
          Bundles sent and received
        </h3>
        <BundleLog rows={view.log} />
      </section>
    </>
  );
}

function BundleSavedBanner({ saved }: { saved: BundleSaved }) {
  return (
    <OutcomeBanner key={saved.made.bundleId} heading="Bundle saved: send it by your organisation’s secure transfer">
      <p className="govuk-body" data-testid="bundle-saved-name">{`${saved.savedAs} (${formatSize(saved.made.size)})`}</p>
      {saved.made.summary.length === 0 ? null : (
        <ul className="govuk-list govuk-list--bullet">
          {saved.made.summary.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      <WarningText>Send the file by your organisation’s secure e-mail or file transfer. Only the install it was made for can open it, and it shows that it came from this install.</WarningText>
    </OutcomeBanner>
  );
}
