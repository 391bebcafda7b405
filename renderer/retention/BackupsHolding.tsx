/**
 * The backups that may still hold what a deletion removed: every backup in the app's register
 * made before it. IT destroys them (or keeps them no longer than the policy allows); backups
 * made outside the app are not in the register, so the list says so.
 */
import type { BackupHolding } from '../../shared/retention/retention-view.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';

export const OUTSIDE_THE_REGISTER = 'Backups made outside the app, with the command line or IT’s own tools, are not in the app’s register: check those too.';

export function BackupsHolding({ backups, testId }: { readonly backups: readonly BackupHolding[]; readonly testId?: string }) {
  if (backups.length === 0) {
    return (
      <p className="govuk-body" data-testid={testId}>
        {`No backup in the app’s register was made before it. ${OUTSIDE_THE_REGISTER}`}
      </p>
    );
  }
  return (
    <>
      <table className="govuk-table" data-testid={testId}>
        <caption className="govuk-table__caption govuk-table__caption--s">{backups.length === 1 ? '1 backup made before the deletion' : `${backups.length.toLocaleString('en-GB')} backups made before the deletion, newest first`}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Folder
            </th>
            <th scope="col" className="govuk-table__header">
              Made
            </th>
            <th scope="col" className="govuk-table__header">
              Last checked
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {backups.map((backup, index) => (
            <tr className="govuk-table__row" key={`${backup.folder}-${backup.createdAt}-${index}`}>
              <td className="govuk-table__cell prm-store-folder">{backup.folder}</td>
              <td className="govuk-table__cell">{formatTimestamp(backup.createdAt)}</td>
              <td className="govuk-table__cell">{backup.verifiedAt === null ? 'Not checked' : formatTimestamp(backup.verifiedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body">{`Each may still hold what was deleted. Ask IT to destroy them, or keep them no longer than the retention policy allows. ${OUTSIDE_THE_REGISTER}`}</p>
    </>
  );
}
