import { useMemo, useState } from 'react';
import type { CompositeFilter, CompositeView } from '../../../shared/evidence/composite.ts';
import { filterEntries } from '../../../shared/evidence/composite-filter.ts';
import { CompositeExports } from './CompositeExports.tsx';
import { CompositeFilters, NO_FILTER } from './CompositeFilters.tsx';
import { compositePage, compositePageCount, pageLine, showingLine } from './composite-page.ts';
import { Pagination } from '../../components/Pagination.tsx';
import { CompositeTable } from './CompositeTable.tsx';

export interface CompositeChronologyProps {
  readonly reference: string;
  readonly composite: CompositeView;
  /** Every agency that may appear, for the agency filter. */
  readonly agencies: readonly string[];
}

/**
 * The composite chronology: filters, how many entries they leave, the downloads (which take the
 * same filter), and the entries a page at a time with gaps between them.
 */
export function CompositeChronology({ reference, composite, agencies }: CompositeChronologyProps) {
  const [filter, setFilter] = useState<CompositeFilter>(NO_FILTER);
  const [page, setPage] = useState(1);
  const shown = useMemo(() => filterEntries(composite.entries, filter), [composite.entries, filter]);
  const total = composite.entries.length;
  const pages = compositePageCount(shown.length);
  // A decision or a removal can shorten the list under the page being read.
  const current = Math.min(page, pages);
  const lines = useMemo(() => compositePage(shown, composite.gaps, current), [shown, composite.gaps, current]);
  const where = pageLine(current, shown.length);

  const choosePage = (next: number) => {
    setPage(next);
    document.getElementById('composite-count')?.scrollIntoView();
  };

  return (
    <section aria-labelledby="composite-heading" data-testid="composite-chronology">
      <h3 className="govuk-heading-m" id="composite-heading">
        Composite chronology
      </h3>
      {total === 0 ? (
        <p className="govuk-body" data-testid="composite-empty">
          The composite chronology is empty until a return is imported. Every agency’s entries then appear here in date order, each attributed.
        </p>
      ) : (
        <>
          <CompositeFilters
            agencies={agencies}
            filter={filter}
            onChange={(next) => {
              setFilter(next);
              setPage(1);
            }}
          />
          <p className="govuk-body govuk-!-font-weight-bold" role="status" id="composite-count" data-testid="composite-count">
            {showingLine(shown.length, total)}
          </p>
          <CompositeExports reference={reference} filter={filter} shown={shown.length} total={total} />
          {shown.length === 0 ? (
            <p className="govuk-body">No entries match the filters. Untick some, or clear the filters.</p>
          ) : (
            <>
              <CompositeTable lines={lines} caption={where ?? 'Entries in date order'} />
              <Pagination page={current} count={pages} onPage={choosePage} label="Pages of the composite chronology" testId="composite-pagination" />
            </>
          )}
        </>
      )}
    </section>
  );
}
