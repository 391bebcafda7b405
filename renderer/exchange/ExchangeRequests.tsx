/**
 * The case's information requests as the exchange sees them: each agency's due date and state,
 * the request bundle sent to its install and the return that came back, and — for people who
 * may send — the button to send the request to one of that agency's trusted installs.
 */
import type { ExchangeCaseView } from '../../shared/exchange/exchange-view.ts';
import { SummaryRows } from '../case/stages/SummaryRows.tsx';
import { formatDate } from '../components/format-date.ts';
import type { Navigate } from '../session/places.ts';
import { receivedWords, sentWords } from './bundle-words.ts';
import { contactsOf } from './ContactChoice.tsx';
import type { ExchangeEditingProps } from './exchange-editing.ts';
import { SendRequestForm } from './SendRequestForm.tsx';
import type { BundleSaved } from './use-send-bundle.ts';

type Request = ExchangeCaseView['requests'][number];

const STATE_TAGS: Readonly<Record<Request['state'], { words: string; tagClass: string }>> = {
  awaiting: { words: 'Awaited', tagClass: 'govuk-tag--blue' },
  overdue: { words: 'Overdue', tagClass: 'govuk-tag--red' },
  received: { words: 'Received', tagClass: 'govuk-tag--green' },
};

export interface ExchangeRequestsProps extends ExchangeEditingProps {
  readonly view: ExchangeCaseView;
  readonly navigate: Navigate;
  readonly onSaved: (saved: BundleSaved) => void;
}

export function ExchangeRequests({ view, navigate, onSaved, editing, open, close }: ExchangeRequestsProps) {
  return (
    <section aria-labelledby="exchange-requests-heading" className="govuk-!-margin-bottom-8" data-testid="exchange-requests">
      <h3 className="govuk-heading-m" id="exchange-requests-heading">
        Information requests
      </h3>
      {view.requests.length === 0 ? (
        <p className="govuk-body">
          No agency has been asked for information on this case yet. Record each request under{' '}
          <a
            className="govuk-link"
            href="#requests"
            onClick={(event) => {
              event.preventDefault();
              navigate({ name: 'case', reference: view.reference, section: 'requests' });
            }}
          >
            Information requests
          </a>
          , then send it from here.
        </p>
      ) : (
        view.requests.map((request) => {
          const key = `request:${request.requestId}` as const;
          const agencyContacts = contactsOf(view.contacts, request.agency);
          const tag = STATE_TAGS[request.state];
          return (
            <article key={request.requestId} aria-labelledby={`exchange-request-${request.requestId}`} className="govuk-!-margin-bottom-6" data-testid={`exchange-request-${request.requestId}`}>
              <h4 className="govuk-heading-s" id={`exchange-request-${request.requestId}`}>
                {request.agency}
              </h4>
              <SummaryRows
                rows={[
                  {
                    key: 'State',
                    value: (
                      <>
                        <strong className={`govuk-tag ${tag.tagClass}`} data-testid="request-state">
                          {tag.words}
                        </strong>
                        {request.receivedOn === null ? ` Due ${formatDate(request.dueOn)}` : ` on ${formatDate(request.receivedOn)}`}
                      </>
                    ),
                  },
                  { key: 'Request bundle', value: sentWords(request.sent) },
                  { key: 'Return', value: receivedWords(request.returned) },
                ]}
              />
              {editing === key ? <SendRequestForm reference={view.reference} request={request} contacts={agencyContacts} onSaved={onSaved} onCancel={close} /> : null}
              {view.canSend && editing === null && request.returned === null ? (
                agencyContacts.length === 0 ? (
                  <p className="govuk-hint" data-testid="no-agency-contact">
                    {`No trusted install of ${request.agency} is among this install’s contacts, so the request cannot be sent from here. Add ${request.agency}’s contact card under `}
                    <a
                      className="govuk-link"
                      href="#contacts"
                      onClick={(event) => {
                        event.preventDefault();
                        navigate({ name: 'contacts' });
                      }}
                    >
                      Contacts
                    </a>
                    {' and confirm its fingerprint first.'}
                  </p>
                ) : (
                  <button type="button" className="govuk-button govuk-button--secondary" onClick={() => open(key)}>
                    {request.sent === null ? `Send request to ${request.agency}` : `Send the request to ${request.agency} again`}
                  </button>
                )
              ) : null}
            </article>
          );
        })
      )}
    </section>
  );
}
