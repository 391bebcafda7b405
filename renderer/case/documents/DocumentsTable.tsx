import type { DocumentView } from '../../../shared/ipc/case-calls.ts';
import { formatTimestamp } from '../components/format-timestamp.ts';
import { formatSize } from './format-size.ts';

const COLUMNS = ['Document', 'Type', 'Size', 'Added by', 'Added on', 'SHA-256 fingerprint'];

export interface DocumentsTableProps {
  readonly documents: readonly DocumentView[];
  readonly onOpen: (document: DocumentView) => void;
  /** The document being fetched, if any: its button says so. */
  readonly opening: number | null;
}

/** The case's documents, each with who added it, when, and its fingerprint for checking a copy is unchanged. */
export function DocumentsTable({ documents, onOpen, opening }: DocumentsTableProps) {
  return (
    <div className="prm-table-scroll" role="region" aria-label="Documents" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="documents-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{documents.length === 1 ? '1 document' : `${documents.length} documents`}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {COLUMNS.map((column) => (
              <th scope="col" className="govuk-table__header" key={column}>
                {column}
              </th>
            ))}
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {documents.map((document) => (
            <tr className="govuk-table__row" key={document.id}>
              <th scope="row" className="govuk-table__header">
                {document.name}
                {document.note === '' ? null : <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block govuk-!-margin-bottom-0">{document.note}</span>}
              </th>
              <td className="govuk-table__cell">{document.mediaType}</td>
              <td className="govuk-table__cell prm-nowrap">{formatSize(document.size)}</td>
              <td className="govuk-table__cell">{document.addedBy}</td>
              <td className="govuk-table__cell">{formatTimestamp(document.addedAt)}</td>
              <td className="govuk-table__cell">
                <details className="govuk-details govuk-!-margin-bottom-0">
                  <summary className="govuk-details__summary">
                    <span className="govuk-details__summary-text">
                      {document.sha256.slice(0, 12)}
                      <span className="govuk-visually-hidden">{`…, the full fingerprint of ${document.name}`}</span>
                    </span>
                  </summary>
                  <div className="govuk-details__text" style={{ overflowWrap: 'anywhere' }}>
                    {document.sha256}
                  </div>
                </details>
              </td>
              <td className="govuk-table__cell">
                <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => onOpen(document)} aria-disabled={opening !== null}>
                  {opening === document.id ? 'Opening…' : 'Open'}
                  <span className="govuk-visually-hidden">{` ${document.name}`}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
