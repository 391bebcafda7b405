/**
 * How the "Securing files" section words an agency's securing: a status tag whose words carry
 * the meaning (the colour only repeats it), and the confirmation and instruction in plain English.
 */
import type { SecuringRow } from '../../shared/vault/securing.ts';
import { formatDate } from '../components/format-date.ts';

export interface SecuringTag {
  readonly words: string;
  readonly tagClass: string;
}

/** Confirmed; else overdue once past the due date; else awaited; or not asked at all. */
export function securingTag(row: SecuringRow): SecuringTag {
  if (row.confirmation !== null) {
    const late = row.dueOn !== null && row.confirmation.confirmedOn > row.dueOn;
    return late ? { words: 'Confirmed late', tagClass: 'govuk-tag--orange' } : { words: 'Confirmed', tagClass: 'govuk-tag--green' };
  }
  if (!row.requested) return { words: 'Not requested', tagClass: 'govuk-tag--grey' };
  return row.overdue ? { words: 'Overdue', tagClass: 'govuk-tag--red' } : { words: 'Awaited', tagClass: 'govuk-tag--blue' };
}

/** Where the records are held, shortly, for the table. */
export const HELD_WHERE_SHORT = { 'this-app': 'In this app, on the agency’s install', 'agency-system': 'In the agency’s own system' } as const;

export const INSTRUCTION_WORDS = { release: 'Release', destroy: 'Destroy' } as const;

/** "Destroy, given 1 December 2025; carried out 3 December 2025", or that none is recorded yet. */
export function instructionText(instruction: SecuringRow['instruction']): string {
  if (instruction === null) return 'Not given yet';
  const given = `${INSTRUCTION_WORDS[instruction.instruction]}, given ${formatDate(instruction.givenOn)}`;
  return instruction.confirmedOn === null ? `${given}; not yet confirmed as done` : `${given}; confirmed done ${formatDate(instruction.confirmedOn)}`;
}
