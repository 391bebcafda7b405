/**
 * What the accounts tests stand on: a real store made by its administrator, a few invented
 * people added through the services (each already past their first passphrase change), and one
 * Desktop through which every call goes, as the app's transports use it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { Desktop, type DesktopOptions } from '../../../main/api/desktop.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { storePaths } from '../../../main/store/store-folder.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import type { ErrorValue } from '../../../shared/errors.ts';
import type { CallInput, CallName, CallOutput } from '../../../shared/ipc/contract.ts';
import type { Role } from '../../../shared/roles.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';

export { ADMIN, ADMIN_PASSPHRASE };
export const PASSPHRASE = 'saffron tugboat meadow';

/** Invented people; none is real. */
export const PEOPLE = {
  officer: 'Rhiannon Ashdown-Pryce',
  colleague: 'Callum Ferrier',
  leaver: 'Oluwaseun Hartley',
} as const;

export interface AccountsFixture {
  readonly temp: TempStore;
  readonly desktop: Desktop;
  signIn(name: string, passphrase?: string): Promise<void>;
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  refusal<N extends CallName>(name: N, input: CallInput<N>): Promise<ErrorValue>;
  /** The audit events of an action, read through the signed-in session. */
  events(action: string): { actorId: string | null; recordType: string | null; recordId: string | null; details: Record<string, unknown> | null }[];
  userId(name: string): string;
  cleanup(): void;
}

export async function makeAccountsFixture(people: readonly { name: string; role: Role; organisation: string }[], options: Partial<DesktopOptions> = {}): Promise<AccountsFixture> {
  const temp = await makeTempStore();
  const admin = temp.session;
  for (const person of people) {
    await addUser(admin, { ...person, passphrase: PASSPHRASE });
    setMustChangePassphrase(admin.store.db, findUserByName(admin.store.db, person.name)!.id, false);
  }
  admin.lock();
  const desktop = new Desktop({ storeFolder: temp.folder, openCopiesFolder: path.join(temp.root, 'open-copies'), stagingFolder: path.join(temp.root, 'staging'), ...options });
  const fixture: AccountsFixture = {
    temp,
    desktop,
    async signIn(name, passphrase = name === ADMIN ? ADMIN_PASSPHRASE : PASSPHRASE) {
      const result = await desktop.invoke('session.unlock', { name, passphrase });
      expect(result, `${name} signs in`).toMatchObject({ ok: true });
    },
    async call(name, input) {
      const result = await desktop.invoke(name, input);
      if (!result.ok) throw new Error(`${name} was refused: ${result.error.code} ${result.error.message}`);
      return result.value as CallOutput<typeof name>;
    },
    async refusal(name, input) {
      const result = await desktop.invoke(name, input);
      if (result.ok) throw new Error(`${name} was expected to be refused but answered ${JSON.stringify(result.value).slice(0, 200)}`);
      return result.error;
    },
    events(action) {
      const rows = desktop
        .requireSession()
        .store.db.prepare(
          `SELECT e.actor_id AS actorId, e.record_type AS recordType, e.record_id AS recordId, d.body
           FROM audit_events e LEFT JOIN audit_details d ON d.event_seq = e.seq WHERE e.action = ? ORDER BY e.seq`,
        )
        .all(action) as { actorId: string | null; recordType: string | null; recordId: string | null; body: string | null }[];
      return rows.map(({ body, ...row }) => ({ ...row, details: body === null ? null : (JSON.parse(body) as Record<string, unknown>) }));
    },
    userId(name) {
      return findUserByName(desktop.requireSession().store.db, name)!.id;
    },
    cleanup() {
      desktop.lock();
      temp.cleanup();
    },
  };
  return fixture;
}

/** The key file's bytes, to show a refused change left it alone. */
export function keyFileBytes(fixture: AccountsFixture): Buffer {
  return fs.readFileSync(storePaths(fixture.temp.folder).keyFile);
}
