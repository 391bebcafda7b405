import type { MouseEvent } from 'react';
import { CASE_KIND_LABELS, CASE_STAGE_LABELS, CASE_STAGES, isCaseKind, type CaseStage } from '../../shared/case-kinds.ts';
import { PERSON_ROLE_LABELS, type PersonMatch } from '../../shared/reviews/people.ts';
import { formatDate } from '../components/format-date.ts';
import type { Navigate } from '../session/places.ts';

const COLUMNS = ['Name', 'Other names', 'Dates of birth', 'Role', 'Case', 'Kind and stage', 'Case status', 'What matched'];

export interface PeopleSearchResultsProps {
  readonly matches: readonly PersonMatch[];
  /** What was searched for, in words: "“Ava”, born 3 March 2016". */
  readonly asked: string;
  readonly navigate: Navigate;
}

export function PeopleSearchResults({ matches, asked, navigate }: PeopleSearchResultsProps) {
  if (matches.length === 0) {
    return (
      <div className="govuk-!-width-two-thirds" data-testid="people-search-none" role="status">
        <h2 className="govuk-heading-m">No one found for {asked}</h2>
        <p className="govuk-body">No person on any case, open or closed, matches. You could:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>try other spellings of the name, or only part of it</li>
          <li>search by the family name alone, in case it has changed</li>
          <li>search by date of birth instead of the name, or the other way round</li>
        </ul>
      </div>
    );
  }
  const openCase = (event: MouseEvent<HTMLAnchorElement>, reference: string) => {
    event.preventDefault();
    navigate({ name: 'case', reference, section: 'people' });
  };
  return (
    <div className="prm-table-scroll" role="region" aria-label="People found" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="people-search-results">
        <caption className="govuk-table__caption govuk-table__caption--m">
          {matches.length === 1 ? '1 person found' : `${matches.length.toLocaleString('en-GB')} people found`} for {asked}
        </caption>
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
          {matches.map((match) => (
            <tr className="govuk-table__row" key={`${match.caseReference}:${match.personId}`}>
              <th scope="row" className="govuk-table__header">
                {match.name}
              </th>
              <td className="govuk-table__cell">{match.otherNames.length === 0 ? <span className="prm-secondary-text">None</span> : match.otherNames.join(', ')}</td>
              <td className="govuk-table__cell prm-nowrap">
                {match.datesOfBirth.length === 0 ? <span className="prm-secondary-text">Not known</span> : match.datesOfBirth.map(formatDate).join(', ')}
              </td>
              <td className="govuk-table__cell">{PERSON_ROLE_LABELS[match.role]}</td>
              <td className="govuk-table__cell prm-nowrap">
                <a className="govuk-link" href={`#case-${match.caseReference}-people`} onClick={(event) => openCase(event, match.caseReference)}>
                  {match.caseReference}
                  <span className="govuk-visually-hidden">: the people on this case</span>
                </a>
                <br />
                <span className="prm-secondary-text">Referred {formatDate(match.referralDate)}</span>
              </td>
              <td className="govuk-table__cell">
                {kindLabel(match.caseKind)}
                <br />
                {stageLabel(match.caseStage)}
              </td>
              <td className="govuk-table__cell">
                {match.caseOpen ? <strong className="govuk-tag govuk-tag--blue">Open</strong> : <strong className="govuk-tag govuk-tag--grey">Closed</strong>}
              </td>
              <td className="govuk-table__cell">{match.matchedOn.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Main sends the kind and stage as their codes; the labels are the screens' words for them.
function kindLabel(kind: string): string {
  return isCaseKind(kind) ? CASE_KIND_LABELS[kind] : kind;
}

function stageLabel(stage: string): string {
  return isCaseStage(stage) ? CASE_STAGE_LABELS[stage] : stage;
}

function isCaseStage(stage: string): stage is CaseStage {
  return (CASE_STAGES as readonly string[]).includes(stage);
}
