/**
 * The backups made from this app, newest first: when, where, how big, the audit trail each holds,
 * who made it, and its latest check, with a button to check it again (the copy is opened and
 * compared with the store). A folder this computer can no longer see is said so.
 */
import type { BackupView } from '../../shared/ipc/operations-calls.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { checkWords, eventsInWords, sizeInWords } from './backup-words.ts';

export interface BackupsTableProps {
  readonly backups: readonly BackupView[];
  /** The backup being checked now, if any. */
  readonly checking: number | null;
  readonly onCheck: (backup: BackupView) => void;
}

export function BackupsTable({ backups, checking, onCheck }: BackupsTableProps) {
  if (backups.length === 0) {
    return (
      <p className="govuk-body" data-testid="backups-none">
        No backups have been made from this app yet.
      </p>
    );
  }
  return (
    <div className="prm-table-scroll" role="region" aria-label="Backups made from this app" tabIndex={0}>
      <table className="govuk-table" data-testid="backups-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{backups.length === 1 ? '1 backup' : `${backups.length.toLocaleString('en-GB')} backups, newest first`}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Made
            </th>
            <th scope="col" className="govuk-table__header">
              Folder
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Size
            </th>
            <th scope="col" className="govuk-table__header">
              Audit trail
            </th>
            <th scope="col" className="govuk-table__header">
              Check
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Check again</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {backups.map((backup) => {
            const check = checkWords(backup);
            const made = formatTimestamp(backup.createdAt);
            return (
              <tr className="govuk-table__row" key={backup.id} data-testid="backup-row">
                <th scope="row" className="govuk-table__header">
                  {made}
                  <span className="govuk-!-display-block govuk-!-font-weight-regular prm-secondary-text">
                    {backup.restoredAt !== null ? `This store was restored from it on ${formatTimestamp(backup.restoredAt)}` : backup.madeBy === null ? null : `by ${backup.madeBy}`}
                  </span>
                </th>
                <td className="govuk-table__cell">
                  <span className="prm-backup-folder govuk-!-display-block">{backup.folder}</span>
                  {backup.folderFound ? null : <span className="govuk-!-display-block prm-secondary-text">Not found from this computer: moved, removed, or on a drive not connected</span>}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric prm-nowrap">{sizeInWords(backup.bytes)}</td>
                <td className="govuk-table__cell prm-nowrap">{eventsInWords(backup.events)}</td>
                <td className="govuk-table__cell">
                  <strong className={`govuk-tag ${check.colour}`}>{check.tag}</strong>
                  {check.when === null ? null : <span className="govuk-!-display-block govuk-!-margin-top-1 prm-secondary-text">{check.when}</span>}
                </td>
                <td className="govuk-table__cell prm-nowrap">
                  <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" aria-disabled={checking !== null} onClick={() => (checking === null ? onCheck(backup) : undefined)}>
                    {checking === backup.id ? 'Checking…' : 'Check again'}
                    <span className="govuk-visually-hidden">{`: the backup made ${made}`}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
