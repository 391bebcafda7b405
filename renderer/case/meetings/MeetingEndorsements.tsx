import type { TypedRecord } from '../stages/record-data.ts';
import type { SectionProps } from '../section-props.ts';
import { describeNamedPerson } from '../components/RecordMeta.tsx';
import { dateText, text, yesNoText } from '../stages/describe-values.ts';
import { RecordCard } from '../stages/RecordCard.tsx';
import { capacityLabel } from './endorser-capacity.ts';

export interface MeetingEndorsementsProps {
  readonly endorsements: readonly TypedRecord<'endorsement'>[];
  readonly canEdit: boolean;
  readonly onChange: (id: number) => void;
  readonly removeRecord: SectionProps['removeRecord'];
}

/** Who has endorsed a meeting's outcome (or not), each with who entered it on their behalf. */
export function MeetingEndorsements({ endorsements, canEdit, onChange, removeRecord }: MeetingEndorsementsProps) {
  if (endorsements.length === 0) return <p className="govuk-body">No endorsements recorded yet.</p>;
  return (
    <>
      {endorsements.map(({ record, data }) => (
        <RecordCard
          key={record.id}
          level={4}
          testId={`endorsement-${record.id}`}
          title={`${capacityLabel(data.capacity)}: ${data.person.name}`}
          record={record}
          onChange={canEdit ? () => onChange(record.id) : undefined}
          removeRecord={canEdit ? removeRecord : undefined}
          rows={[
            { key: 'Who', value: describeNamedPerson(data.person) },
            { key: 'Endorses the outcome', value: yesNoText(data.endorses) },
            { key: 'Comment', value: text(data.comment) },
            { key: 'Date', value: dateText(data.recordedOn) },
            ...(data.endorses ? [] : [
              { key: 'Escalated to the Safeguarding Executive', value: dateText(data.escalatedOn) },
              { key: 'Outcome of the escalation', value: text(data.escalationOutcome) },
            ]),
          ]}
        />
      ))}
    </>
  );
}
