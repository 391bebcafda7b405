import { PRINCIPLE_LABELS, PRINCIPLES, SIGNIFICANCE_TEST_LABELS, SIGNIFICANCE_TESTS } from '../../../shared/evidence/chronology.ts';
import type { ChronologyGap, CompositeEntry } from '../../../shared/evidence/composite.ts';
import { formatDate } from '../../components/format-date.ts';
import type { CompositeLine } from './composite-page.ts';
import { LongText } from './LongText.tsx';

/**
 * Each column with the least width that keeps its text readable: eleven columns do not fit beside
 * the case's navigation, so the table scrolls sideways (WCAG 1.4.10 allows it for data tables)
 * rather than squeeze an event into a word a line.
 */
const COLUMNS: readonly { readonly label: string; readonly minWidth?: string }[] = [
  { label: 'Date' },
  { label: 'Time' },
  { label: 'Agencies', minWidth: '10em' },
  { label: 'Source', minWidth: '9em' },
  { label: 'Event', minWidth: '20em' },
  ...PRINCIPLES.map((principle) => ({ label: PRINCIPLE_LABELS[principle], minWidth: '14em' })),
  { label: 'Tests met', minWidth: '14em' },
];

/** "No entries for 45 days: 3 March 2025 to 17 April 2025". */
export function gapSentence(gap: ChronologyGap): string {
  return `No entries for ${gap.days} days: ${formatDate(gap.from)} to ${formatDate(gap.to)}`;
}

function DuplicateTag({ entry }: { entry: CompositeEntry }) {
  if (entry.duplicateState === 'flagged') {
    return (
      <div>
        <strong className="govuk-tag govuk-tag--orange govuk-!-margin-top-1">Possible duplicate</strong>
      </div>
    );
  }
  if (entry.duplicateState === 'merged') {
    return (
      <div>
        <strong className="govuk-tag govuk-tag--grey govuk-!-margin-top-1">Merged</strong>
      </div>
    );
  }
  return null;
}

function TestsMet({ entry }: { entry: CompositeEntry }) {
  const met = SIGNIFICANCE_TESTS.filter((test) => entry.tests[test] === true);
  if (met.length === 0) return <span className="prm-secondary-text">None</span>;
  return (
    <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0">
      {met.map((test) => (
        <li key={test}>{SIGNIFICANCE_TEST_LABELS[test]}</li>
      ))}
    </ul>
  );
}

function EntryRow({ entry }: { entry: CompositeEntry }) {
  const when = formatDate(entry.date);
  return (
    <tr className="govuk-table__row" data-testid={`composite-entry-${entry.id}`}>
      <th scope="row" className="govuk-table__header prm-nowrap">
        {when}
        <DuplicateTag entry={entry} />
      </th>
      <td className="govuk-table__cell">{entry.time ?? <span className="prm-secondary-text">Not known</span>}</td>
      <td className="govuk-table__cell">
        <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0">
          {entry.agencies.map((agency) => (
            <li key={agency}>{agency}</li>
          ))}
        </ul>
      </td>
      <td className="govuk-table__cell">
        <LongText text={entry.source} label={`the source, ${when}`} />
      </td>
      <td className="govuk-table__cell">
        <LongText text={entry.event} label={`the event, ${when}`} />
      </td>
      {PRINCIPLES.map((principle) => (
        <td className="govuk-table__cell" key={principle}>
          <LongText text={entry[principle]} label={`${PRINCIPLE_LABELS[principle].toLowerCase()}, ${when}`} />
        </td>
      ))}
      <td className="govuk-table__cell">
        <TestsMet entry={entry} />
      </td>
    </tr>
  );
}

/**
 * One page of the composite chronology: every agency's entries in date order, each attributed,
 * with long gaps as full-width rows and possible duplicates tagged until they are decided.
 */
export function CompositeTable({ lines, caption }: { lines: readonly CompositeLine[]; caption: string }) {
  return (
    <div className="prm-table-scroll" role="region" aria-label="Composite chronology" tabIndex={0}>
      <table className="govuk-table govuk-body-s" data-testid="composite-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {COLUMNS.map((column) => (
              <th scope="col" className="govuk-table__header" key={column.label} style={column.minWidth === undefined ? undefined : { minWidth: column.minWidth }}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {lines.map((line) =>
            line.kind === 'gap' ? (
              <tr className="govuk-table__row" key={`gap:${line.gap.from}`} data-testid="composite-gap">
                <td className="govuk-table__cell govuk-!-font-weight-bold" colSpan={COLUMNS.length} style={{ backgroundColor: 'var(--govuk-light-grey-colour, #f3f2f1)' }}>
                  {/* Held at the left of the scrolling region, so the gap is read wherever the table is scrolled to. */}
                  <span style={{ position: 'sticky', left: '15px', display: 'inline-block' }}>{gapSentence(line.gap)}</span>
                </td>
              </tr>
            ) : (
              <EntryRow entry={line.entry} key={line.entry.id} />
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
