/**
 * This install's identity and its contacts: the installs bundles may go to and come from. A
 * contact is added from the card its owner sent and trusted only once someone has typed the
 * fingerprint its owner read to them over the phone; it can be revoked. Everyone may see the
 * list; only people who may manage contacts get the buttons, and administrators rename the install.
 */
import { useState } from 'react';
import type { ContactsView, ContactView } from '../../shared/exchange/contacts.ts';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import { OutcomeBanner } from '../case/components/OutcomeBanner.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import type { NotLoaded } from '../components/view-load.ts';
import { userCan } from '../session/screen.ts';
import { AddContactForm } from './AddContactForm.tsx';
import { ConfirmContactForm } from './ConfirmContactForm.tsx';
import { describeInstall, type ContactsEditing, type ContactsOutcome } from './contacts-editing.ts';
import { ContactsTable } from './ContactsTable.tsx';
import { IdentityForm } from './IdentityForm.tsx';
import { RevokeContactForm } from './RevokeContactForm.tsx';
import { ThisInstall } from './ThisInstall.tsx';
import { useContacts, type UseContacts } from './use-contacts.ts';

export function ContactsScreen({ user }: { readonly user: SignedInUser }) {
  const contacts = useContacts();
  useDocumentTitle('Contacts', contacts.load.state === 'failed');
  return (
    <>
      <PageHeading>Contacts</PageHeading>
      <p className="govuk-body govuk-!-width-two-thirds">
        The installs of Practice Review Manager at other organisations that this one sends bundles to and takes bundles from. A contact is trusted only once you have checked
        its fingerprint with its owner over the phone.
      </p>
      {contacts.load.state === 'loaded' ? (
        <ContactsShown view={contacts.load.view} applyResult={contacts.applyResult} mayRename={userCan(user, 'settings.manage')} />
      ) : (
        <ContactsNotShown load={contacts.load} onRetry={contacts.reload} />
      )}
    </>
  );
}

interface ContactsShownProps {
  readonly view: ContactsView;
  readonly applyResult: UseContacts['applyResult'];
  readonly mayRename: boolean;
}

function ContactsShown({ view, applyResult, mayRename }: ContactsShownProps) {
  const [editing, setEditing] = useState<ContactsEditing | null>(null);
  const [outcome, setOutcome] = useState<ContactsOutcome | null>(null);
  const open = (next: ContactsEditing) => {
    setOutcome(null);
    setEditing(next);
  };
  const done = (next: ContactsOutcome) => {
    setEditing(null);
    setOutcome(next);
  };
  const close = () => setEditing(null);
  const contactBeing = (id: number): ContactView | undefined => view.contacts.find((contact) => contact.id === id);

  const form = () => {
    if (editing === null) return null;
    switch (editing.form) {
      case 'identity':
        return <IdentityForm identity={view.identity} applyResult={applyResult} onCancel={close} onSaved={() => done({ heading: 'The names of this install have been changed', body: 'Contacts who already have this install’s card see the old names until you export the card again and send it to them.' })} />;
      case 'add':
        return (
          <AddContactForm
            contacts={view.contacts}
            applyResult={applyResult}
            onCancel={close}
            onAdded={(added) =>
              done(
                added === null
                  ? { heading: 'That contact was already on the list', body: 'Nothing has changed.' }
                  : {
                      heading: `${describeInstall(added)} has been added`,
                      body: `Its fingerprint is not yet confirmed. Ring ${added.organisation}, ask them to read out their install’s fingerprint, then choose “Confirm fingerprint” beside it below.`,
                    },
              )
            }
          />
        );
      case 'confirm': {
        const contact = contactBeing(editing.id);
        if (contact === undefined) return null;
        return (
          <ConfirmContactForm
            contact={contact}
            applyResult={applyResult}
            onCancel={close}
            onTrusted={() => done({ heading: `${describeInstall(contact)} is trusted`, body: 'The fingerprint matches. Bundles can now be sent to this install and taken in from it.' })}
          />
        );
      }
      case 'revoke': {
        const contact = contactBeing(editing.id);
        if (contact === undefined) return null;
        return (
          <RevokeContactForm
            contact={contact}
            applyResult={applyResult}
            onCancel={close}
            onRevoked={() => done({ heading: `${describeInstall(contact)} has been revoked`, body: 'Bundles from it will be refused, and nothing more can be sent to it.' })}
          />
        );
      }
    }
  };

  return (
    <>
      {outcome === null ? null : (
        <OutcomeBanner key={outcome.heading} heading={outcome.heading}>
          {outcome.body === undefined ? null : <p className="govuk-body">{outcome.body}</p>}
        </OutcomeBanner>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {editing?.form === 'identity' ? form() : <ThisInstall identity={view.identity} onRename={mayRename && editing === null ? () => open({ form: 'identity' }) : null} />}
          {editing !== null && editing.form !== 'identity' ? form() : null}
        </div>
      </div>
      <h2 className="govuk-heading-m">Contacts of this install</h2>
      {view.contacts.length === 0 ? (
        <div className="govuk-!-width-two-thirds" data-testid="contacts-empty">
          <p className="govuk-body govuk-!-font-weight-bold">This install has no contacts yet.</p>
          <p className="govuk-body">
            To exchange bundles with another organisation, each of you exports its install’s contact card and sends it to the other; each adds the other’s card here and
            confirms its fingerprint over the phone.
          </p>
        </div>
      ) : (
        <ContactsTable
          contacts={view.contacts}
          {...(view.canManage && editing === null ? { actions: { onConfirm: (contact) => open({ form: 'confirm', id: contact.id }), onRevoke: (contact) => open({ form: 'revoke', id: contact.id }) } } : {})}
        />
      )}
      {view.canManage ? (
        editing === null ? (
          <button type="button" className="govuk-button" onClick={() => open({ form: 'add' })}>
            Add a contact
          </button>
        ) : null
      ) : (
        <div className="govuk-inset-text govuk-!-width-two-thirds" data-testid="contacts-read-only">
          You can see this install’s contacts but not add, trust or revoke them. The Business Unit and administrators do that.
        </div>
      )}
    </>
  );
}

function ContactsNotShown({ load, onRetry }: { load: NotLoaded; onRetry: () => void }) {
  switch (load.state) {
    case 'loading':
      return (
        <p className="govuk-body" role="status">
          Loading the contacts…
        </p>
      );
    case 'not-allowed':
      return (
        <div className="govuk-!-width-two-thirds" data-testid="contacts-not-allowed">
          <p className="govuk-body">You cannot see this install’s contacts, because your role does not include it.</p>
          <p className="govuk-body">If you need them for your work, ask an administrator of Practice Review Manager.</p>
        </div>
      );
    case 'not-found':
    case 'failed':
      return (
        <div className="govuk-!-width-two-thirds" role="alert">
          <h2 className="govuk-heading-m">The contacts could not be shown</h2>
          <p className="govuk-body">{load.message}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
  }
}
