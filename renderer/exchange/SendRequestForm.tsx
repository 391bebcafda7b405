/**
 * Sending an information request to the agency's install: what the agency needs to search its
 * records, the due date, whether to secure its files, and the summary form and chronology
 * template, sealed so that only the chosen install of that agency can open it.
 */
import { useState } from 'react';
import type { ExchangeCaseView } from '../../shared/exchange/exchange-view.ts';
import { errorFor } from '../components/field-errors.ts';
import { formatDate } from '../components/format-date.ts';
import { ContactChoice, TO_FIELD, type Party } from './ContactChoice.tsx';
import { SendFormFrame } from './SendFormFrame.tsx';
import { useSendBundle, type BundleSaved } from './use-send-bundle.ts';

export interface SendRequestFormProps {
  readonly reference: string;
  readonly request: ExchangeCaseView['requests'][number];
  /** The agency's own trusted installs. */
  readonly contacts: readonly Party[];
  readonly onSaved: (saved: BundleSaved) => void;
  readonly onCancel: () => void;
}

export function SendRequestForm({ reference, request, contacts, onSaved, onCancel }: SendRequestFormProps) {
  const sending = useSendBundle();
  const [to, setTo] = useState<number | null>(contacts.length === 1 ? contacts[0]!.contactId : null);
  const submit = async () => {
    const saved = await sending.send({ kind: 'request', reference, to: to ?? undefined, requestId: request.requestId });
    if (saved !== null) onSaved(saved);
  };
  return (
    <SendFormFrame
      title={`Send the request to ${request.agency}`}
      sending={sending}
      submitLabel="Make and save the request bundle"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="send-request-form"
    >
      <p className="govuk-body">
        {`The bundle carries the child’s and family’s details ${request.agency} needs to search its records, the due date (${formatDate(request.dueOn)}), whether to secure its files, and the agency summary form with the chronology template. Only the install you choose can open it.`}
      </p>
      <ContactChoice legend={`Which install of ${request.agency} should it go to?`} contacts={contacts} value={to} onChange={setTo} error={errorFor(sending.errors, TO_FIELD)} />
    </SendFormFrame>
  );
}
