/**
 * The child and family the agency is asked to search its records for, with every detail it
 * searches by: other names and spellings, dates of birth, addresses, and how each is related.
 */
import type { RequestedPerson } from '../../shared/exchange/payloads.ts';
import { PERSON_ROLE_LABELS } from '../../shared/reviews/people.ts';
import { formatDate } from '../components/format-date.ts';

const COLUMNS = ['Role', 'Name', 'Other names', 'Dates of birth', 'Addresses', 'Relationship'];

export function PeopleToSearch({ people }: { readonly people: readonly RequestedPerson[] }) {
  if (people.length === 0) return <p className="govuk-body">The request names no one to search for. Ask the sender who it is about before you search.</p>;
  return (
    <div className="prm-table-scroll" role="region" aria-label="People to search for" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="people-to-search">
        <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">People to search your records for</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {COLUMNS.map((column) => (
              <th scope="col" className="govuk-table__header" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {people.map((person, index) => (
            // People carry no id of their own in a request; their place in it is stable.
            <tr className="govuk-table__row" key={index}>
              <td className="govuk-table__cell">{PERSON_ROLE_LABELS[person.role]}</td>
              <th scope="row" className="govuk-table__header">{`${person.givenNames} ${person.familyName}`.trim()}</th>
              <td className="govuk-table__cell">
                <Lines items={person.otherNames} />
              </td>
              <td className="govuk-table__cell">
                <Lines items={person.datesOfBirth.map(formatDate)} nowrap />
              </td>
              <td className="govuk-table__cell">
                <Lines items={person.addresses} />
              </td>
              <td className="govuk-table__cell">{person.relationship.trim() === '' ? <span className="prm-secondary-text">Not given</span> : person.relationship}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Lines({ items, nowrap = false }: { readonly items: readonly string[]; readonly nowrap?: boolean }) {
  if (items.length === 0) return <span className="prm-secondary-text">None given</span>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {items.map((item) => (
        <li key={item} className={`govuk-!-margin-bottom-1${nowrap ? ' prm-nowrap' : ''}`} style={{ whiteSpace: nowrap ? undefined : 'pre-line' }}>
          {item}
        </li>
      ))}
    </ul>
  );
}
