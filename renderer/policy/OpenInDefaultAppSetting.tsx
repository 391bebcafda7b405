/**
 * The administrator's setting for secured files: whether a nominated representative may open a
 * file in the computer's default app (a decrypted copy in the app's private folder, wiped on
 * lock and close), or only save a working copy. Where IT's machine policy sets it, it is shown
 * locked instead. Shown only to people who may change the policy.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { FieldError } from '../components/field-errors.ts';
import { errorFor } from '../components/field-errors.ts';
import { Radios } from '../components/form/Radios.tsx';
import type { PolicySourceName } from '../../shared/ipc/machine-policy-calls.ts';
import type { Invoke } from '../../shared/ipc/transport.ts';
import { useApi } from '../session/api-context.tsx';
import { LockedByIt } from './LockedByIt.tsx';
import { describeOpenInDefaultApp } from './machine-policy-labels.ts';

export const OPEN_IN_DEFAULT_APP_FIELD = 'open-in-default-app';

const OPTIONS = [
  { value: 'yes', label: 'Yes, they may open a file in their default app', hint: 'A decrypted copy is put in a private folder that Practice Review Manager empties when it locks, closes or starts.' },
  { value: 'no', label: 'No, they may only save a working copy', hint: 'Each copy is recorded as a copy, and a PDF is marked on every page with the person’s name, the date and the purpose.' },
];

/** The setting as main holds it, and whether IT set it; unknown when reading it failed. */
type Current = { readonly state: 'loading' } | { readonly state: 'known'; readonly allowed: boolean; readonly setByIt: PolicySourceName | null } | { readonly state: 'unknown' };

async function readSetting(call: Invoke): Promise<{ allowed: boolean; setByIt: PolicySourceName | null } | null> {
  const [setting, machine] = await Promise.all([call('vault.settings', {}), call('policy.machine', {})]);
  if (!setting.ok) return null;
  // Without the machine policy the form shows as usual: main refuses a change IT locked all the same.
  return { allowed: setting.value.allowed, setByIt: machine.ok ? (machine.value.openInDefaultAppAllowed?.source ?? null) : null };
}

export interface OpenInDefaultAppSettingProps {
  /** The policy screen's errors: one error summary at the top of the page for all its forms. */
  readonly errors: readonly FieldError[];
  readonly onErrors: (errors: FieldError[]) => void;
}

export function OpenInDefaultAppSetting({ errors, onErrors }: OpenInDefaultAppSettingProps) {
  const call = useApi();
  const [current, setCurrent] = useState<Current>({ state: 'loading' });
  const [answer, setAnswer] = useState('');
  const [saving, setSaving] = useState(false);
  // Said beside the form, not in a banner at the top: the person is working down here.
  const [done, setDone] = useState('');

  useEffect(() => {
    let live = true;
    void readSetting(call).then((read) => {
      if (!live) return;
      setCurrent(read === null ? { state: 'unknown' } : { state: 'known', ...read });
      if (read !== null) setAnswer(read.allowed ? 'yes' : 'no');
    });
    return () => {
      live = false;
    };
  }, [call]);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setDone('');
    if (answer === '') {
      onErrors([{ field: OPEN_IN_DEFAULT_APP_FIELD, message: 'Choose whether nominated representatives may open secured files in their default app' }]);
      return;
    }
    setSaving(true);
    const result = await call('vault.setOpenInDefaultApp', { allowed: answer === 'yes' });
    setSaving(false);
    if (result.ok) {
      onErrors([]);
      setCurrent({ state: 'known', allowed: result.value.allowed, setByIt: null });
      setDone(result.value.allowed ? 'Nominated representatives may now open secured files in their default app.' : 'Nominated representatives can now only save working copies of secured files.');
    } else if (result.error.code !== 'LOCKED') {
      onErrors([{ field: OPEN_IN_DEFAULT_APP_FIELD, message: result.error.message }]);
    }
  };

  return (
    <section aria-labelledby="secured-files-setting-heading" data-testid="open-in-default-app-setting">
      <h2 className="govuk-heading-m" id="secured-files-setting-heading">
        Secured files
      </h2>
      {current.state === 'loading' ? (
        <p className="govuk-body" role="status">
          Loading the setting…
        </p>
      ) : current.state === 'known' && current.setByIt !== null ? (
        <LockedByIt source={current.setByIt} testId="open-in-default-app-locked">
          {describeOpenInDefaultApp(current.allowed)}.
        </LockedByIt>
      ) : (
        <form noValidate onSubmit={(event) => void save(event)}>
          <p className="govuk-body">
            {current.state === 'known'
              ? `At the moment, nominated representatives ${current.allowed ? 'may open secured files in their default app.' : 'can only save working copies of secured files.'}`
              : 'The current setting could not be read. Reload the page to try again.'}
          </p>
          <Radios
            id={OPEN_IN_DEFAULT_APP_FIELD}
            legend="May nominated representatives open secured files in their default app?"
            value={answer}
            onChange={setAnswer}
            options={OPTIONS}
            error={errorFor(errors, OPEN_IN_DEFAULT_APP_FIELD)}
          />
          <p className="govuk-body govuk-!-font-weight-bold prm-status" role="status" data-testid="open-in-default-app-status">
            {done}
          </p>
          <button type="submit" className="govuk-button govuk-button--secondary" aria-disabled={saving}>
            {saving ? 'Saving…' : 'Save the secured files setting'}
          </button>
        </form>
      )}
    </section>
  );
}
