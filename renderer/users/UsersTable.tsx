/**
 * Every account on this install: organisation, roles, whether it is active, whether the person
 * must still choose their own passphrase, and the secured files they hold as a nominated
 * representative (with any still sealed to a key a reset replaced). Each active account other
 * than one's own can have its passphrase reset.
 */
import type { AccountView } from '../../shared/accounts/accounts.ts';
import { filesInWords, rolesInWords } from './account-words.ts';

export interface UsersTableProps {
  readonly users: readonly AccountView[];
  readonly onReset: (account: AccountView) => void;
}

const HEADERS = ['Name', 'Organisation', 'Roles', 'Account', 'Secured files held'];

export function UsersTable({ users, onReset }: UsersTableProps) {
  return (
    <div className="prm-table-scroll" role="region" aria-label="Users of this install" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="users-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{users.length === 1 ? '1 user' : `${users.length.toLocaleString('en-GB')} users`}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {HEADERS.map((header) => (
              <th scope="col" className="govuk-table__header" key={header}>
                {header}
              </th>
            ))}
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {users.map((user) => (
            <tr className="govuk-table__row" key={user.name} data-testid="user-row">
              <th scope="row" className="govuk-table__header">
                {user.name}
                {user.you ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0 prm-secondary-text">You</span> : null}
              </th>
              <td className="govuk-table__cell">{user.organisation}</td>
              <td className="govuk-table__cell">{rolesInWords(user.roles)}</td>
              <td className="govuk-table__cell">
                <AccountState user={user} />
              </td>
              <td className="govuk-table__cell">
                <Holdings user={user} />
              </td>
              <td className="govuk-table__cell">
                {user.status === 'active' && !user.you ? (
                  <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => onReset(user)}>
                    Reset passphrase<span className="govuk-visually-hidden">{` for ${user.name}`}</span>
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AccountState({ user }: { user: AccountView }) {
  if (user.status === 'disabled') return <strong className="govuk-tag govuk-tag--grey">Disabled</strong>;
  return (
    <>
      <strong className="govuk-tag govuk-tag--green">Active</strong>
      {user.mustChangePassphrase ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">Must choose a new passphrase at next sign-in</span> : null}
    </>
  );
}

function Holdings({ user }: { user: AccountView }) {
  if (user.holdings.length === 0) return <span className="prm-secondary-text">None</span>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {user.holdings.map((holding) => (
        <li key={`${holding.reference}|${holding.agency}`} className="govuk-!-margin-bottom-1">
          {`${holding.agency}, case ${holding.reference}: ${filesInWords(holding.files)}`}
          {holding.filesToReseal === 0 ? null : (
            <strong className="govuk-tag govuk-tag--orange govuk-!-display-block govuk-!-margin-top-1">{`${filesInWords(holding.filesToReseal)} to re-seal`}</strong>
          )}
        </li>
      ))}
    </ul>
  );
}
