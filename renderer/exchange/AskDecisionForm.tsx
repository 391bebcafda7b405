/**
 * Asking someone with no account on this desk (a screening panel member, a partner endorsing a
 * meeting's outcome, someone declaring an interest) to confirm or correct, signed, the entry the
 * Business Unit made on their behalf. Their signed answer comes back as a bundle to import.
 */
import { useState } from 'react';
import type { ExchangeCaseView } from '../../shared/exchange/exchange-view.ts';
import { DECISION_RECORD_LABELS } from '../../shared/exchange/payloads.ts';
import { TextInput } from '../case/components/TextInput.tsx';
import { errorFor } from '../components/field-errors.ts';
import { DateInput, isRealDate } from '../components/form/DateInput.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { ContactChoice, TO_FIELD, type Party } from './ContactChoice.tsx';
import { SendFormFrame } from './SendFormFrame.tsx';
import { useSendBundle, type BundleSaved } from './use-send-bundle.ts';

export interface AskDecisionFormProps {
  readonly reference: string;
  readonly decision: ExchangeCaseView['decisions'][number];
  readonly contacts: readonly Party[];
  readonly onSaved: (saved: BundleSaved) => void;
  readonly onCancel: () => void;
}

export function AskDecisionForm({ reference, decision, contacts, onSaved, onCancel }: AskDecisionFormProps) {
  const sending = useSendBundle();
  const [to, setTo] = useState<number | null>(contacts.length === 1 ? contacts[0]!.contactId : null);
  const [personName, setPersonName] = useState(decision.personName);
  const [question, setQuestion] = useState(`Please check the ${DECISION_RECORD_LABELS[decision.recordType].toLowerCase()} recorded on your behalf, correct anything that is wrong, and sign it.`);
  const [replyBy, setReplyBy] = useState('');

  const submit = async () => {
    const realDate = replyBy === '' || isRealDate(replyBy);
    const problems = realDate ? [] : [{ field: 'replyBy', message: 'Enter the reply-by date as a real date, for example 27 3 2026' }];
    const answers = { kind: 'decision-request', reference, to: to ?? undefined, recordId: decision.recordId, personName, question, replyBy: replyBy === '' || !realDate ? null : replyBy };
    const saved = await sending.send(answers, problems);
    if (saved !== null) onSaved(saved);
  };

  return (
    <SendFormFrame
      title={`Ask ${decision.personName} to sign this`}
      sending={sending}
      submitLabel="Make and save the bundle"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="ask-decision-form"
    >
      <p className="govuk-body">
        {`The bundle carries the entry as it stands here. ${decision.personName} confirms or corrects it on their own install and sends it back signed; when you import their answer, it replaces the entry made on their behalf, and the earlier entry is kept in the history.`}
      </p>
      <ContactChoice legend="Which install should it go to?" hint="The install of the person’s own organisation, whose fingerprint has been confirmed." contacts={contacts} value={to} onChange={setTo} error={errorFor(sending.errors, TO_FIELD)} />
      <TextInput id="personName" label="Whose decision is it?" hint="Their full name, as the entry names them" value={personName} onChange={setPersonName} error={errorFor(sending.errors, 'personName')} widthClass="govuk-input--width-30" />
      <TextArea id="question" label="What are you asking them to confirm?" value={question} onChange={setQuestion} error={errorFor(sending.errors, 'question')} rows={3} />
      <DateInput id="replyBy" label="Reply by (optional)" value={replyBy} onChange={setReplyBy} error={errorFor(sending.errors, 'replyBy')} />
    </SendFormFrame>
  );
}
