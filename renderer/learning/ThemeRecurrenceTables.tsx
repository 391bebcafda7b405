/**
 * How often each theme recurs, as two tables: by financial year (the years as columns, so a trend
 * reads across a row) and by kind of review. Each table scrolls sideways on its own when the
 * years run past the page's width.
 */
import type { ReactNode } from 'react';
import { kindLabel } from './learning-words.ts';
import { kindsTagged, themeLabel, type ThemeRecurrence } from './theme-recurrence.ts';

export interface ThemeRecurrenceTablesProps {
  readonly recurring: readonly ThemeRecurrence[];
  /** Financial years as main names them ("2025–26"), in any order. */
  readonly years: readonly string[];
}

export function ThemeRecurrenceTables({ recurring, years: anyOrder }: ThemeRecurrenceTablesProps) {
  const kinds = kindsTagged(recurring);
  // The earliest year on the left, so a theme's trend reads along its row; "2024–25" sorts by its start.
  const years = [...anyOrder].sort();
  return (
    <>
      <CountTable
        caption="Cases tagged with each theme, by financial year"
        testId="themes-by-year"
        columns={[...years.map((year) => ({ key: year, label: year })), { key: 'all', label: 'All years' }]}
        rows={recurring.map((theme) => ({ key: theme.theme.id, label: themeLabel(theme.theme), counts: [...years.map((year) => theme.byYear[year] ?? 0), theme.cases] }))}
      />
      <CountTable
        caption="Cases tagged with each theme, by kind of review"
        testId="themes-by-kind"
        columns={kinds.map((kind) => ({ key: kind, label: kindLabel(kind) }))}
        rows={recurring.map((theme) => ({ key: theme.theme.id, label: themeLabel(theme.theme), counts: kinds.map((kind) => theme.byKind[kind] ?? 0) }))}
      />
    </>
  );
}

interface CountTableProps {
  readonly caption: string;
  readonly testId: string;
  readonly columns: readonly { readonly key: string; readonly label: ReactNode }[];
  readonly rows: readonly { readonly key: number; readonly label: string; readonly counts: readonly number[] }[];
}

function CountTable({ caption, testId, columns, rows }: CountTableProps) {
  return (
    <div className="prm-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="govuk-table" data-testid={testId}>
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Theme
            </th>
            {columns.map((column) => (
              <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={column.key}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.key}>
              <th scope="row" className="govuk-table__header">
                {row.label}
              </th>
              {row.counts.map((count, index) => (
                <td className="govuk-table__cell govuk-table__cell--numeric" key={columns[index]?.key ?? index}>
                  {count.toLocaleString('en-GB')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
