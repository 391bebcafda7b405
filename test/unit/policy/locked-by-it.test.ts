/**
 * What IT set, no one changes in the app: an administrator's change of a locked setting is
 * refused with a message saying IT set it and where, and the store is left as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Desktop } from '../../../main/api/desktop.ts';
import type { EffectivePolicy } from '../../../main/policy/machine-policy.ts';
import { readMachinePolicy } from '../../../main/policy/read-machine-policy.ts';
import { changeIdleLockMinutes } from '../../../main/security/partnership-settings.ts';
import { idleLockMinutes } from '../../../main/store/repositories/settings.ts';
import { setOpenInDefaultApp } from '../../../main/vault/open-in-default-app-setting.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';
import { fixture, POLICY_FIXTURES, regQueryAnswering, restorePolicyAfterEach } from './policy-fixtures.ts';

restorePolicyAfterEach();

const REGISTRY_AND_FILE: EffectivePolicy = readMachinePolicy({ file: `${POLICY_FIXTURES}/policy.json`, registry: regQueryAnswering(fixture('reg-query-policy.txt')) });
/** Only a backup reminder: nothing the policy screen's settings hold. */
const REMINDER_ONLY: EffectivePolicy = { values: { backupReminderDays: 3 }, sources: { backupReminderDays: 'file' }, file: '/etc/practice-review-manager/policy.json' };

describe('a setting IT locked', () => {
  let temp: TempStore;
  beforeAll(async () => {
    temp = await makeTempStore();
    temp.session.lock();
  });
  afterAll(() => temp.cleanup());

  async function administratorUnder(policy: EffectivePolicy): Promise<Desktop> {
    const desktop = new Desktop({ storeFolder: temp.folder, machinePolicy: policy });
    await desktop.invoke('session.unlock', { name: ADMIN, passphrase: ADMIN_PASSPHRASE });
    return desktop;
  }

  const auditEvents = (desktop: Desktop) => (desktop.requireSession().store.db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;

  it('refuses a change of the idle lock, in the app and through the services, and changes nothing', async () => {
    const desktop = await administratorUnder(REGISTRY_AND_FILE);
    const before = auditEvents(desktop);
    const refusal = 'IT has set how long a quiet session stays unlocked for this computer in the registry (Group Policy), so it cannot be changed in Practice Review Manager. Ask IT if it needs to change.';
    expect(await desktop.invoke('policy.setIdleLock', { minutes: 20 })).toEqual({ ok: false, error: { code: 'NOT_ALLOWED', message: refusal } });
    expect(() => changeIdleLockMinutes(desktop.requireSession(), 20)).toThrow(refusal);
    expect(idleLockMinutes(desktop.requireSession().store.db)).toBe(10);
    expect(auditEvents(desktop)).toBe(before);
    expect(await desktop.invoke('policy.idleLock', {})).toEqual({ ok: true, value: { minutes: 30, setByIt: 'registry' } });
    desktop.lock();
  });

  it('refuses a change of opening secured files in other apps, saying where IT set it', async () => {
    const desktop = await administratorUnder(REGISTRY_AND_FILE);
    const result = await desktop.invoke('vault.setOpenInDefaultApp', { allowed: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(!result.ok && result.error.message).toBe(
      'IT has set whether secured files may be opened in other apps for this computer in the registry (Group Policy), so it cannot be changed in Practice Review Manager. Ask IT if it needs to change.',
    );
    expect(() => setOpenInDefaultApp(desktop.requireSession(), false)).toThrow(/^IT has set whether secured files may be opened in other apps/);
    expect(await desktop.invoke('vault.settings', {})).toEqual({ ok: true, value: { allowed: false } });
    desktop.lock();
  });

  it('refuses a new passphrase shorter than IT’s minimum when someone changes their own', async () => {
    const desktop = await administratorUnder(REGISTRY_AND_FILE);
    const nineteen = 'copper lantern mead';
    expect(nineteen).toHaveLength(19);
    const result = await desktop.invoke('session.changePassphrase', { currentPassphrase: ADMIN_PASSPHRASE, newPassphrase: nineteen, confirmPassphrase: nineteen });
    expect(result).toMatchObject({ ok: false, error: { code: 'WEAK_PASSPHRASE', message: 'The new passphrase is too short: use at least 20 characters, for example three random words.' } });
    desktop.lock();
    // The passphrase is unchanged: the old one still opens the store.
    const again = await administratorUnder(REGISTRY_AND_FILE);
    expect(again.status().state).toBe('unlocked');
    again.lock();
  });

  it('lets an administrator change what IT did not lock, from the app', async () => {
    const desktop = await administratorUnder(REMINDER_ONLY);
    expect(await desktop.invoke('policy.setIdleLock', { minutes: 25 })).toEqual({ ok: true, value: { minutes: 25, setByIt: null } });
    expect(idleLockMinutes(desktop.requireSession().store.db)).toBe(25);
    expect(await desktop.invoke('vault.setOpenInDefaultApp', { allowed: false })).toEqual({ ok: true, value: { allowed: false } });
    const outOfRange = await desktop.invoke('policy.setIdleLock', { minutes: 0 });
    expect(outOfRange).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', problems: [{ path: 'minutes', message: 'Enter the number of minutes, from 1 to 240' }] } });
    desktop.lock();
  });
});
