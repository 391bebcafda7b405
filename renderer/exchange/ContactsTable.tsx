/**
 * This install's contacts: who each is, its fingerprint, whether it is trusted, and who trusted
 * or revoked it and when. People who may manage contacts get the buttons for each row.
 */
import type { ContactView } from '../../shared/exchange/contacts.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { ContactStateTag } from './ContactStateTag.tsx';
import { describeInstall } from './contacts-editing.ts';
import { Fingerprint } from './Fingerprint.tsx';

export interface ContactsTableProps {
  readonly contacts: readonly ContactView[];
  /** Absent for people who may not manage contacts: they see the list without buttons. */
  readonly actions?: { readonly onConfirm: (contact: ContactView) => void; readonly onRevoke: (contact: ContactView) => void };
}

const HEADERS = ['Organisation', 'Install', 'Fingerprint', 'State', 'Trust'];

export function ContactsTable({ contacts, actions }: ContactsTableProps) {
  return (
    <div className="prm-table-scroll" role="region" aria-label="Contacts of this install" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="contacts-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{contacts.length === 1 ? '1 contact' : `${contacts.length.toLocaleString('en-GB')} contacts`}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {HEADERS.map((header) => (
              <th scope="col" className="govuk-table__header" key={header}>
                {header}
              </th>
            ))}
            {actions === undefined ? null : (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {contacts.map((contact) => (
            <tr className="govuk-table__row" key={contact.id} data-testid={`contact-${contact.id}`}>
              <th scope="row" className="govuk-table__header">
                {contact.organisation}
              </th>
              <td className="govuk-table__cell">{contact.installName}</td>
              <td className="govuk-table__cell">
                <Fingerprint value={contact.fingerprint} small />
              </td>
              <td className="govuk-table__cell">
                <ContactStateTag state={contact.state} />
              </td>
              <td className="govuk-table__cell">{trustWords(contact)}</td>
              {actions === undefined ? null : (
                <td className="govuk-table__cell">
                  <RowActions contact={contact} actions={actions} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Who added, trusted or revoked it, and when: the last thing that happened to it first. */
function trustWords(contact: ContactView) {
  const added = `Added by ${contact.addedBy} on ${formatTimestamp(contact.addedAt)}.`;
  const trusted = contact.confirmedBy === null || contact.confirmedAt === null ? null : `Trusted by ${contact.confirmedBy} on ${formatTimestamp(contact.confirmedAt)}.`;
  if (contact.state === 'revoked') {
    const revoked = contact.revokedBy === null || contact.revokedAt === null ? 'Revoked.' : `Revoked by ${contact.revokedBy} on ${formatTimestamp(contact.revokedAt)}.`;
    return (
      <>
        <p className="govuk-body-s govuk-!-margin-bottom-1">{revoked}</p>
        {contact.revokedReason === '' ? null : <p className="govuk-body-s govuk-!-margin-bottom-1">{`Why: ${contact.revokedReason}`}</p>}
        <p className="govuk-body-s govuk-!-margin-bottom-0 prm-secondary-text">{trusted ?? added}</p>
      </>
    );
  }
  if (trusted !== null) return <p className="govuk-body-s govuk-!-margin-bottom-0">{trusted}</p>;
  return (
    <>
      <p className="govuk-body-s govuk-!-margin-bottom-1">Not trusted yet: nothing can be sent to it or taken in from it.</p>
      <p className="govuk-body-s govuk-!-margin-bottom-0 prm-secondary-text">{added}</p>
    </>
  );
}

function RowActions({ contact, actions }: { contact: ContactView; actions: NonNullable<ContactsTableProps['actions']> }) {
  if (contact.state === 'revoked') return null;
  const name = describeInstall(contact);
  return (
    <div className="govuk-button-group govuk-!-margin-bottom-0">
      {contact.state === 'unconfirmed' ? (
        <button type="button" className="govuk-button govuk-!-margin-bottom-1" onClick={() => actions.onConfirm(contact)}>
          Confirm fingerprint<span className="govuk-visually-hidden">{` of ${name}`}</span>
        </button>
      ) : null}
      <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-1" onClick={() => actions.onRevoke(contact)}>
        Revoke<span className="govuk-visually-hidden">{` ${name}`}</span>
      </button>
    </div>
  );
}
