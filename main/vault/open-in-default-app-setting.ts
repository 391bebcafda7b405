/**
 * Whether a secured file may be opened in the system's default app (a decrypted copy in the
 * private folder) or only saved as a working copy. An administrator's setting, on by default;
 * where IT's machine policy sets it, the policy's answer holds whatever the store says.
 */
import { machinePolicyInForce } from '../policy/policy-in-force.ts';
import { refuseIfSetByIt } from '../policy/set-by-it.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';

const KEY = 'vault_open_in_default_app';

export function openInDefaultAppAllowed(db: Db): boolean {
  const setByIt = machinePolicyInForce().values.openInDefaultAppAllowed;
  if (setByIt !== undefined) return setByIt;
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  return row?.value !== 'false';
}

export function readOpenInDefaultApp(session: Session): { allowed: boolean } {
  session.authorise('settings.manage', 'see whether secured files open in other apps');
  return { allowed: openInDefaultAppAllowed(session.store.db) };
}

export function setOpenInDefaultApp(session: Session, allowed: boolean): { allowed: boolean } {
  session.authorise('settings.manage', 'change whether secured files open in other apps');
  refuseIfSetByIt('openInDefaultAppAllowed', 'whether secured files may be opened in other apps');
  session.store.change((db, audit) => {
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, String(allowed));
    audit({ actorId: session.userId, action: 'settings.changed', recordType: 'setting', recordId: KEY, details: { allowed } });
  });
  return { allowed: openInDefaultAppAllowed(session.store.db) };
}
