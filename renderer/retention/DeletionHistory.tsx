/**
 * Everything retention has deleted, newest first, each with the backups made before it: IT
 * reads this to know which backups may still hold deleted records.
 */
import type { DeletionView } from '../../shared/retention/retention-view.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { OUTSIDE_THE_REGISTER } from './BackupsHolding.tsx';
import { counted, RULE_SHORT_WORDS } from './retention-words.ts';
import { RowsByTable } from './RowsByTable.tsx';

function Deletion({ deletion }: { readonly deletion: DeletionView }) {
  return (
    <tr className="govuk-table__row">
      <td className="govuk-table__cell">{formatTimestamp(deletion.deletedAt)}</td>
      <th scope="row" className="govuk-table__header prm-nowrap">
        {deletion.reference}
      </th>
      <td className="govuk-table__cell">{RULE_SHORT_WORDS[deletion.rule]}</td>
      <td className="govuk-table__cell">{deletion.deletedBy}</td>
      <td className="govuk-table__cell">
        <RowsByTable deletion={deletion} />
        <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">{`${counted(deletion.detailsErased, 'audit event', 'audit events')} erased`}</span>
      </td>
      <td className="govuk-table__cell">
        {deletion.backups.length === 0 ? (
          'None in the register'
        ) : (
          <details className="govuk-details govuk-!-margin-bottom-0">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">{counted(deletion.backups.length, 'backup', 'backups')}</span>
            </summary>
            <div className="govuk-details__text">
              <ul className="govuk-list">
                {deletion.backups.map((backup, index) => (
                  <li key={`${backup.folder}-${index}`}>
                    <span className="prm-store-folder">{backup.folder}</span>
                    {`, made ${formatTimestamp(backup.createdAt)}`}
                  </li>
                ))}
              </ul>
            </div>
          </details>
        )}
      </td>
    </tr>
  );
}

export function DeletionHistory({ history }: { readonly history: readonly DeletionView[] }) {
  return (
    <section aria-labelledby="retention-history" data-testid="retention-history">
      <h2 className="govuk-heading-l" id="retention-history">
        What has been deleted
      </h2>
      <p className="govuk-body">{`A backup made before a deletion may still hold what was deleted, until IT destroys it. ${OUTSIDE_THE_REGISTER}`}</p>
      {history.length === 0 ? (
        <p className="govuk-body" data-testid="retention-history-none">
          Nothing has been deleted under the retention policy yet.
        </p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Deletions under the retention policy, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Deleted
              </th>
              <th scope="col" className="govuk-table__header">
                Case
              </th>
              <th scope="col" className="govuk-table__header">
                Why
              </th>
              <th scope="col" className="govuk-table__header">
                By
              </th>
              <th scope="col" className="govuk-table__header">
                What went
              </th>
              <th scope="col" className="govuk-table__header">
                Backups that may still hold it
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {history.map((deletion) => (
              <Deletion key={deletion.id} deletion={deletion} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
