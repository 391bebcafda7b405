import type { ReactNode } from 'react';
import type { RecordData, RecordType } from '../../../shared/reviews/records.ts';
import type { SectionProps } from '../section-props.ts';
import { EmptyIfNone } from './EmptyIfNone.tsx';
import { OpenFormButton } from './OpenFormButton.tsx';
import { recordsOfType, type TypedRecord } from './record-data.ts';
import { RecordCard } from './RecordCard.tsx';
import type { SummaryRow } from './SummaryRows.tsx';

export interface RecordListProps<T extends RecordType> {
  readonly view: SectionProps['view'];
  readonly type: T;
  readonly removeRecord: SectionProps['removeRecord'];
  /** The section's open form: `${type}:new` or `${type}:<id>` belong to this list. */
  readonly editing: string | null;
  readonly open: (key: string) => void;
  readonly emptyMessage: string;
  readonly addLabel: string;
  readonly card: (item: TypedRecord<T>) => { title: string; rows: SummaryRow[]; extra?: ReactNode };
  /** The form for a new record (id and initial null) or to change one. */
  readonly form: (id: number | null, initial: RecordData<T> | null) => ReactNode;
  readonly sort?: (a: TypedRecord<T>, b: TypedRecord<T>) => number;
}

/** A list of one type of record as summary cards, each changeable and removable, with a form to add another. */
export function RecordList<T extends RecordType>({ view, type, removeRecord, editing, open, emptyMessage, addLabel, card, form, sort }: RecordListProps<T>) {
  const items = recordsOfType(view, type);
  if (sort !== undefined) items.sort(sort);
  return (
    <>
      <EmptyIfNone items={items} message={emptyMessage} />
      {items.map((item) => {
        if (editing === `${type}:${item.record.id}`) return <div key={item.record.id}>{form(item.record.id, item.data)}</div>;
        const shown = card(item);
        return (
          <RecordCard
            key={item.record.id}
            testId={`${type}-${item.record.id}`}
            title={shown.title}
            rows={shown.rows}
            record={item.record}
            onChange={view.canEdit ? () => open(`${type}:${item.record.id}`) : undefined}
            removeRecord={view.canEdit ? removeRecord : undefined}
          >
            {shown.extra}
          </RecordCard>
        );
      })}
      {editing === `${type}:new` ? form(null, null) : <OpenFormButton label={addLabel} onClick={() => open(`${type}:new`)} hidden={!view.canEdit} />}
    </>
  );
}
