/**
 * Sending an agency the actions it owns, as a sealed bundle for its install: choose the agency,
 * the actions (its open ones are ticked), and which of the agency's trusted installs it goes to.
 * The agency records its progress there and sends an update back, which waits under "Updates
 * from agencies" to be taken up.
 */
import { useMemo, useState, type MouseEvent } from 'react';
import type { ActionPlanView } from '../../shared/actions/action-plan.ts';
import { errorFor } from '../components/field-errors.ts';
import { Checkboxes } from '../components/form/Checkboxes.tsx';
import { Select } from '../components/form/Select.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { formatDate } from '../components/format-date.ts';
import { ContactChoice, contactsOf, TO_FIELD, type Party } from '../exchange/ContactChoice.tsx';
import { SendFormFrame } from '../exchange/SendFormFrame.tsx';
import { useSendBundle, type BundleSaved } from '../exchange/use-send-bundle.ts';
import type { Navigate } from '../session/places.ts';
import { actionNumber, agenciesWithActions, isOpen, shortened } from './plan-words.ts';
import { actionsOwnedBy, sentAction, type OwnedAction } from './sent-actions.ts';

/** What was sent, for the page to say once the bundle is saved. */
export interface ActionsSent {
  readonly saved: BundleSaved;
  readonly agency: string;
  /** "Action 1.1", with what it is. */
  readonly actions: readonly string[];
}

export interface SendActionsFormProps {
  readonly view: ActionPlanView;
  /** This install's trusted contacts. */
  readonly contacts: readonly Party[];
  readonly navigate: Navigate;
  readonly onSent: (sent: ActionsSent) => void;
  readonly onCancel: () => void;
}

function describe(owned: OwnedAction): string {
  return `${actionNumber(owned.recommendationNumber, owned.index)}: ${shortened(owned.action.what, 80)}`;
}

export function SendActionsForm({ view, contacts, navigate, onSent, onCancel }: SendActionsFormProps) {
  const sending = useSendBundle();
  const agencies = agenciesWithActions(view);
  const [agency, setAgency] = useState(agencies.length === 1 ? agencies[0]! : '');
  const owned = useMemo(() => actionsOwnedBy(view, agency), [view, agency]);
  const [chosen, setChosen] = useState<readonly string[]>(() => owned.filter((each) => isOpen(each.action)).map((each) => each.action.uid));
  // One install of the agency is the one it goes to: chosen for the person, still changeable.
  const onlyInstall = (of: string) => {
    const theirs = of === '' ? [] : contactsOf(contacts, of);
    return theirs.length === 1 ? theirs[0]!.contactId : null;
  };
  const [to, setTo] = useState<number | null>(() => onlyInstall(agency));
  const [note, setNote] = useState('');
  const installs = agency === '' ? [] : contactsOf(contacts, agency);

  const chooseAgency = (next: string) => {
    setAgency(next);
    setChosen(actionsOwnedBy(view, next).filter((each) => isOpen(each.action)).map((each) => each.action.uid));
    setTo(onlyInstall(next));
  };

  const submit = async () => {
    const picked = owned.filter((each) => chosen.includes(each.action.uid));
    // With no install of the agency to choose, say why nothing can be sent rather than "choose one".
    const problems = agency !== '' && installs.length === 0 ? [{ field: TO_FIELD, message: `There is no trusted install of ${agency} to send to: add it on the Contacts page first` }] : [];
    const saved = await sending.send({ kind: 'actions', reference: view.reference, to: to ?? undefined, agency, actions: picked.map(sentAction), note }, problems);
    if (saved !== null) onSent({ saved, agency, actions: picked.map(describe) });
  };

  const goToContacts = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate({ name: 'contacts' });
  };

  return (
    <SendFormFrame title="Send an agency its actions" sending={sending} submitLabel="Make and save the bundle" onSubmit={() => void submit()} onCancel={onCancel} testId="send-actions-form">
      <p className="govuk-body">
        The bundle is sealed for the agency’s install. Save it, then send the file by your organisation’s secure transfer. The agency records its progress and evidence there and sends an
        update back.
      </p>
      <Select id="agency" label="Which agency?" value={agency} onChange={chooseAgency} options={agencies.map((each) => ({ value: each, label: each }))} error={errorFor(sending.errors, 'agency')} />
      {agency === '' ? null : (
        <>
          <Checkboxes
            id="actions"
            legend={`Which of ${agency}’s actions?`}
            hint="Its open actions are ticked. Each keeps its place in this plan, so the agency’s update comes back to it."
            value={chosen}
            onChange={setChosen}
            options={owned.map((each) => ({ value: each.action.uid, label: describe(each), hint: `Due ${formatDate(each.action.dueOn)}` }))}
            error={errorFor(sending.errors, 'actions')}
          />
          {installs.length === 0 ? (
            <div className="govuk-inset-text" data-testid="send-actions-no-contact" id={TO_FIELD} tabIndex={-1}>
              {`There is no trusted install of ${agency} to send its actions to. `}
              <a className="govuk-link" href="#contacts" onClick={goToContacts}>
                Add the agency’s install on the Contacts page
              </a>
              , confirm its fingerprint with them, then come back to send.
            </div>
          ) : (
            <ContactChoice legend="Which install should it go to?" hint={`Only ${agency}’s installs whose fingerprint has been confirmed are listed.`} contacts={installs} value={to} onChange={setTo} error={errorFor(sending.errors, TO_FIELD)} />
          )}
          <TextArea id="note" label="Note (optional)" hint="For example, when you would like their update by" value={note} onChange={setNote} error={errorFor(sending.errors, 'note')} rows={3} />
        </>
      )}
    </SendFormFrame>
  );
}
