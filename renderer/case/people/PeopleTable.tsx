import { PERSON_ROLE_LABELS, type PersonView } from '../../../shared/reviews/people.ts';
import { formatDate } from '../../components/format-date.ts';

export interface PeopleTableProps {
  readonly people: readonly PersonView[];
  /** Absent for someone who may not change the case: the table has no actions then. */
  readonly onChange?: (person: PersonView) => void;
  readonly onRemove?: (person: PersonView) => void;
}

function roleDetail(person: PersonView): string {
  return [person.relationship, person.agency].filter((part) => part !== '').join(', ');
}

/** The case's people, the name they are published under first, since that is the one said aloud in meetings. */
export function PeopleTable({ people, onChange, onRemove }: PeopleTableProps) {
  const actions = onChange !== undefined || onRemove !== undefined;
  return (
    <div className="prm-table-scroll" role="region" aria-label="People on the case" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="people-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{people.length === 1 ? '1 person' : `${people.length} people`}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Published as
            </th>
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Role
            </th>
            <th scope="col" className="govuk-table__header">
              Relationship or agency
            </th>
            <th scope="col" className="govuk-table__header">
              Date of birth
            </th>
            {actions ? (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {people.map((person) => {
            const name = `${person.givenNames} ${person.familyName}`;
            return (
              <tr className="govuk-table__row" key={person.id}>
                <th scope="row" className="govuk-table__header">
                  {person.publishAs}
                </th>
                <td className="govuk-table__cell">
                  {name}
                  {person.otherNames.length === 0 ? null : <span className="govuk-body-s prm-secondary-text govuk-!-display-block govuk-!-margin-bottom-0">{`Also known as ${person.otherNames.join(', ')}`}</span>}
                  {person.dateOfDeath === null ? null : <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{`Died ${formatDate(person.dateOfDeath)}`}</span>}
                </td>
                <td className="govuk-table__cell">{PERSON_ROLE_LABELS[person.role]}</td>
                <td className="govuk-table__cell">{roleDetail(person) === '' ? <span className="prm-secondary-text">Not recorded</span> : roleDetail(person)}</td>
                <td className="govuk-table__cell prm-nowrap">
                  {person.datesOfBirth.length === 0 ? (
                    <span className="prm-secondary-text">Not recorded</span>
                  ) : (
                    person.datesOfBirth.map((date) => (
                      <span key={date} className="govuk-!-display-block">
                        {formatDate(date)}
                      </span>
                    ))
                  )}
                </td>
                {actions ? (
                  <td className="govuk-table__cell prm-nowrap">
                    {onChange === undefined ? null : (
                      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-right-2" onClick={() => onChange(person)}>
                        Change<span className="govuk-visually-hidden">{` ${person.publishAs} (${name})`}</span>
                      </button>
                    )}
                    {onRemove === undefined ? null : (
                      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => onRemove(person)}>
                        Remove<span className="govuk-visually-hidden">{` ${person.publishAs} (${name})`}</span>
                      </button>
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
