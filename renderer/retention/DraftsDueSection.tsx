/**
 * Drafts at the end of a review: each ended review with drafts still in this store, or with
 * copies sent out not yet confirmed deleted. The store's drafts are deleted from here; a copy
 * sent out is outside the store, so the list says who has confirmed deleting theirs and who
 * has not — the Business Unit records each confirmation in the case's distribution register.
 */
import { RETENTION_RULE_LABELS } from '../../shared/retention/retention-rules.ts';
import type { CopySentOut, DraftsDue } from '../../shared/retention/retention-view.ts';
import { formatDate } from '../components/format-date.ts';
import { formatTimestampDate } from '../case/components/format-timestamp.ts';
import { counted, draftsInStoreWords } from './retention-words.ts';

export interface DraftsDueSectionProps {
  readonly drafts: readonly DraftsDue[];
  readonly onDelete: (due: DraftsDue) => void;
}

function CopiesSentOut({ due }: { readonly due: DraftsDue }) {
  if (due.copies.length === 0) return <>None</>;
  const waiting = due.copies.filter((copy) => copy.deletionConfirmedOn === null).length;
  return (
    <details className="govuk-details govuk-!-margin-bottom-0">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{`${counted(due.copies.length, 'copy', 'copies')}, ${waiting === 0 ? 'all confirmed deleted' : `${waiting.toLocaleString('en-GB')} not confirmed deleted`}`}</span>
      </summary>
      <div className="govuk-details__text">
        <ul className="govuk-list">
          {due.copies.map((copy, index) => (
            <li key={`${copy.version}-${copy.recipient}-${index}`}>
              <CopyLine copy={copy} />
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

function CopyLine({ copy }: { readonly copy: CopySentOut }) {
  const sent = `Version ${copy.version} to ${copy.recipient} (${copy.agency}), ${copy.via === 'bundle' ? 'sent as a bundle' : 'sent as a file'} on ${formatTimestampDate(copy.sentAt)}.`;
  return (
    <>
      {sent}
      <br />
      {copy.deletionConfirmedOn === null ? <strong className="govuk-tag govuk-tag--yellow">Not confirmed deleted</strong> : `Confirmed deleted on ${formatDate(copy.deletionConfirmedOn)}.`}
    </>
  );
}

export function DraftsDueSection({ drafts, onDelete }: DraftsDueSectionProps) {
  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby="retention-drafts" data-testid="retention-drafts">
      <h3 className="govuk-heading-m" id="retention-drafts">
        {RETENTION_RULE_LABELS['review-drafts']}
      </h3>
      <p className="govuk-body">
        A review ends when its report is published or its case closes, whichever comes first. Its draft report versions and the draft copies kept among its documents are then deleted; the final version stays.
      </p>
      <p className="govuk-body">
        A copy sent out is outside this store and cannot be deleted from here. The Business Unit records each recipient’s confirmation that they deleted theirs in the case’s distribution register, in its Report section.
      </p>
      {drafts.length === 0 ? (
        <p className="govuk-body" data-testid="retention-drafts-none">
          No review has drafts due for deletion.
        </p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Reviews with drafts due for deletion</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Case
              </th>
              <th scope="col" className="govuk-table__header">
                Review ended
              </th>
              <th scope="col" className="govuk-table__header">
                In this store
              </th>
              <th scope="col" className="govuk-table__header">
                Copies sent out
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {drafts.map((due) => (
              <tr className="govuk-table__row" key={due.reference} data-testid="retention-drafts-row">
                <th scope="row" className="govuk-table__header prm-nowrap">
                  {due.reference}
                </th>
                <td className="govuk-table__cell">{`${formatDate(due.reviewEndedOn)} (${due.endedBy === 'published' ? 'report published' : 'case closed'})`}</td>
                <td className="govuk-table__cell">{draftsInStoreWords(due)}</td>
                <td className="govuk-table__cell">
                  <CopiesSentOut due={due} />
                </td>
                <td className="govuk-table__cell">
                  {due.draftVersions.length === 0 && due.draftDocuments === 0 ? (
                    <span className="prm-secondary-text">Waiting for confirmations</span>
                  ) : (
                    <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0 prm-nowrap" onClick={() => onDelete(due)}>
                      Delete drafts<span className="govuk-visually-hidden">{` of case ${due.reference}`}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
