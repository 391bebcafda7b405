/**
 * The files in one agency's secured set: where each sits in the set (its folders, then its
 * name), its size and type, who placed it and when (and whether the Business Unit placed it for
 * the agency), its note, and its SHA-256 fingerprint — short, with the full one a click away.
 */
import { useState } from 'react';
import type { SecuredFileView } from '../../shared/vault/secured-files.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { formatSize } from '../case/documents/format-size.ts';
import { Pagination } from '../components/Pagination.tsx';
import { describeMediaType } from './describe-media-type.ts';
import { splitPath } from './file-path.ts';

const PAGE_SIZE = 50;
const SHORT_HASH = 12;

export interface SecuredFilesTableProps {
  readonly agency: string;
  readonly files: readonly SecuredFileView[];
  /** Present only for the representative: each row then has an Open button. */
  readonly onOpen?: (file: SecuredFileView) => void;
}

export function SecuredFilesTable({ agency, files, onOpen }: SecuredFilesTableProps) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(files.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = files.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const caption = files.length === 1 ? '1 file' : `${files.length.toLocaleString('en-GB')} files`;
  return (
    <>
      <div className="prm-table-scroll" role="region" aria-label={`${agency}’s secured files`} tabIndex={0}>
        <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="secured-files-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {pages > 1 ? `${caption}, page ${current} of ${pages}` : caption}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                File
              </th>
              <th scope="col" className="govuk-table__header">
                Size
              </th>
              <th scope="col" className="govuk-table__header">
                Type
              </th>
              <th scope="col" className="govuk-table__header">
                Placed
              </th>
              <th scope="col" className="govuk-table__header">
                SHA-256 fingerprint
              </th>
              {onOpen === undefined ? null : (
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {shown.map((file) => (
              <FileRow key={file.id} file={file} onOpen={onOpen} />
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={current} count={pages} onPage={setPage} label={`Pages of ${agency}’s secured files`} />
    </>
  );
}

function FileRow({ file, onOpen }: { file: SecuredFileView; onOpen: SecuredFilesTableProps['onOpen'] }) {
  const { folders, name } = splitPath(file.path);
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {folders === '' ? null : (
          <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block govuk-!-margin-bottom-0 prm-secondary-text">
            <span className="govuk-visually-hidden">In the folder </span>
            {folders}
            <span aria-hidden="true"> /</span>
          </span>
        )}
        <span style={{ overflowWrap: 'anywhere' }}>{name}</span>
        {file.note === '' ? null : <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block govuk-!-margin-bottom-0 govuk-!-margin-top-1">{file.note}</span>}
      </th>
      <td className="govuk-table__cell prm-nowrap">{formatSize(file.size)}</td>
      <td className="govuk-table__cell">{describeMediaType(file.mediaType)}</td>
      <td className="govuk-table__cell">
        {file.placedBy}
        <span className="govuk-!-display-block prm-secondary-text">{formatTimestamp(file.placedAt)}</span>
        {file.actingForAgency ? <span className="govuk-body-s govuk-!-display-block govuk-!-font-weight-bold govuk-!-margin-top-1 govuk-!-margin-bottom-0">Placed by the Business Unit for the agency</span> : null}
      </td>
      <td className="govuk-table__cell">
        <details className="govuk-details govuk-!-margin-bottom-0">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text prm-nowrap">
              {file.sha256.slice(0, SHORT_HASH)}
              <span className="govuk-visually-hidden">{`…, the full fingerprint of ${name}`}</span>
            </span>
          </summary>
          <div className="govuk-details__text govuk-body-s" style={{ overflowWrap: 'anywhere', fontFamily: 'monospace' }}>
            {file.sha256}
          </div>
        </details>
      </td>
      {onOpen === undefined ? null : (
        <td className="govuk-table__cell">
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => onOpen(file)}>
            Open<span className="govuk-visually-hidden">{` ${file.path}`}</span>
          </button>
        </td>
      )}
    </tr>
  );
}
