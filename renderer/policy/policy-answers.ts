/**
 * The policy form's answers as typed (numbers as text, so a half-typed "1" stays on screen),
 * and the policy they make. Field ids are the call's input paths, dashed, so main's problems
 * ("policy.amounts.screening") land beside the same boxes as the form's own.
 */
import type { PolicyView } from '../../shared/ipc/case-calls.ts';
import { CLOCK_DEFINITIONS, CLOCKS, unitWords, type ClockName, type ClockPolicy } from '../../shared/reviews/clocks.ts';
import type { PublicationNaming } from '../../shared/reviews/people.ts';
import type { FieldError } from '../components/field-errors.ts';
import { numberFrom } from '../components/form/number-from.ts';
import { fieldId } from '../components/problems.ts';

export interface PolicyAnswers {
  readonly amounts: Readonly<Record<ClockName, string>>;
  readonly amberWorkingDays: string;
  readonly publicationNaming: PublicationNaming | '';
}

export const AMBER_FIELD = fieldId('policy.amberWorkingDays');
export const NAMING_FIELD = fieldId('publicationNaming');

export function amountField(clock: ClockName): string {
  return fieldId(`policy.amounts.${clock}`);
}

export function answersFrom(view: PolicyView): PolicyAnswers {
  return {
    amounts: Object.fromEntries(CLOCKS.map((clock) => [clock, String(view.policy.amounts[clock])])) as Record<ClockName, string>,
    amberWorkingDays: String(view.policy.amberWorkingDays),
    publicationNaming: view.publicationNaming,
  };
}

/** The policy to send, or the problems that stop it being sent (main checks the limits again). */
export function checkPolicyAnswers(answers: PolicyAnswers): { policy: ClockPolicy; publicationNaming: PublicationNaming } | { problems: FieldError[] } {
  const problems: FieldError[] = [];
  const amounts: Partial<Record<ClockName, number>> = {};
  for (const clock of CLOCKS) {
    const definition = CLOCK_DEFINITIONS[clock];
    const amount = numberFrom(answers.amounts[clock]);
    const unit = unitWords(definition.unit);
    if (amount === null) problems.push({ field: amountField(clock), message: `Enter a whole number of ${unit} for “${definition.label}”` });
    else if (amount < 1 || amount > definition.maximum) problems.push({ field: amountField(clock), message: `Enter a number of ${unit} from 1 to ${definition.maximum} for “${definition.label}”` });
    else amounts[clock] = amount;
  }
  const amber = numberFrom(answers.amberWorkingDays);
  if (amber === null) problems.push({ field: AMBER_FIELD, message: 'Enter the number of working days left when a deadline shows as due soon, as a whole number' });
  else if (amber < 0 || amber > 20) problems.push({ field: AMBER_FIELD, message: 'Enter the number of working days left when a deadline shows as due soon, from 0 to 20' });
  if (answers.publicationNaming === '') problems.push({ field: NAMING_FIELD, message: 'Choose how people are named in publications' });
  if (problems.length > 0 || amber === null || answers.publicationNaming === '') return { problems };
  return { policy: { amounts: amounts as Record<ClockName, number>, amberWorkingDays: amber }, publicationNaming: answers.publicationNaming };
}
