/**
 * The dashboard's short notice that a backup is due, for those who may back up: shown only when
 * there is no verified backup or the newest is older than the policy's interval, with the way to
 * the Backups tab. For everyone else, or if the reminder cannot be read, it shows nothing: the
 * Backups tab says why.
 */
import { useEffect, useId, useState, type MouseEvent } from 'react';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { BackupReminderView } from '../../shared/ipc/operations-calls.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { rolesInclude } from '../session/screen.ts';
import { reminderSentence } from './backup-words.ts';

export function BackupReminder({ user, navigate }: { readonly user: SignedInUser; readonly navigate: Navigate }) {
  const call = useApi();
  const mayBackUp = rolesInclude(user, 'store.backup');
  const [reminder, setReminder] = useState<BackupReminderView | null>(null);
  const titleId = useId();
  useEffect(() => {
    if (!mayBackUp) return;
    let current = true;
    void call('backups.reminder', {}).then((result) => {
      if (current && result.ok) setReminder(result.value);
    });
    return () => {
      current = false;
    };
  }, [call, mayBackUp]);

  if (!mayBackUp || reminder === null || !reminder.due) return null;
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate({ name: 'administration', tab: 'backups' });
  };
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby={titleId} data-testid="backup-reminder-notice">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          Backup due
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          {reminderSentence(reminder)}{' '}
          <a className="govuk-notification-banner__link" href="#administration-backups" onClick={go}>
            Back up the store
          </a>
        </p>
      </div>
    </div>
  );
}
