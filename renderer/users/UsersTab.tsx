/**
 * The Administration page's Users tab: every account on this install and, for someone who has
 * forgotten their passphrase, an administrator's reset. Main checks users.manage on each call.
 */
import { useCallback, useState } from 'react';
import type { AccountView, PassphraseResetOutcome } from '../../shared/accounts/accounts.ts';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import { NotShown } from '../components/NotShown.tsx';
import { useRefreshableView } from '../components/use-refreshable-view.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { ResetOutcome } from './ResetOutcome.tsx';
import { ResetPassphraseForm } from './ResetPassphraseForm.tsx';
import { UsersTable } from './UsersTable.tsx';

export interface UsersTabProps {
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

export function UsersTab(_props: UsersTabProps) {
  const call = useApi();
  const accounts = useRefreshableView(useCallback(() => call('users.accounts', {}), [call]));
  const [resetting, setResetting] = useState<AccountView | null>(null);
  const [outcome, setOutcome] = useState<PassphraseResetOutcome | null>(null);

  if (accounts.load.state !== 'loaded') return <NotShown testId="users" load={accounts.load} what="the users" onRetry={accounts.reload} level={2} />;
  if (resetting !== null) {
    return (
      <ResetPassphraseForm
        account={resetting}
        onCancel={() => setResetting(null)}
        onReset={(done) => {
          setResetting(null);
          setOutcome(done);
          void accounts.refresh();
        }}
      />
    );
  }
  const { users } = accounts.load.view;
  return (
    <>
      {outcome === null ? null : <ResetOutcome outcome={outcome} />}
      <h2 className="govuk-heading-m">Users</h2>
      <p className="govuk-body">
        Everyone who can sign in to this install. If someone has forgotten their passphrase, reset it here and give them a temporary one in person: nobody can look a
        passphrase up, because it is not kept anywhere.
      </p>
      <UsersTable
        users={users}
        onReset={(account) => {
          setOutcome(null);
          setResetting(account);
        }}
      />
    </>
  );
}
