import { useState } from 'react';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { instructionInput, INSTRUCTIONS } from '../../shared/vault/securing.ts';
import { DateInput } from '../components/form/DateInput.tsx';
import { Radios } from '../components/form/Radios.tsx';
import { choiceOrNull, dateOrNull } from '../case/stages/answers.ts';
import { RecordForm } from '../case/stages/RecordForm.tsx';
import { useApi } from '../session/api-context.tsx';
import type { SecuringFormProps } from './ConfirmationForm.tsx';
import { useSecuringSave } from './use-securing.ts';

const INSTRUCTION_OPTIONS = (Object.keys(INSTRUCTIONS) as (keyof typeof INSTRUCTIONS)[]).map((value) => ({ value, label: INSTRUCTIONS[value] }));

/**
 * At the close of the review, the agency's instruction for its secured records (they stay the
 * agency's: it decides), and later the date it confirmed the instruction was carried out.
 */
export function InstructionForm({ reference, row, applyResult, onCancel, onSaved }: SecuringFormProps) {
  const call = useApi();
  const saving = useSecuringSave(applyResult);
  const existing = row.instruction;
  const [instruction, setInstruction] = useState<string>(existing?.instruction ?? '');
  const [givenOn, setGivenOn] = useState(existing?.givenOn ?? todayInLondon());
  const [confirmedOn, setConfirmedOn] = useState(existing?.confirmedOn ?? '');

  const submit = async () => {
    const answers = { instruction: choiceOrNull(instruction) ?? undefined, givenOn, confirmedOn: dateOrNull(confirmedOn) };
    const saved = await saving.submit(instructionInput, answers, 'instruction.', (value) => call('securing.instruct', { reference, agency: row.agency, instruction: value }));
    if (saved) onSaved(existing === null ? `${row.agency}’s instruction for its secured files has been recorded.` : `${row.agency}’s instruction has been changed.`);
  };

  return (
    <RecordForm
      title={existing === null ? `Record ${row.agency}’s instruction for its secured files` : `Change ${row.agency}’s instruction`}
      lead="The records stay the agency’s. When the review closes, the agency tells you whether its representative releases them or destroys the secured copy."
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the instruction"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="securing-instruction-form"
    >
      <Radios id="instruction" legend="What did the agency instruct?" value={instruction} onChange={setInstruction} error={saving.errorFor('instruction')} options={INSTRUCTION_OPTIONS} />
      <DateInput id="givenOn" label="Date the agency gave its instruction" value={givenOn} onChange={setGivenOn} error={saving.errorFor('givenOn')} />
      <DateInput
        id="confirmedOn"
        label="Date the agency confirmed it was done (optional)"
        hint="Leave this empty until the agency confirms. For example, 27 3 2026"
        value={confirmedOn}
        onChange={setConfirmedOn}
        error={saving.errorFor('confirmedOn')}
      />
    </RecordForm>
  );
}
