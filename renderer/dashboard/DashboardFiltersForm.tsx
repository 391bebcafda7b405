import type { FormEvent } from 'react';
import { CASE_KIND_LABELS, CASE_KINDS, CASE_STAGE_LABELS, CASE_STAGES } from '../../shared/case-kinds.ts';
import { Checkbox } from '../components/form/Checkboxes.tsx';
import { Select } from '../components/form/Select.tsx';
import { NO_FILTERS, isFiltered, type DashboardFilters } from './filter-cases.ts';

const KIND_OPTIONS = CASE_KINDS.map((kind) => ({ value: kind, label: CASE_KIND_LABELS[kind] }));
const STAGE_OPTIONS = CASE_STAGES.map((stage) => ({ value: stage, label: CASE_STAGE_LABELS[stage] }));

export interface DashboardFiltersFormProps {
  readonly filters: DashboardFilters;
  readonly onFilters: (filters: DashboardFilters) => void;
  readonly agencies: readonly string[];
  readonly includeClosed: boolean;
  readonly onIncludeClosed: (includeClosed: boolean) => void;
}

/**
 * The filters above the table. Each applies as soon as it changes (the list is already in the
 * page), so there is no button to press; Enter in the reference box does nothing harmful.
 */
export function DashboardFiltersForm({ filters, onFilters, agencies, includeClosed, onIncludeClosed }: DashboardFiltersFormProps) {
  const set = (change: Partial<DashboardFilters>) => onFilters({ ...filters, ...change });
  const ignoreSubmit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();
  return (
    <form noValidate onSubmit={ignoreSubmit} aria-label="Filter the cases" data-testid="dashboard-filters">
      <h2 className="govuk-heading-s">Filter the cases</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="filter-reference">
              Reference
            </label>
            <input
              className="govuk-input"
              id="filter-reference"
              name="filter-reference"
              type="search"
              spellCheck={false}
              autoComplete="off"
              value={filters.reference}
              onChange={(event) => set({ reference: event.target.value })}
            />
          </div>
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select id="filter-kind" label="Kind of review" value={filters.kind} onChange={(kind) => set({ kind })} options={KIND_OPTIONS} emptyLabel="All kinds" />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select id="filter-stage" label="Stage" value={filters.stage} onChange={(stage) => set({ stage })} options={STAGE_OPTIONS} emptyLabel="All stages" />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="filter-agency"
            label="Agency"
            value={filters.agency}
            onChange={(agency) => set({ agency })}
            options={agencies.map((agency) => ({ value: agency, label: agency }))}
            emptyLabel="All agencies"
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <Checkbox id="filter-overdue" label="Overdue only" checked={filters.overdueOnly} onChange={(overdueOnly) => set({ overdueOnly })} small />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Checkbox id="filter-closed" label="Include closed cases" checked={includeClosed} onChange={onIncludeClosed} small />
        </div>
        <div className="govuk-grid-column-one-half">
          {isFiltered(filters) ? (
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-4" onClick={() => onFilters(NO_FILTERS)}>
              Clear filters
            </button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
