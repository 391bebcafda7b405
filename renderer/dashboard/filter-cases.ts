/**
 * The dashboard's filters, worked out in the page: main sends every open case once, and each
 * change of a filter only walks that list (5,000 cases in well under 100 ms).
 */
import type { DashboardRow } from '../../shared/ipc/case-calls.ts';

export interface DashboardFilters {
  /** '' for any; otherwise a CaseKind. */
  readonly kind: string;
  /** '' for any; otherwise a CaseStage. */
  readonly stage: string;
  /** '' for any; otherwise an agency named on the case. */
  readonly agency: string;
  readonly overdueOnly: boolean;
  /** Part of a case reference, in any case of letters. */
  readonly reference: string;
}

export const NO_FILTERS: DashboardFilters = { kind: '', stage: '', agency: '', overdueOnly: false, reference: '' };

export function isOverdue(row: DashboardRow): boolean {
  return row.nextClock !== null && row.nextClock.state === 'open' && row.nextClock.rag === 'red';
}

export function filterCases(rows: readonly DashboardRow[], filters: DashboardFilters): DashboardRow[] {
  const reference = filters.reference.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (filters.kind === '' || row.kind === filters.kind) &&
      (filters.stage === '' || row.stage === filters.stage) &&
      (filters.agency === '' || row.agencies.includes(filters.agency)) &&
      (!filters.overdueOnly || isOverdue(row)) &&
      (reference === '' || row.reference.toLowerCase().includes(reference)),
  );
}

/** Every agency named on any of the cases, in alphabetical order, for the agency filter. */
export function agenciesOf(rows: readonly DashboardRow[]): string[] {
  const agencies = new Set<string>();
  for (const row of rows) for (const agency of row.agencies) agencies.add(agency);
  return [...agencies].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

export function isFiltered(filters: DashboardFilters): boolean {
  return filters.kind !== '' || filters.stage !== '' || filters.agency !== '' || filters.overdueOnly || filters.reference.trim() !== '';
}
