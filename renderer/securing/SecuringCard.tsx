import { HELD_WHERE, INSTRUCTIONS, type SecuringRow } from '../../shared/vault/securing.ts';
import { formatDate } from '../components/format-date.ts';
import { formatTimestampDate } from '../case/components/format-timestamp.ts';
import { text } from '../case/stages/describe-values.ts';
import { SummaryRows, type SummaryRow } from '../case/stages/SummaryRows.tsx';
import { ConfirmationForm } from './ConfirmationForm.tsx';
import { InstructionForm } from './InstructionForm.tsx';
import type { SecuringEditing } from './securing-editing.ts';
import { agencyHeadingId } from './SecuringTable.tsx';
import { SecuringTag } from './SecuringTag.tsx';
import type { UseSecuring } from './use-securing.ts';

export interface SecuringCardProps {
  readonly reference: string;
  readonly row: SecuringRow;
  /** The agency's place in the section's list: its heading's id and its forms' keys. */
  readonly index: number;
  readonly canEdit: boolean;
  readonly applyResult: UseSecuring['applyResult'];
  readonly editing: SecuringEditing | null;
  readonly open: (key: SecuringEditing) => void;
  readonly close: () => void;
  readonly saved: (message: string) => void;
}

function rowsFor(row: SecuringRow): SummaryRow[] {
  const rows: SummaryRow[] = [
    { key: 'Asked to secure its files', value: row.requested && row.requestedOn !== null ? `Yes, in the request sent ${formatDate(row.requestedOn)}` : 'No' },
  ];
  if (row.dueOn !== null) {
    rows.push({
      key: 'Confirmation due',
      value: (
        <>
          {`${formatDate(row.dueOn)} `}
          <SecuringTag row={row} />
        </>
      ),
    });
  }
  const confirmation = row.confirmation;
  if (confirmation === null) {
    rows.push({ key: 'Confirmed', value: 'Not yet' });
    return rows;
  }
  rows.push(
    { key: 'Confirmed', value: `${formatDate(confirmation.confirmedOn)} (recorded by ${confirmation.recordedBy} on ${formatTimestampDate(confirmation.recordedAt)})` },
    { key: 'Nominated representative', value: confirmation.representativeName },
    { key: 'Where the records are held', value: HELD_WHERE[confirmation.heldWhere] },
    { key: 'Details of where they are held', value: text(confirmation.heldDetails) },
  );
  const instruction = row.instruction;
  if (instruction === null) rows.push({ key: 'Instruction at the close', value: 'Not given yet' });
  else {
    rows.push(
      { key: 'Instruction at the close', value: `${INSTRUCTIONS[instruction.instruction]}, given ${formatDate(instruction.givenOn)} (recorded by ${instruction.recordedBy} on ${formatTimestampDate(instruction.recordedAt)})` },
      { key: 'Confirmed done', value: instruction.confirmedOn === null ? 'Not yet' : formatDate(instruction.confirmedOn) },
    );
  }
  return rows;
}

/** One agency's securing in full, with the forms that record its confirmation and, at the close, its instruction. */
export function SecuringCard({ reference, row, index, canEdit, applyResult, editing, open, close, saved }: SecuringCardProps) {
  const formProps = { reference, row, applyResult, onCancel: close, onSaved: saved };
  const hidden = <span className="govuk-visually-hidden">{` for ${row.agency}`}</span>;
  const button = (key: SecuringEditing, label: string) => (
    <button type="button" className="govuk-button govuk-button--secondary" onClick={() => open(key)}>
      {label}
      {hidden}
    </button>
  );

  return (
    <article className="govuk-!-margin-bottom-9" aria-labelledby={agencyHeadingId(index)} data-testid={`securing-${index}`}>
      <h3 className="govuk-heading-m prm-page-heading" id={agencyHeadingId(index)} tabIndex={-1}>
        {row.agency}
      </h3>
      <SummaryRows testId={`securing-summary-${index}`} rows={rowsFor(row)} />
      {editing === `confirm:${index}` ? <ConfirmationForm {...formProps} /> : null}
      {editing === `instruct:${index}` ? <InstructionForm {...formProps} /> : null}
      {canEdit && editing === null ? (
        <div className="govuk-button-group">
          {button(`confirm:${index}`, row.confirmation === null ? 'Record the confirmation' : 'Change the confirmation')}
          {row.confirmation === null ? null : button(`instruct:${index}`, row.instruction === null ? 'Record the instruction at the close' : 'Change the instruction')}
        </div>
      ) : null}
    </article>
  );
}
