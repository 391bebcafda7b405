/**
 * Handing the case to another partnership (policy 20.4, a child who moved): the whole case — its
 * records, people, history and every document — sealed to the receiving partnership's install,
 * which takes it in as a new case with its history.
 */
import { useState } from 'react';
import { errorFor } from '../components/field-errors.ts';
import { TextArea } from '../components/form/TextArea.tsx';
import { WarningText } from '../components/WarningText.tsx';
import { ContactChoice, TO_FIELD, type Party } from './ContactChoice.tsx';
import { SendFormFrame } from './SendFormFrame.tsx';
import { useSendBundle, type BundleSaved } from './use-send-bundle.ts';

export interface HandOverFormProps {
  readonly reference: string;
  readonly contacts: readonly Party[];
  readonly onSaved: (saved: BundleSaved) => void;
  readonly onCancel: () => void;
}

export function HandOverForm({ reference, contacts, onSaved, onCancel }: HandOverFormProps) {
  const sending = useSendBundle();
  const [to, setTo] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const submit = async () => {
    const saved = await sending.send({ kind: 'case', reference, to: to ?? undefined, note });
    if (saved !== null) onSaved(saved);
  };
  return (
    <SendFormFrame title={`Send case ${reference} to the receiving partnership`} sending={sending} submitLabel="Make and save the handover bundle" onSubmit={() => void submit()} onCancel={onCancel} testId="hand-over-form">
      <WarningText testId="hand-over-warning">
        {`Everything on case ${reference} goes: its records, the people named in it, its history and every document. Check that the other partnership has agreed to take it on before you send it.`}
      </WarningText>
      <p className="govuk-body">The case stays on this install as it is. Record what happens to it here as your policy says, for example its closure.</p>
      <ContactChoice legend="Which partnership’s install should it go to?" contacts={contacts} value={to} onChange={setTo} error={errorFor(sending.errors, TO_FIELD)} />
      <TextArea
        id="note"
        label="Note for the receiving partnership (optional)"
        hint="For example why the case is handed over and who to contact here"
        value={note}
        onChange={setNote}
        error={errorFor(sending.errors, 'note')}
        rows={3}
      />
    </SendFormFrame>
  );
}
