/**
 * A table block being edited: a grid of text boxes, one a cell, with rows and columns added and
 * removed, and whether the first row is the header. Each box is labelled by its row and column
 * (and the table's name), since a sighted reader sees the grid but a screen reader needs it said.
 */
import { useEffect, useRef } from 'react';
import { Checkbox } from '../components/form/Checkboxes.tsx';
import { columnCount, MOST_TABLE_COLUMNS, withCell, withColumnAdded, withColumnRemoved, withRowAdded, withRowRemoved } from './report-draft.ts';

export interface TableEditorProps {
  /** The block's field id without its last part: `${idBase}-rows-R-C` is a cell, `${idBase}-headerRow` the checkbox. */
  readonly idBase: string;
  /** "table 1 in Executive summary": said after each control's own words. */
  readonly name: string;
  readonly headerRow: boolean;
  readonly rows: readonly (readonly string[])[];
  readonly onChange: (change: { headerRow: boolean; rows: string[][] }) => void;
  readonly errorFor: (field: string) => string | undefined;
}

export function TableEditor({ idBase, name, headerRow, rows, onChange, errorFor }: TableEditorProps) {
  const columns = columnCount(rows);
  // After a row or column comes or goes, focus goes where the person will want it next, since
  // the button pressed may have gone.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const cellId = (row: number, column: number) => `${idBase}-rows-${row}-${column}`;
  const change = (next: string[][]) => onChange({ headerRow, rows: next });
  const tableError = errorFor(`${idBase}-rows`);

  return (
    <div className={tableError === undefined ? undefined : 'govuk-form-group--error'}>
      <Checkbox id={`${idBase}-headerRow`} label="The first row is the table’s header" checked={headerRow} onChange={(checked) => onChange({ headerRow: checked, rows: rows.map((row) => [...row]) })} small />
      {tableError === undefined ? null : (
        <p id={`${idBase}-rows-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {tableError}
        </p>
      )}
      <div className="prm-table-scroll">
        <table className="govuk-table prm-table-editor">
          <caption className="govuk-visually-hidden">{`Cells of ${name}`}</caption>
          <tbody className="govuk-table__body">
            {rows.map((row, rowIndex) => (
              <tr className="govuk-table__row" key={rowIndex}>
                {Array.from({ length: columns }, (_, column) => {
                  const id = cellId(rowIndex, column);
                  const error = errorFor(id);
                  return (
                    <td className="govuk-table__cell" key={column}>
                      <label className="govuk-visually-hidden" htmlFor={id}>
                        {`${rowIndex === 0 && headerRow ? 'Header' : `Row ${rowIndex + 1}`}, column ${column + 1} of ${name}`}
                      </label>
                      {error === undefined ? null : (
                        <p id={`${id}-error`} className="govuk-error-message govuk-!-margin-bottom-1">
                          <span className="govuk-visually-hidden">Error:</span> {error}
                        </p>
                      )}
                      <input
                        className={`govuk-input${rowIndex === 0 && headerRow ? ' govuk-!-font-weight-bold' : ''}${error === undefined ? '' : ' govuk-input--error'}`}
                        id={id}
                        type="text"
                        autoComplete="off"
                        value={row[column] ?? ''}
                        onChange={(event) => change(withCell(rows, rowIndex, column, event.target.value))}
                        aria-describedby={error === undefined ? undefined : `${id}-error`}
                      />
                    </td>
                  );
                })}
                <td className="govuk-table__cell">
                  {rows.length <= 1 ? null : (
                    <button
                      type="button"
                      className="prm-action-button"
                      onClick={() => {
                        focusNext.current = cellId(Math.max(0, rowIndex - 1), 0);
                        change(withRowRemoved(rows, rowIndex));
                      }}
                    >
                      Remove row<span className="govuk-visually-hidden">{` ${rowIndex + 1} of ${name}`}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="prm-block-actions">
        <li>
          <button
            type="button"
            id={`${idBase}-rows`}
            className="prm-action-button"
            onClick={() => {
              focusNext.current = cellId(rows.length, 0);
              change(withRowAdded(rows));
            }}
          >
            Add a row<span className="govuk-visually-hidden">{` to ${name}`}</span>
          </button>
        </li>
        {columns >= MOST_TABLE_COLUMNS ? null : (
          <li>
            <button
              type="button"
              className="prm-action-button"
              onClick={() => {
                focusNext.current = cellId(0, columns);
                change(withColumnAdded(rows));
              }}
            >
              Add a column<span className="govuk-visually-hidden">{` to ${name}`}</span>
            </button>
          </li>
        )}
        {columns <= 1 ? null : (
          <li>
            <button
              type="button"
              className="prm-action-button"
              onClick={() => {
                focusNext.current = cellId(0, columns - 2);
                change(withColumnRemoved(rows, columns - 1));
              }}
            >
              Remove the last column<span className="govuk-visually-hidden">{` of ${name}`}</span>
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
