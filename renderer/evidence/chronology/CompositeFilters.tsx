import { PRINCIPLE_LABELS, PRINCIPLES, SIGNIFICANCE_TEST_LABELS, SIGNIFICANCE_TESTS } from '../../../shared/evidence/chronology.ts';
import type { CompositeFilter } from '../../../shared/evidence/composite.ts';
import { Checkboxes } from '../../components/form/Checkboxes.tsx';

export const NO_FILTER: CompositeFilter = { agencies: [], tests: [], principles: [] };

export function filtering(filter: CompositeFilter): boolean {
  return filter.agencies.length + filter.tests.length + filter.principles.length > 0;
}

const TEST_OPTIONS = SIGNIFICANCE_TESTS.map((test) => ({ value: test, label: SIGNIFICANCE_TEST_LABELS[test] }));
const PRINCIPLE_OPTIONS = PRINCIPLES.map((principle) => ({ value: principle, label: PRINCIPLE_LABELS[principle] }));

export interface CompositeFiltersProps {
  readonly agencies: readonly string[];
  readonly filter: CompositeFilter;
  readonly onChange: (filter: CompositeFilter) => void;
}

/**
 * What the composite can be narrowed to: agencies, significance tests met, principles written
 * about. Nothing ticked in a group means all of it. The exports take the same filter.
 */
export function CompositeFilters({ agencies, filter, onChange }: CompositeFiltersProps) {
  return (
    <div data-testid="composite-filters">
      <h4 className="govuk-heading-s">Filter the entries</h4>
      <Checkboxes
        id="filter-agencies"
        legend="Agencies"
        hint="Entries recorded by any agency ticked."
        small
        inline
        value={filter.agencies}
        onChange={(value) => onChange({ ...filter, agencies: value })}
        options={agencies.map((agency) => ({ value: agency, label: agency }))}
      />
      <Checkboxes
        id="filter-tests"
        legend="Significance tests"
        hint="Entries that meet any test ticked."
        small
        inline
        value={filter.tests}
        onChange={(value) => onChange({ ...filter, tests: SIGNIFICANCE_TESTS.filter((test) => value.includes(test)) })}
        options={TEST_OPTIONS}
      />
      <Checkboxes
        id="filter-principles"
        legend="Principles"
        hint="Entries with something written under any principle ticked."
        small
        inline
        value={filter.principles}
        onChange={(value) => onChange({ ...filter, principles: PRINCIPLES.filter((principle) => value.includes(principle)) })}
        options={PRINCIPLE_OPTIONS}
      />
      {filtering(filter) ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onChange(NO_FILTER)}>
          Clear the filters
        </button>
      ) : null}
    </div>
  );
}
