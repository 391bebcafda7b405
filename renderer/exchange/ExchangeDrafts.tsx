/**
 * Redacted drafts sent to agencies for factual accuracy, and their replies; and, for people who
 * may send, the form to send one of the case's documents as a draft to an agency's install.
 */
import type { ExchangeCaseView } from '../../shared/exchange/exchange-view.ts';
import { SummaryRows } from '../case/stages/SummaryRows.tsx';
import { formatDate } from '../components/format-date.ts';
import type { Navigate } from '../session/places.ts';
import { receivedWords, sentWords } from './bundle-words.ts';
import type { ExchangeEditingProps } from './exchange-editing.ts';
import { SendDraftForm } from './SendDraftForm.tsx';
import type { BundleSaved } from './use-send-bundle.ts';

export interface ExchangeDraftsProps extends ExchangeEditingProps {
  readonly view: ExchangeCaseView;
  readonly navigate: Navigate;
  readonly onSaved: (saved: BundleSaved) => void;
}

export function ExchangeDrafts({ view, navigate, onSaved, editing, open, close }: ExchangeDraftsProps) {
  return (
    <section aria-labelledby="exchange-drafts-heading" className="govuk-!-margin-bottom-8" data-testid="exchange-drafts">
      <h3 className="govuk-heading-m" id="exchange-drafts-heading">
        Drafts for factual accuracy
      </h3>
      {view.drafts.length === 0 ? <p className="govuk-body">No draft has been sent to an agency for factual accuracy yet.</p> : null}
      {view.drafts.map((draft) => (
        <article key={draft.recordId} aria-labelledby={`exchange-draft-${draft.recordId}`} className="govuk-!-margin-bottom-6">
          <h4 className="govuk-heading-s" id={`exchange-draft-${draft.recordId}`}>
            {`${draft.agency}: draft sent ${formatDate(draft.sentOn)}`}
          </h4>
          <SummaryRows
            rows={[
              { key: 'Draft bundle', value: sentWords(draft.sent, 'Not sent as a bundle') },
              { key: 'Reply', value: draft.reply === null ? (draft.returnedOn === null ? 'Not yet received' : `Returned ${formatDate(draft.returnedOn)}`) : receivedWords(draft.reply) },
            ]}
          />
        </article>
      ))}
      {editing === 'draft' ? <SendDraftForm reference={view.reference} documents={view.documents} contacts={view.contacts} onSaved={onSaved} onCancel={close} /> : null}
      {view.canSend && editing === null && view.contacts.length > 0 ? (
        view.documents.length === 0 ? (
          <p className="govuk-hint">
            {'To send a draft, first add the redacted draft to the case’s '}
            <a
              className="govuk-link"
              href="#documents"
              onClick={(event) => {
                event.preventDefault();
                navigate({ name: 'case', reference: view.reference, section: 'documents' });
              }}
            >
              Documents
            </a>
            .
          </p>
        ) : (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => open('draft')}>
            Send a draft to an agency
          </button>
        )
      ) : null}
    </section>
  );
}
