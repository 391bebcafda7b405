/**
 * The redacted draft to an agency as a sealed bundle, for the install of a trusted contact: only
 * that install can open it. The recipient, agency and "may forward" are the exports form's.
 */
import { useState, type FormEvent, type MouseEvent } from 'react';
import { formatSize } from '../case/documents/format-size.ts';
import { OutcomeBanner } from '../case/components/OutcomeBanner.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { DateInput, isRealDate } from '../components/form/DateInput.tsx';
import { WarningText } from '../components/WarningText.tsx';
import { ContactChoice, TO_FIELD } from '../exchange/ContactChoice.tsx';
import { useContacts } from '../exchange/use-contacts.ts';
import type { BundleSaved } from '../exchange/use-send-bundle.ts';
import type { Navigate } from '../session/places.ts';
import { TransferProgress } from '../vault/TransferProgress.tsx';
import { recipientOf, type ExportAnswers } from './export-choice.ts';
import { useSendDraft } from './use-send-draft.ts';

export interface SendDraftBundleProps {
  readonly reference: string;
  readonly answers: ExportAnswers;
  /** The distribution register has a new row. */
  readonly onSent: () => void;
  readonly navigate: Navigate;
}

export function SendDraftBundle({ reference, answers, onSent, navigate }: SendDraftBundleProps) {
  const contacts = useContacts();
  const sending = useSendDraft();
  const [to, setTo] = useState<number | null>(null);
  const [replyBy, setReplyBy] = useState('');
  const [saved, setSaved] = useState<BundleSaved | null>(null);
  const trusted =
    contacts.load.state === 'loaded'
      ? contacts.load.view.contacts.filter((contact) => contact.state === 'trusted').map((contact) => ({ contactId: contact.id, organisation: contact.organisation, installName: contact.installName }))
      : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending.stage !== 'idle') return;
    setSaved(null);
    const realDate = replyBy === '' || isRealDate(replyBy);
    const problems: FieldError[] = realDate ? [] : [{ field: 'replyBy', message: 'Enter the reply-by date as a real date, for example 27 3 2026' }];
    const answered = { reference, to: to ?? undefined, recipient: recipientOf(answers), replyBy: replyBy === '' || !realDate ? null : replyBy };
    const bundle = await sending.send(answered, problems);
    if (bundle === null) return;
    setSaved(bundle);
    onSent();
  };
  const openContacts = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate({ name: 'contacts' });
  };

  return (
    <div className="govuk-!-margin-top-6" data-testid="send-draft-bundle">
      <h4 className="govuk-heading-s">Or send the draft as a sealed bundle</h4>
      {saved === null ? null : (
        <OutcomeBanner key={saved.made.bundleId} heading="Bundle saved: send it by your organisation’s secure transfer">
          <p className="govuk-body" data-testid="draft-bundle-saved">{`${saved.savedAs} (${formatSize(saved.made.size)})`}</p>
          <WarningText>Only the install it was made for can open it. It is recorded in the distribution register below.</WarningText>
        </OutcomeBanner>
      )}
      {contacts.load.state === 'loading' ? (
        <p className="govuk-body" role="status">
          Loading your trusted contacts…
        </p>
      ) : contacts.load.state !== 'loaded' ? (
        <p className="govuk-body">{`Your trusted contacts could not be shown: ${contacts.load.message}`}</p>
      ) : trusted.length === 0 ? (
        <p className="govuk-body" data-testid="no-trusted-contacts">
          There is no trusted contact to send it to. The Business Unit adds agencies’ installs on the{' '}
          <a className="govuk-link" href="#contacts" onClick={openContacts}>
            Contacts page
          </a>
          ; until then, download the draft as a file above.
        </p>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)} data-testid="send-draft-bundle-form">
          <ErrorSummary errors={sending.errors} />
          <ContactChoice legend="Which install should it go to?" contacts={trusted} value={to} onChange={setTo} error={errorFor(sending.errors, TO_FIELD)} />
          <DateInput id="replyBy" label="Reply by (optional)" hint="The date you need their factual-accuracy reply by. For example, 27 3 2026" value={replyBy} onChange={setReplyBy} error={errorFor(sending.errors, 'replyBy')} />
          {sending.stage === 'saving' && sending.progress !== null ? (
            <>
              <TransferProgress id="draft-bundle-progress" label="Saving the bundle" progress={sending.progress} />
              <button type="button" className="govuk-button govuk-button--secondary" onClick={sending.cancel}>
                Cancel saving
              </button>
            </>
          ) : (
            <button type="submit" className="govuk-button" aria-disabled={sending.stage !== 'idle'}>
              {sending.stage === 'making' ? 'Making the bundle…' : 'Send as a sealed bundle'}
            </button>
          )}
          <p className="govuk-body prm-status" role="status">
            {sending.stage === 'making' ? 'Checking the draft for identifiers, then sealing it for the contact’s install…' : ''}
          </p>
        </form>
      )}
    </div>
  );
}
