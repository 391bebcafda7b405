/**
 * The Administration page's Keys tab: where the store's keys stand, and changing them (rekey)
 * as a job with its progress; a new recovery code, if one was asked for, is shown once at the
 * end. Main refuses a second rekey while one runs, and checks keys.rekey on every call.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RekeyResult } from '../../shared/accounts/accounts.ts';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import { OutcomeBanner } from '../case/components/OutcomeBanner.tsx';
import type { FieldError } from '../components/field-errors.ts';
import { NotShown } from '../components/NotShown.tsx';
import { useRefreshableView } from '../components/use-refreshable-view.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { KeysSummary } from './KeysSummary.tsx';
import { NewRecoveryCode } from './NewRecoveryCode.tsx';
import { RekeyForm } from './RekeyForm.tsx';
import { useRekey } from './use-rekey.ts';

export interface KeysTabProps {
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

export function KeysTab(_props: KeysTabProps) {
  const call = useApi();
  const keys = useRefreshableView(useCallback(() => call('keys.get', {}), [call]));
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [startErrors, setStartErrors] = useState<FieldError[]>([]);
  /** The finished rekey whose outcome is on screen; its code, until written down. */
  const [done, setDone] = useState<{ jobId: string; result: RekeyResult; codeShown: boolean } | null>(null);
  const follow = useRekey(jobId);
  const { refresh } = keys;
  const errors = useMemo(() => (follow.state === 'failed' && !follow.locked ? [...startErrors, { message: follow.message }] : startErrors), [follow, startErrors]);

  // A rekey started before the tab was left is followed again, and its new code shown if not yet written down.
  const toFollow = keys.load.state === 'loaded' ? keys.load.view.rekeyToFollow : null;
  useEffect(() => {
    if (toFollow !== null) setJobId((current) => current ?? toFollow);
  }, [toFollow]);

  useEffect(() => {
    if (follow.state !== 'finished' || jobId === null) return;
    setDone({ jobId, result: follow.result, codeShown: false });
    setJobId(null);
    // With a new code, the summary is read again once it is written down.
    if (follow.result.recoveryCode === null) void refresh();
  }, [follow, jobId, refresh]);

  const codeKept = async () => {
    if (done === null) return;
    const result = await call('keys.recoveryCodeKept', { jobId: done.jobId });
    // Shown either way: the person has confirmed it; at worst the tab offers it once more.
    if (!result.ok && result.error.code === 'LOCKED') return;
    setDone({ ...done, codeShown: true });
    await refresh();
  };

  const start = async (newRecoveryCode: boolean) => {
    setStarting(true);
    setStartErrors([]);
    setDone(null);
    const result = await call('keys.rekeyStart', { newRecoveryCode });
    setStarting(false);
    if (result.ok) setJobId(result.value.jobId);
    else if (result.error.code !== 'LOCKED') setStartErrors([{ message: result.error.message }]);
  };

  if (keys.load.state !== 'loaded') return <NotShown testId="keys" load={keys.load} what="the store’s keys" onRetry={keys.reload} level={2} />;
  if (done !== null && done.result.recoveryCode !== null && !done.codeShown) {
    return <NewRecoveryCode code={done.result.recoveryCode} onWrittenDown={() => void codeKept()} />;
  }
  return (
    <>
      {done === null ? null : (
        <OutcomeBanner heading="The keys have been changed">
          <p className="govuk-body">
            {`The store is now on key ${done.result.epoch}, sealed to ${done.result.activeUsers === 1 ? '1 person' : `${done.result.activeUsers} people`} with active accounts${done.result.recoveryCode === null ? ' and the recovery key in the safe' : ' and the new recovery code'}.`}
          </p>
          <p className="govuk-body">Make a new backup now: backups made before the change still open with the old keys.</p>
        </OutcomeBanner>
      )}
      <h2 className="govuk-heading-m">The store’s keys</h2>
      <KeysSummary view={keys.load.view} />
      <RekeyForm follow={follow} starting={starting} errors={errors} onStart={(newCode) => void start(newCode)} />
    </>
  );
}
