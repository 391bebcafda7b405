/**
 * Sending a redacted draft of the report to an agency for factual accuracy: the document, the
 * agency it is for, a reply-by date, whether the agency may forward it (policy: not without the
 * lead reviewer's permission) and a note. The agency's reply comes back as a bundle to import.
 */
import { useState } from 'react';
import type { ExchangeCaseView } from '../../shared/exchange/exchange-view.ts';
import { TextInput } from '../case/components/TextInput.tsx';
import { formatSize } from '../case/documents/format-size.ts';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { DateInput, isRealDate } from '../components/form/DateInput.tsx';
import { Radios, YES_NO } from '../components/form/Radios.tsx';
import { Select } from '../components/form/Select.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { ContactChoice, TO_FIELD, type Party } from './ContactChoice.tsx';
import { SendFormFrame } from './SendFormFrame.tsx';
import { useSendBundle, type BundleSaved } from './use-send-bundle.ts';

export interface SendDraftFormProps {
  readonly reference: string;
  readonly documents: ExchangeCaseView['documents'];
  readonly contacts: readonly Party[];
  readonly onSaved: (saved: BundleSaved) => void;
  readonly onCancel: () => void;
}

export function SendDraftForm({ reference, documents, contacts, onSaved, onCancel }: SendDraftFormProps) {
  const sending = useSendBundle();
  const [documentId, setDocumentId] = useState('');
  const [to, setTo] = useState<number | null>(null);
  const [agency, setAgency] = useState('');
  const [replyBy, setReplyBy] = useState('');
  const [mayForward, setMayForward] = useState('');
  const [note, setNote] = useState('');

  // The agency is most often the organisation whose install it goes to: filled in, still changeable.
  const chooseContact = (contactId: number) => {
    setTo(contactId);
    const contact = contacts.find((each) => each.contactId === contactId);
    if (contact !== undefined && agency.trim() === '') setAgency(contact.organisation);
  };

  const submit = async () => {
    const realDate = replyBy === '' || isRealDate(replyBy);
    const problems: FieldError[] = [];
    if (!realDate) problems.push({ field: 'replyBy', message: 'Enter the reply-by date as a real date, for example 27 3 2026' });
    if (mayForward === '') problems.push({ field: 'mayForward', message: 'Choose whether the agency may forward the draft' });
    const saved = await sending.send(
      {
        kind: 'draft',
        reference,
        to: to ?? undefined,
        documentId: documentId === '' ? undefined : Number(documentId),
        agency,
        replyBy: replyBy === '' || !realDate ? null : replyBy,
        mayForward: mayForward === 'yes',
        note,
      },
      problems,
    );
    if (saved !== null) onSaved(saved);
  };

  return (
    <SendFormFrame title="Send a draft to an agency for factual accuracy" sending={sending} submitLabel="Make and save the bundle" onSubmit={() => void submit()} onCancel={onCancel} testId="send-draft-form">
      <Select
        id="documentId"
        label="Which draft?"
        hint="A document of this case: the redacted draft of the report"
        value={documentId}
        onChange={setDocumentId}
        options={documents.map((document) => ({ value: String(document.id), label: `${document.name} (${formatSize(document.size)})` }))}
        error={errorFor(sending.errors, 'documentId')}
      />
      <ContactChoice legend="Which install should it go to?" contacts={contacts} value={to} onChange={chooseContact} error={errorFor(sending.errors, TO_FIELD)} />
      <TextInput id="agency" label="Agency" hint="The agency whose factual accuracy check this is, as the case names it" value={agency} onChange={setAgency} error={errorFor(sending.errors, 'agency')} widthClass="govuk-input--width-30" />
      <DateInput id="replyBy" label="Reply by (optional)" value={replyBy} onChange={setReplyBy} error={errorFor(sending.errors, 'replyBy')} />
      <Radios
        id="mayForward"
        legend="May the agency forward the draft?"
        hint="The draft is not forwarded without the lead reviewer’s permission."
        value={mayForward}
        onChange={setMayForward}
        options={YES_NO}
        inline
        error={errorFor(sending.errors, 'mayForward')}
      />
      <TextArea id="note" label="Note (optional)" hint="What you are asking them to check, for example the sections about their agency" value={note} onChange={setNote} error={errorFor(sending.errors, 'note')} rows={3} />
    </SendFormFrame>
  );
}
