/** The subject's own people records, each listed whole: everything the record holds about them. */
import { PERSON_ROLE_LABELS } from '../../shared/reviews/people.ts';
import type { Finding } from './findings.ts';
import type { SubjectRecord } from './people-records.ts';

function lines(record: SubjectRecord): string[] {
  const { details } = record;
  const list = (label: string, values: readonly string[]) => (values.length === 0 ? [] : [`${label}: ${values.join('; ')}`]);
  const text = (label: string, value: string | null) => (value === null || value.trim() === '' ? [] : [`${label}: ${value.trim()}`]);
  return [
    `Name: ${record.givenNames} ${record.familyName}`,
    ...list('Other names', details.otherNames),
    ...list('Dates of birth', details.datesOfBirth),
    ...text('Date of death', details.dateOfDeath),
    ...list('Addresses', details.addresses),
    ...list('Contact details', details.contactDetails),
    ...text('Relationship or job', details.relationship),
    ...text('Agency', details.agency),
    ...text('Published as', record.publishAs),
    ...text('Notes', details.notes),
  ];
}

export function recordFindings(records: readonly SubjectRecord[]): Finding[] {
  return records.map((record) => ({
    place: 'people',
    caseId: record.caseId,
    where: `People record ${record.personId} (${PERSON_ROLE_LABELS[record.role].toLowerCase()}) — the whole record`,
    matched: record.matchedOn.join('; '),
    text: lines(record).join('\n'),
  }));
}
