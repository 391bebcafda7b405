import type { NamedPerson } from '../../../shared/reviews/fields.ts';
import type { RecordView } from '../../../shared/reviews/records.ts';
import { formatTimestampDate } from './format-timestamp.ts';

export function describeNamedPerson(person: NamedPerson): string {
  return `${person.name} (${person.organisation})`;
}

/** "Dr A, Ms B (Police) and Mr C (Housing)": one phrase, for a sentence. */
export function listNamedPeople(people: readonly NamedPerson[]): string {
  const names = people.map(describeNamedPerson);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

type MetaOf = Pick<RecordView, 'enteredBy' | 'enteredAt' | 'updatedBy' | 'updatedAt' | 'onBehalfOf' | 'signed'>;

export function describeRecordMeta(record: MetaOf): string {
  if (record.signed !== undefined && record.signed !== null) {
    const { by, organisation, installName, signedAt } = record.signed;
    return `Signed by ${by} (${organisation}, ${installName}) on ${formatTimestampDate(signedAt)} and received as a sealed bundle. First entered by ${record.enteredBy} on ${formatTimestampDate(record.enteredAt)} on their behalf; that entry is kept under Send and receive.`;
  }
  const entered = `Entered by ${record.enteredBy} on ${formatTimestampDate(record.enteredAt)}`;
  const behalf = record.onBehalfOf.length === 0 ? '' : ` on behalf of ${listNamedPeople(record.onBehalfOf)}`;
  const updated = record.updatedBy === null || record.updatedAt === null ? '' : `. Last changed by ${record.updatedBy} on ${formatTimestampDate(record.updatedAt)}`;
  return `${entered}${behalf}${updated}.`;
}

/**
 * Who entered a record, when, and for whom: many of the people who decide have no account,
 * so the Business Unit records for them and the record must say so (issue 5, point 4) — until
 * their own decision comes back signed in a bundle, which the record then says instead.
 */
export function RecordMeta({ record }: { record: MetaOf }) {
  return (
    <p className="govuk-body-s prm-secondary-text" data-testid="record-meta">
      {describeRecordMeta(record)}
    </p>
  );
}
