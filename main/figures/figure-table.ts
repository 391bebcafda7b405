/** Building one figure's table: its rows of named numbers under its columns. */
import type { FigureTable } from '../../shared/figures/figures.ts';

export type TableHeading = Pick<FigureTable, 'key' | 'title' | 'description' | 'section' | 'chart'>;

/** One row of a one-column table: the figure's name, the row's label, its number. */
export interface NamedCount {
  readonly name: string;
  readonly label: string;
  readonly value: number | null;
}

export const NUMBER_COLUMN = { key: 'number', label: 'Number' } as const;

/** A table of one "Number" column: each row one figure, keyed by its name. */
export function countTable(heading: TableHeading, rows: readonly NamedCount[], column: { key: string; label: string } = NUMBER_COLUMN): FigureTable {
  return {
    ...heading,
    columns: [column],
    rows: rows.map((row) => ({ key: row.name, label: row.label, cells: [{ name: row.name, value: row.value }] })),
  };
}

/** How many of `items` fall under each key, every key of `keys` present (zero included), in its order. */
export function tally<T>(items: readonly T[], keys: readonly string[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>(keys.map((key) => [key, 0]));
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
