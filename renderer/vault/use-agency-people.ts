/**
 * Who could be an agency's nominated representative: the active users of that agency on this
 * install, when the person may list users (the Business Unit, administrators). Anyone else names
 * the representative by typing; main checks the name either way.
 */
import { useEffect, useState } from 'react';
import type { CallOutput } from '../../shared/ipc/contract.ts';
import { useApi } from '../session/api-context.tsx';

type Listed = CallOutput<'users.list'>['users'];

export type PeopleList = { readonly state: 'loading' } | { readonly state: 'listed'; readonly users: Listed } | { readonly state: 'unlisted' };

export function usePeopleList(): PeopleList {
  const call = useApi();
  const [list, setList] = useState<PeopleList>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    void call('users.list', {}).then((result) => {
      if (current) setList(result.ok ? { state: 'listed', users: result.value.users } : { state: 'unlisted' });
    });
    return () => {
      current = false;
    };
  }, [call]);
  return list;
}

/** The names of the agency's active users, in order, leaving out anyone named in `except`. */
export function agencyPeople(list: PeopleList, agency: string, except: readonly string[] = []): string[] | null {
  if (list.state !== 'listed') return null;
  return list.users
    .filter((user) => user.status === 'active' && user.organisation === agency && !except.includes(user.name))
    .map((user) => user.name)
    .sort((a, b) => a.localeCompare(b, 'en-GB'));
}
