/**
 * How long a quiet session stays unlocked, for an administrator: the partnership's setting to
 * change, or IT's, shown locked, where the machine policy sets it.
 */
import { useCallback, useState, type FormEvent } from 'react';
import { IDLE_LOCK_LIMITS, type IdleLockView } from '../../shared/ipc/machine-policy-calls.ts';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { NumberField } from '../components/form/NumberField.tsx';
import { numberFrom } from '../components/form/number-from.ts';
import { NotShown } from '../components/NotShown.tsx';
import { useWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';
import { LockedByIt } from './LockedByIt.tsx';
import { describeIdleLock } from './machine-policy-labels.ts';

export const IDLE_LOCK_FIELD = 'idle-lock-minutes';
const OUT_OF_RANGE = `Enter the number of minutes, from ${IDLE_LOCK_LIMITS.minimum} to ${IDLE_LOCK_LIMITS.maximum}`;

export interface IdleLockSettingProps {
  /** The policy screen's errors: one error summary at the top of the page for all its forms. */
  readonly errors: readonly FieldError[];
  readonly onErrors: (errors: FieldError[]) => void;
}

export function IdleLockSetting({ errors, onErrors }: IdleLockSettingProps) {
  const call = useApi();
  const { load, reload, replaceView } = useWholeView(useCallback(() => call('policy.idleLock', {}), [call]));
  return (
    <section aria-labelledby="idle-lock-heading" data-testid="idle-lock-setting">
      <h2 className="govuk-heading-m" id="idle-lock-heading">
        Idle lock
      </h2>
      {load.state !== 'loaded' ? (
        <NotShown load={load} what="the idle lock setting" onRetry={reload} level={3} testId="idle-lock" />
      ) : load.view.setByIt !== null ? (
        <LockedByIt source={load.view.setByIt} testId="idle-lock-locked">
          {describeIdleLock(load.view.minutes)}.
        </LockedByIt>
      ) : (
        <IdleLockForm view={load.view} errors={errors} onErrors={onErrors} onSaved={replaceView} />
      )}
    </section>
  );
}

interface IdleLockFormProps extends IdleLockSettingProps {
  readonly view: IdleLockView;
  readonly onSaved: (view: IdleLockView) => void;
}

function IdleLockForm({ view, errors, onErrors, onSaved }: IdleLockFormProps) {
  const call = useApi();
  const [answer, setAnswer] = useState(String(view.minutes));
  const [saving, setSaving] = useState(false);
  // Said beside the form, not in a banner at the top: the person is working down here.
  const [done, setDone] = useState('');

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setDone('');
    const minutes = numberFrom(answer);
    if (minutes === null || minutes < IDLE_LOCK_LIMITS.minimum || minutes > IDLE_LOCK_LIMITS.maximum) {
      onErrors([{ field: IDLE_LOCK_FIELD, message: OUT_OF_RANGE }]);
      return;
    }
    setSaving(true);
    const result = await call('policy.setIdleLock', { minutes });
    setSaving(false);
    if (result.ok) {
      onErrors([]);
      setAnswer(String(result.value.minutes));
      setDone(`${describeIdleLock(result.value.minutes)}, from each person’s next sign-in.`);
      onSaved(result.value);
    } else if (result.error.code !== 'LOCKED') {
      onErrors([{ field: IDLE_LOCK_FIELD, message: result.error.message }]);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void save(event)}>
      <p className="govuk-body">At the moment, {describeIdleLock(view.minutes).replace(/^Sessions/, 'sessions')}.</p>
      <NumberField
        id={IDLE_LOCK_FIELD}
        label="Minutes without activity before a session locks"
        hint={`From ${IDLE_LOCK_LIMITS.minimum} to ${IDLE_LOCK_LIMITS.maximum}. The default is 10. A change applies from each person’s next sign-in.`}
        value={answer}
        onChange={setAnswer}
        error={errorFor(errors, IDLE_LOCK_FIELD)}
        suffix="minutes"
      />
      <p className="govuk-body govuk-!-font-weight-bold prm-status" role="status" data-testid="idle-lock-status">
        {done}
      </p>
      <button type="submit" className="govuk-button govuk-button--secondary" aria-disabled={saving}>
        {saving ? 'Saving…' : 'Save the idle lock'}
      </button>
    </form>
  );
}
