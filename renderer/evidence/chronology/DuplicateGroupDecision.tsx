import { useState, type FormEvent, type ReactNode } from 'react';
import type { CompositeEntry, DuplicateGroupView } from '../../../shared/evidence/composite.ts';
import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import type { Result } from '../../../shared/errors.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import type { FieldError } from '../../components/field-errors.ts';
import { errorFor } from '../../components/field-errors.ts';
import { Radios, type ChoiceOption } from '../../components/form/Radios.tsx';
import { formatDate } from '../../components/format-date.ts';
import { useApi } from '../../session/api-context.tsx';
import { LongText } from './LongText.tsx';

const KEEP_ALL = 'keep-all';

/** Who wrote an entry, with its source when two entries in the group share an agency. */
function whose(entry: CompositeEntry, group: readonly CompositeEntry[]): string {
  const shared = group.filter((other) => other.agency === entry.agency).length > 1;
  return shared && entry.source !== '' ? `${entry.agency} (${entry.source})` : entry.agency;
}

function choices(rows: readonly CompositeEntry[]): ChoiceOption[] {
  return [
    ...rows.map((row) => ({ value: `merge:${row.id}`, label: `Merge, keeping the wording of ${whose(row, rows)}`, hint: 'One entry, attributed to every agency in the group.' })),
    { value: KEEP_ALL, label: 'Keep all: not the same event' },
  ];
}

/** The entries of a flagged group side by side: one column each, so their wording can be compared line by line. */
function SideBySide({ rows, caption }: { rows: readonly CompositeEntry[]; caption: string }) {
  const lines: readonly { readonly label: string; readonly cell: (row: CompositeEntry) => ReactNode }[] = [
    { label: 'Time', cell: (row) => row.time ?? <span className="prm-secondary-text">Not known</span> },
    { label: 'Source', cell: (row) => row.source },
    { label: 'Event', cell: (row) => <LongText text={row.event} label={`the event from ${row.agency}`} /> },
    { label: 'From', cell: (row) => `${row.sheet}, row ${row.row}` },
  ];
  return (
    <div className="prm-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <td className="govuk-table__header" />
            {rows.map((row) => (
              <th scope="col" className="govuk-table__header" key={row.id}>
                {whose(row, rows)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {lines.map((line) => (
            <tr className="govuk-table__row" key={line.label}>
              <th scope="row" className="govuk-table__header">
                {line.label}
              </th>
              {rows.map((row) => (
                <td className="govuk-table__cell" key={row.id}>
                  {line.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface DuplicateGroupDecisionProps {
  readonly reference: string;
  readonly group: DuplicateGroupView;
  readonly rows: readonly CompositeEntry[];
  readonly canEdit: boolean;
  readonly onDecided: (result: Result<EvidenceView>, message: string) => void;
}

/** One flagged group: its entries side by side, and (for those who may change the case) the choice to merge them or keep them all. */
export function DuplicateGroupDecision({ reference, group, rows, canEdit, onDecided }: DuplicateGroupDecisionProps) {
  const call = useApi();
  const [choice, setChoice] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const id = `group-${group.id}-decision`;
  const title = `${formatDate(group.date)}: ${group.agencies.join(' and ')}`;

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    if (choice === '') {
      setErrors([{ field: id, message: 'Choose whether to merge the entries or keep them all' }]);
      return;
    }
    const keepRowId = choice === KEEP_ALL ? null : Number(choice.slice('merge:'.length));
    const kept = rows.find((row) => row.id === keepRowId);
    setErrors([]);
    setSaving(true);
    const result = await call('composite.resolve', { reference, resolution: { rowIds: group.rowIds, decision: keepRowId === null ? 'keep-all' : 'merge', keepRowId } });
    setSaving(false);
    if (!result.ok) {
      if (result.error.code !== 'LOCKED') setErrors([{ message: result.error.message }]);
      return;
    }
    onDecided(result, kept === undefined ? `The entries of ${title} are kept as separate events.` : `The entries of ${title} are merged into one, in the wording of ${kept.agency}.`);
  };

  return (
    <div className="govuk-summary-card" data-testid={`duplicate-group-${group.id}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h4 className="govuk-summary-card__title">{title}</h4>
      </div>
      <div className="govuk-summary-card__content">
        <SideBySide rows={rows} caption={`Entries possibly recording the same event on ${formatDate(group.date)}`} />
        {canEdit ? (
          <form noValidate onSubmit={(event) => void save(event)}>
            <ErrorSummary errors={errors} />
            <Radios id={id} legend="Are these the same event?" value={choice} onChange={setChoice} options={choices(rows)} error={errorFor(errors, id)} />
            <button type="submit" className="govuk-button govuk-!-margin-bottom-0" aria-disabled={saving}>
              {saving ? 'Saving…' : 'Save the decision'}
              <span className="govuk-visually-hidden">{` on ${title}`}</span>
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
