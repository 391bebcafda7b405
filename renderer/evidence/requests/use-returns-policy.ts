/**
 * The two policy settings the requests screen words its deadlines by: how many working days an
 * agency has to return its evidence, and when a deadline shows as due soon. Until the policy
 * arrives (or if it cannot be read) the defaults stand in; main works out the due dates itself.
 */
import { useEffect, useState } from 'react';
import { CLOCK_DEFINITIONS, DEFAULT_AMBER_WORKING_DAYS } from '../../../shared/reviews/clocks.ts';
import { useApi } from '../../session/api-context.tsx';

export interface ReturnsPolicy {
  readonly workingDays: number;
  readonly amberWorkingDays: number;
}

const DEFAULTS: ReturnsPolicy = { workingDays: CLOCK_DEFINITIONS['agency-returns'].defaultAmount, amberWorkingDays: DEFAULT_AMBER_WORKING_DAYS };

export function useReturnsPolicy(): ReturnsPolicy {
  const call = useApi();
  const [policy, setPolicy] = useState<ReturnsPolicy>(DEFAULTS);
  useEffect(() => {
    let current = true;
    void call('policy.get', {}).then((result) => {
      if (current && result.ok) setPolicy({ workingDays: result.value.policy.amounts['agency-returns'], amberWorkingDays: result.value.policy.amberWorkingDays });
    });
    return () => {
      current = false;
    };
  }, [call]);
  return policy;
}
