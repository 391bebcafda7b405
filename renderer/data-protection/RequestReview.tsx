/**
 * What the search found, for the data-protection officer to review before taking the export:
 * how many places in each part of the store (every part, so it is plain where the search looked),
 * the cases, the person's own records, and what could not be searched here and why.
 */
import { PERSON_ROLE_LABELS } from '../../shared/reviews/people.ts';
import type { DataProtectionReview } from '../../shared/ipc/data-protection-calls.ts';
import { formatDate } from '../components/format-date.ts';
import { WarningText } from '../components/WarningText.tsx';
import { CaseLink } from '../learning/CaseLink.tsx';
import type { Navigate } from '../session/places.ts';
import { counted, kindAndStage, subjectWords } from './request-words.ts';

export interface RequestReviewProps {
  readonly review: DataProtectionReview;
  readonly navigate: Navigate;
}

export function RequestReview({ review, navigate }: RequestReviewProps) {
  const who = subjectWords(review.name, review.dateOfBirth);
  if (review.found === 0) {
    return (
      <div className="govuk-!-width-two-thirds" data-testid="data-protection-nothing-found" role="status">
        <h3 className="govuk-heading-m">Nothing in this store names {who}</h3>
        <p className="govuk-body">No people record, case record, document, report, audit detail or other part of the store names them. You could:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>try other spellings, or names they have been known by</li>
          <li>leave out the date of birth, in case it was recorded differently</li>
        </ul>
        {review.leftOutByDateOfBirth > 0 ? <p className="govuk-body">{leftOutWords(review.leftOutByDateOfBirth)}</p> : null}
      </div>
    );
  }
  return (
    <div data-testid="data-protection-review">
      <div role="status">
        <h3 className="govuk-heading-m">{`Found in ${counted(review.found, 'place', 'places')}, on ${counted(review.cases.length, 'case', 'cases')}`}</h3>
      </div>
      <p className="govuk-body govuk-!-width-two-thirds">
        Each is a place that names {who}: review each one in the export before you disclose it, and withhold what is about other people.
      </p>
      {review.records.length > 0 ? <RecordsTable review={review} /> : null}
      <PlacesTable review={review} />
      {review.cases.length > 0 ? <CasesTable review={review} navigate={navigate} /> : null}
      <NotSearched review={review} />
    </div>
  );
}

function leftOutWords(count: number): string {
  return `${counted(count, 'people record', 'people records')} with this name but another date of birth ${count === 1 ? 'was' : 'were'} left out, with ${count === 1 ? 'its case' : 'their cases'}: someone else.`;
}

function RecordsTable({ review }: { readonly review: DataProtectionReview }) {
  return (
    <table className="govuk-table" data-testid="data-protection-records">
      <caption className="govuk-table__caption govuk-table__caption--s">Their people records</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {['Case', 'Role', 'Name', 'Other names', 'Dates of birth'].map((column) => (
            <th scope="col" className="govuk-table__header" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {review.records.map((record, index) => (
          <tr className="govuk-table__row" key={`${record.caseReference}:${index}`}>
            <td className="govuk-table__cell prm-nowrap">{record.caseReference}</td>
            <td className="govuk-table__cell">{record.relationship === '' ? PERSON_ROLE_LABELS[record.role] : `${PERSON_ROLE_LABELS[record.role]}: ${record.relationship}`}</td>
            <th scope="row" className="govuk-table__header">
              {record.name}
            </th>
            <td className="govuk-table__cell">{record.otherNames.length === 0 ? <span className="prm-secondary-text">None</span> : record.otherNames.join(', ')}</td>
            <td className="govuk-table__cell prm-nowrap">{record.datesOfBirth.length === 0 ? <span className="prm-secondary-text">Not known</span> : record.datesOfBirth.map(formatDate).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PlacesTable({ review }: { readonly review: DataProtectionReview }) {
  return (
    <table className="govuk-table govuk-!-width-two-thirds" data-testid="data-protection-places">
      <caption className="govuk-table__caption govuk-table__caption--s">Where the store was searched</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Part of the store
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Places that name them
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {review.places.map((place) => (
          <tr className="govuk-table__row" key={place.place}>
            <th scope="row" className="govuk-table__header">
              {place.label}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{place.found === 0 ? <span className="prm-secondary-text">None</span> : place.found.toLocaleString('en-GB')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CasesTable({ review, navigate }: RequestReviewProps) {
  return (
    <table className="govuk-table" data-testid="data-protection-cases">
      <caption className="govuk-table__caption govuk-table__caption--s">Cases that name them</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {['Case', 'Kind and stage', 'Status', 'Places', 'Where'].map((column) => (
            <th scope="col" className={`govuk-table__header${column === 'Places' ? ' govuk-table__header--numeric' : ''}`} key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {review.cases.map((found) => (
          <tr className="govuk-table__row" key={found.reference}>
            <th scope="row" className="govuk-table__header prm-nowrap">
              <CaseLink reference={found.reference} section="overview" navigate={navigate} hiddenSuffix=": open the case" />
            </th>
            <td className="govuk-table__cell">{kindAndStage(found.kind, found.stage)}</td>
            <td className="govuk-table__cell">{found.open ? <strong className="govuk-tag govuk-tag--blue">Open</strong> : <strong className="govuk-tag govuk-tag--grey">Closed</strong>}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{found.found.toLocaleString('en-GB')}</td>
            <td className="govuk-table__cell">{found.places.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NotSearched({ review }: { readonly review: DataProtectionReview }) {
  const { securedSets, documentsNotRead, leftOutByDateOfBirth } = review;
  if (securedSets.length === 0 && documentsNotRead === 0 && leftOutByDateOfBirth === 0) return null;
  return (
    <section aria-labelledby="data-protection-not-searched" data-testid="data-protection-not-searched" className="govuk-!-width-two-thirds">
      <h4 className="govuk-heading-s" id="data-protection-not-searched">
        What this search could not cover
      </h4>
      {securedSets.length > 0 ? (
        <>
          <WarningText>
            {`Agencies’ secured files are sealed to each agency’s nominated representative: nobody else can read them, so ${securedSets.length === 1 ? 'this set was' : 'these sets were'} not searched. Ask the agency.`}
          </WarningText>
          <ul className="govuk-list govuk-list--bullet">
            {securedSets.map((set) => (
              <li key={`${set.caseReference}:${set.agency}`}>{`${set.agency} on ${set.caseReference}: ${counted(set.files, 'file', 'files')}, opened only by ${set.representative} or with ${set.agency}’s recovery code`}</li>
            ))}
          </ul>
        </>
      ) : null}
      {documentsNotRead > 0 ? (
        <p className="govuk-body">{`${counted(documentsNotRead, 'file', 'files')} on these cases could not be read as text (a picture or a scan, say). The export lists ${documentsNotRead === 1 ? 'it' : 'them'}: look at ${documentsNotRead === 1 ? 'it' : 'them'} by hand.`}</p>
      ) : null}
      {leftOutByDateOfBirth > 0 ? <p className="govuk-body">{leftOutWords(leftOutByDateOfBirth)}</p> : null}
    </section>
  );
}
