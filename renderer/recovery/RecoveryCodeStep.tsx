/**
 * Step 2: the recovery code, as typed from paper. Its shape is checked here (the letters and
 * digits it may hold, and how many); then main checks it opens this store, before anything
 * else is asked, so a wrong code is named at once and nothing is made.
 */
import { useState, type FormEvent } from 'react';
import { recoveryCodeShapeProblem } from '../../shared/accounts/recovery-code-shape.ts';
import { describedBy, FieldLabelling } from '../components/FieldLabelling.tsx';
import type { FieldError } from '../components/field-errors.ts';
import { useApi } from '../session/api-context.tsx';
import { RecoveryStep } from './RecoverySteps.tsx';

export const CODE_FIELD = 'recovery-code';
const HINT = 'Eleven groups of five letters and digits, as printed. Spaces, dashes and small letters do not matter.';

export interface RecoveryCodeStepProps {
  readonly initialCode: string;
  /** A refusal from a later step that was about the code. */
  readonly initialError: string | null;
  readonly onChecked: (code: string) => void;
  readonly onBack: () => void;
}

export function RecoveryCodeStep({ initialCode, initialError, onChecked, onBack }: RecoveryCodeStepProps) {
  const call = useApi();
  const [code, setCode] = useState(initialCode);
  const [errors, setErrors] = useState<FieldError[]>(initialError === null ? [] : [{ field: CODE_FIELD, message: initialError }]);
  const [checking, setChecking] = useState(false);
  const error = errors.find((each) => each.field === CODE_FIELD)?.message;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (checking) return;
    const problem = recoveryCodeShapeProblem(code);
    if (problem !== null) {
      setErrors([{ field: CODE_FIELD, message: problem }]);
      return;
    }
    setChecking(true);
    const result = await call('recovery.checkCode', { recoveryCode: code });
    setChecking(false);
    if (result.ok) onChecked(code);
    else setErrors([result.error.code === 'WRONG_RECOVERY_CODE' ? { field: CODE_FIELD, message: result.error.message } : { message: result.error.message }]);
  };

  return (
    <RecoveryStep step={2} heading="Enter the recovery code" onBack={onBack} errors={errors}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
          <FieldLabelling id={CODE_FIELD} label="Recovery code" hint={HINT} error={error} />
          {/* Two rows, so the whole code shows at once to be checked against the paper. */}
          <textarea
            className={`govuk-textarea prm-recovery-code-input${error === undefined ? '' : ' govuk-textarea--error'}`}
            id={CODE_FIELD}
            name={CODE_FIELD}
            rows={2}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={describedBy(CODE_FIELD, HINT, error)}
          />
        </div>
        <button type="submit" className="govuk-button" aria-disabled={checking}>
          Continue
        </button>
        <p className="govuk-body prm-status" role="status">
          {checking ? 'Checking the code opens this store.' : ''}
        </p>
      </form>
    </RecoveryStep>
  );
}
