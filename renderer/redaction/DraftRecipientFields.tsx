/**
 * Whom a redacted draft is for: named on every page, so a copy that travels further says whose it
 * was. Policy: a draft is not forwarded without the lead reviewer's permission, so "may forward"
 * starts unticked.
 */
import type { ExportAnswers } from './export-choice.ts';
import { TextInput } from '../case/components/TextInput.tsx';
import { OrganisationSuggestions } from '../case/components/OrganisationSuggestions.tsx';
import { Checkbox } from '../components/form/Checkboxes.tsx';

export interface DraftRecipientFieldsProps {
  readonly answers: ExportAnswers;
  readonly onChange: (answers: ExportAnswers) => void;
  readonly agencies: readonly string[];
  readonly errorFor: (field: string) => string | undefined;
}

export const RECIPIENT_FIELDS = { recipient: 'recipient-recipient', agency: 'recipient-agency', mayForward: 'recipient-mayForward' } as const;

export function DraftRecipientFields({ answers, onChange, agencies, errorFor }: DraftRecipientFieldsProps) {
  return (
    <div className="govuk-inset-text" data-testid="draft-recipient">
      <TextInput
        id={RECIPIENT_FIELDS.recipient}
        label="Who is the draft for?"
        hint="Their full name: it is printed on every page"
        value={answers.recipient}
        onChange={(recipient) => onChange({ ...answers, recipient })}
        error={errorFor(RECIPIENT_FIELDS.recipient)}
        widthClass="govuk-input--width-30"
      />
      <TextInput
        id={RECIPIENT_FIELDS.agency}
        label="Their agency"
        hint="Choose one of the case’s agencies, or type another"
        value={answers.agency}
        onChange={(agency) => onChange({ ...answers, agency })}
        error={errorFor(RECIPIENT_FIELDS.agency)}
        widthClass="govuk-input--width-30"
        list="draft-agency-suggestions"
      />
      <OrganisationSuggestions id="draft-agency-suggestions" organisations={agencies} />
      <Checkbox
        id={RECIPIENT_FIELDS.mayForward}
        label="They may forward it"
        hint="Policy: a draft is not forwarded without the lead reviewer’s permission. Leave this unticked unless you have given it."
        checked={answers.mayForward}
        onChange={(mayForward) => onChange({ ...answers, mayForward })}
        error={errorFor(RECIPIENT_FIELDS.mayForward)}
      />
    </div>
  );
}
