/**
 * The entry the Business Unit made on the person's behalf, shown as it stands, read-only: what
 * they are asked to confirm or correct.
 */
import type { DecisionRequestPayload } from '../../shared/exchange/payloads.ts';
import { SCREENING_DECISION_LABELS } from '../../shared/reviews/records.ts';
import { SummaryList, textOrNotRecorded, yesNoText, type SummaryRow } from '../case/components/SummaryList.tsx';
import { listNamedPeople } from '../case/components/RecordMeta.tsx';
import { capacityLabel } from '../case/meetings/endorser-capacity.ts';
import { formatDate } from '../components/format-date.ts';

type Entry = DecisionRequestPayload['entry'];

function dateOrNot(value: string | null) {
  return value === null || value === '' ? textOrNotRecorded(null) : formatDate(value);
}

function person({ name, organisation }: { name: string; organisation: string }): string {
  return `${name} (${organisation})`;
}

export function entryRows(entry: Entry): SummaryRow[] {
  switch (entry.recordType) {
    case 'screening':
      return [
        { label: 'Decision', value: SCREENING_DECISION_LABELS[entry.data.decision] },
        { label: 'Date of the decision', value: dateOrNot(entry.data.decidedOn) },
        { label: 'Rationale', value: textOrNotRecorded(entry.data.rationale) },
        { label: 'Panel members who decided', value: listNamedPeople(entry.data.panel) },
      ];
    case 'endorsement':
      return [
        { label: 'Who endorses', value: person(entry.data.person) },
        { label: 'In what capacity', value: capacityLabel(entry.data.capacity) },
        { label: 'Endorses the outcome', value: yesNoText(entry.data.endorses) },
        { label: 'Comment', value: textOrNotRecorded(entry.data.comment) },
        { label: 'Date of the endorsement', value: dateOrNot(entry.data.recordedOn) },
      ];
    case 'declaration':
      return [
        { label: 'Who declares', value: person(entry.data.person) },
        { label: 'Has an interest to declare', value: yesNoText(entry.data.hasInterest) },
        { label: 'The interest', value: textOrNotRecorded(entry.data.details) },
        { label: 'Date of the declaration', value: dateOrNot(entry.data.declaredOn) },
      ];
  }
}

export function DecisionEntry({ entry }: { readonly entry: Entry }) {
  return <SummaryList rows={entryRows(entry)} testId="decision-entry" />;
}
