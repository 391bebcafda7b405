/**
 * The actions an agency owes across every review (or, for no agency, every agency's overdue
 * actions), fetched again whenever the agency chosen changes. The last list stays on screen while
 * the next is fetched, so the agency choice keeps focus and the page does not jump.
 *
 * A person of an agency starts on their own agency's list: the first answer says which agencies
 * they may choose among, and if theirs is one, it is chosen for them (once; they may then choose
 * "every agency" themselves).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OwedActionsView } from '../../shared/actions/action-plan.ts';
import { loadFromError, type ViewLoad } from '../components/view-load.ts';
import { useApi } from '../session/api-context.tsx';

export interface UseOwedActions {
  readonly agency: string | null;
  readonly chooseAgency: (agency: string | null) => void;
  readonly load: ViewLoad<OwedActionsView>;
  /** The last list fetched, kept while another is on its way or after a refusal. */
  readonly last: OwedActionsView | null;
  readonly refreshing: boolean;
  readonly retry: () => void;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');
}

export function useOwedActions(initialAgency: string | null, ownOrganisation: string): UseOwedActions {
  const call = useApi();
  const [agency, setAgency] = useState(initialAgency);
  const [load, setLoad] = useState<ViewLoad<OwedActionsView>>({ state: 'loading' });
  const [last, setLast] = useState<OwedActionsView | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // Only the first answer may choose the person's own agency for them.
  const mayDefault = useRef(initialAgency === null);

  useEffect(() => {
    let current = true;
    setRefreshing(true);
    void call('actions.owed', { agency, overdueOnly: agency === null }).then((result) => {
      if (!current) return;
      setRefreshing(false);
      if (!result.ok) {
        const next = loadFromError(result.error);
        if (next !== null) setLoad(next);
        return;
      }
      if (mayDefault.current) {
        mayDefault.current = false;
        const own = result.value.agencies.find((each) => sameName(each, ownOrganisation));
        if (own !== undefined) {
          setAgency(own);
          return;
        }
      }
      setLoad({ state: 'loaded', view: result.value });
      setLast(result.value);
    });
    return () => {
      current = false;
    };
  }, [call, agency, attempt, ownOrganisation]);

  const chooseAgency = useCallback((next: string | null) => {
    mayDefault.current = false;
    setAgency(next);
  }, []);
  const retry = useCallback(() => {
    setLoad({ state: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  return { agency, chooseAgency, load, last, refreshing, retry };
}
