/**
 * The Administration page's tab for backups: the reminder when one is due, making a backup with
 * its progress, the list of backups with their checks, and restoring a backup into another folder.
 */
import { useCallback, useState } from 'react';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { BackupView } from '../../shared/ipc/operations-calls.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { NotShown } from '../components/NotShown.tsx';
import { useRefreshableView } from '../components/use-refreshable-view.ts';
import { WarningText } from '../components/WarningText.tsx';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { rolesInclude } from '../session/screen.ts';
import { reminderSentence } from './backup-words.ts';
import { BackupsTable } from './BackupsTable.tsx';
import { MakeBackup } from './MakeBackup.tsx';
import { RestoreElsewhere } from './RestoreElsewhere.tsx';
import { ResultBanner } from './ResultBanner.tsx';
import './backups.css';

export interface BackupsTabProps {
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

type CheckOutcome = { readonly made: string; readonly passed: true } | { readonly made: string; readonly passed: false; readonly problem: string };

export function BackupsTab({ user }: BackupsTabProps) {
  const call = useApi();
  const backups = useRefreshableView(useCallback(() => call('backups.list', {}), [call]));
  const [checking, setChecking] = useState<number | null>(null);
  const [checked, setChecked] = useState<CheckOutcome | null>(null);
  const { refresh } = backups;

  const checkAgain = useCallback(
    async (backup: BackupView) => {
      setChecking(backup.id);
      setChecked(null);
      const result = await call('backups.verify', { id: backup.id });
      setChecking(null);
      const made = formatTimestamp(backup.createdAt);
      if (result.ok) setChecked(result.value.passed ? { made, passed: true } : { made, passed: false, problem: result.value.problem ?? 'The copy could not be read.' });
      else if (result.error.code !== 'LOCKED') setChecked({ made, passed: false, problem: result.error.message });
      await refresh();
    },
    [call, refresh],
  );
  const made = useCallback(() => void refresh(), [refresh]);

  if (backups.load.state !== 'loaded') return <NotShown testId="backups" load={backups.load} what="the backups" onRetry={backups.reload} level={2} />;
  const { view } = backups.load;
  return (
    <>
      {view.reminder.due ? (
        <WarningText testId="backup-reminder">{reminderSentence(view.reminder)}</WarningText>
      ) : (
        <p className="govuk-inset-text" data-testid="backup-reminder-ok">
          {reminderSentence(view.reminder)}
        </p>
      )}
      <MakeBackup storeFolder={view.storeFolder} onMade={made} />
      <section aria-labelledby="backups-list-title" className="govuk-!-margin-bottom-8">
        <h2 className="govuk-heading-m" id="backups-list-title">
          Backups made from this app
        </h2>
        {checked === null ? null : checked.passed ? (
          <ResultBanner heading={`The backup made ${checked.made} passed its check`} kind="success" testId="backup-check-passed">
            <p className="govuk-body">Its files match their hashes, the copy opens and passes SQLite’s integrity check, and its audit trail is the store’s own.</p>
          </ResultBanner>
        ) : (
          <ResultBanner heading={`The backup made ${checked.made} failed its check`} kind="important" testId="backup-check-failed">
            <p className="govuk-body">{checked.problem}</p>
            <p className="govuk-body">Do not rely on it: make a new backup now.</p>
          </ResultBanner>
        )}
        <BackupsTable backups={view.backups} checking={checking} onCheck={(backup) => void checkAgain(backup)} />
      </section>
      {rolesInclude(user, 'store.restore') ? <RestoreElsewhere user={user} storeFolder={view.storeFolder} /> : null}
    </>
  );
}
