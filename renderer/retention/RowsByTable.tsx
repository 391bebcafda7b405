/** How many rows a deletion removed, in all and table by table (IT reads the table names). */
import type { DeletionView } from '../../shared/retention/retention-view.ts';
import { counted } from './retention-words.ts';

export function RowsByTable({ deletion }: { readonly deletion: DeletionView }) {
  const tables = Object.entries(deletion.tables).sort(([a], [b]) => a.localeCompare(b));
  return (
    <details className="govuk-details govuk-!-margin-bottom-0">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{`${counted(deletion.rows, 'row', 'rows')} from ${counted(tables.length, 'table', 'tables')}`}</span>
      </summary>
      <div className="govuk-details__text">
        <ul className="govuk-list">
          {tables.map(([table, rows]) => (
            <li key={table}>
              <code>{table}</code>
              {`: ${rows.toLocaleString('en-GB')}`}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
