/**
 * The Keys tab's summary: which master key the store is on, whom it is sealed to, when the keys
 * and the recovery code were last changed (from the audit trail), and the person's own rekey
 * if it is running or its new recovery code is still to be written down.
 */
import type { KeysView } from '../../shared/accounts/accounts.ts';
import type { Db } from '../store/open-database.ts';
import { listUsers } from '../store/repositories/users.ts';
import { rekeyToFollow, type RekeyDesk } from './rekey-job.ts';

export function readKeys(desk: RekeyDesk): KeysView {
  const session = desk.requireSession();
  session.authorise('keys.rekey', 'see the store’s keys');
  const store = session.store;
  const users = listUsers(store.db);
  const rekeys = rekeyEvents(store.db);
  const created = store.db.prepare(`SELECT at FROM audit_events WHERE action = 'store.created' ORDER BY seq LIMIT 1`).pluck().get() as string | undefined;
  const lastNewCode = rekeys.findLast((event) => event.newRecoveryKey);
  const keyMadeAt = rekeys.at(-1)?.at ?? created ?? '';
  const disabled = users.filter((user) => user.status === 'disabled');
  return {
    epoch: store.keyFile.epoch,
    activeUsers: users.filter((user) => user.status === 'active').length,
    disabledUsers: disabled.length,
    // Instants in one ISO form compare as text.
    disabledSinceRekey: disabled.filter((user) => (user.disabledAt ?? '') >= keyMadeAt).length,
    storeCreatedAt: created ?? null,
    lastRekeyedAt: rekeys.at(-1)?.at ?? null,
    recoveryCodeMadeAt: lastNewCode?.at ?? created ?? null,
    rekeyToFollow: rekeyToFollow(desk, session.userId),
  };
}

/** Every rekey in order. An event whose details retention has erased counts as one that kept the recovery code. */
function rekeyEvents(db: Db): { at: string; newRecoveryKey: boolean }[] {
  const rows = db
    .prepare(`SELECT e.at, d.body FROM audit_events e LEFT JOIN audit_details d ON d.event_seq = e.seq WHERE e.action = 'keys.rekeyed' ORDER BY e.seq`)
    .all() as { at: string; body: string | null }[];
  return rows.map((row) => ({ at: row.at, newRecoveryKey: row.body !== null && (JSON.parse(row.body) as { newRecoveryKey?: unknown }).newRecoveryKey === true }));
}
