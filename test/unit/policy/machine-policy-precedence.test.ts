/**
 * Which setting wins: the registry (Group Policy) over the machine policy file, setting by
 * setting, and either over the partnership's own settings in the store; read from real
 * `reg query` output and applied on a real store.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Desktop } from '../../../main/api/desktop.ts';
import { chooseStoreFolder } from '../../../main/app/store-folder-switch.ts';
import { withPolicyStoreFolder } from '../../../main/cli/policy-store-folder.ts';
import { NO_MACHINE_POLICY, type EffectivePolicy } from '../../../main/policy/machine-policy.ts';
import { putMachinePolicyInForce } from '../../../main/policy/policy-in-force.ts';
import { POLICY_REGISTRY_KEY } from '../../../main/policy/policy-location.ts';
import { readMachinePolicy } from '../../../main/policy/read-machine-policy.ts';
import { parseRegQueryOutput, policyFromRegistry } from '../../../main/policy/registry-policy.ts';
import { changeIdleLockMinutes } from '../../../main/security/partnership-settings.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { idleLockMinutes } from '../../../main/store/repositories/settings.ts';
import { openInDefaultAppAllowed, readOpenInDefaultApp, setOpenInDefaultApp } from '../../../main/vault/open-in-default-app-setting.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';
import { fixture, POLICY_FIXTURES, regQueryAnswering, regQueryWithoutKey, restorePolicyAfterEach } from './policy-fixtures.ts';

restorePolicyAfterEach();

const POLICY_FILE = path.join(POLICY_FIXTURES, 'policy.json');

describe('reading real reg query output', () => {
  it('is the text reg.exe prints: a blank line, the key, four-space columns, CRLF line ends', () => {
    const output = fixture('reg-query-policy.txt');
    expect(output.startsWith('\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Practice Review Manager\r\n')).toBe(true);
    expect(output.split('\r\n').filter((line) => line.startsWith('    '))).toHaveLength(3);
    expect(output.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('reads each value with its type, and turns them into settings', () => {
    const values = parseRegQueryOutput(fixture('reg-query-policy.txt'));
    expect(values).toEqual([
      { name: 'storeFolder', type: 'REG_SZ', data: 'D:\\PRM\\Store' },
      { name: 'idleLockMinutes', type: 'REG_DWORD', data: '0x1e' },
      { name: 'openInDefaultAppAllowed', type: 'REG_DWORD', data: '0x0' },
    ]);
    expect(policyFromRegistry(values)).toEqual({ storeFolder: 'D:\\PRM\\Store', idleLockMinutes: 30, openInDefaultAppAllowed: false });
  });

  it('expands a REG_EXPAND_SZ folder from the environment, as Windows does', () => {
    const output = '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Practice Review Manager\r\n    storeFolder    REG_EXPAND_SZ    %ManagedData%\\PRM\r\n\r\n';
    expect(policyFromRegistry(parseRegQueryOutput(output), { MANAGEDDATA: 'E:\\Managed' })).toEqual({ storeFolder: 'E:\\Managed\\PRM' });
  });
});

describe('the registry over the file', () => {
  it('takes each setting from the registry where it names it, and from the file for the rest', () => {
    const query = regQueryAnswering(fixture('reg-query-policy.txt'));
    const policy = readMachinePolicy({ file: POLICY_FILE, registry: query });
    expect(query.asked).toEqual([POLICY_REGISTRY_KEY]);
    expect(policy.values).toEqual({ storeFolder: 'D:\\PRM\\Store', idleLockMinutes: 30, openInDefaultAppAllowed: false, minimumPassphraseLength: 20, backupReminderDays: 14 });
    expect(policy.sources).toEqual({ storeFolder: 'registry', idleLockMinutes: 'registry', openInDefaultAppAllowed: 'registry', minimumPassphraseLength: 'file', backupReminderDays: 'file' });
    expect(policy.file).toBe(POLICY_FILE);
  });

  it('uses the file alone where the registry has no key for the app', () => {
    const policy = readMachinePolicy({ file: POLICY_FILE, registry: regQueryWithoutKey() });
    expect(policy.values).toEqual({ storeFolder: '/srv/prm/store', idleLockMinutes: 15, minimumPassphraseLength: 20, backupReminderDays: 14 });
    expect(new Set(Object.values(policy.sources))).toEqual(new Set(['file']));
  });

  it('is no policy at all where there is neither', () => {
    expect(readMachinePolicy({ file: path.join(POLICY_FIXTURES, 'not-there.json'), registry: regQueryWithoutKey() })).toEqual(NO_MACHINE_POLICY);
  });
});

describe('the machine policy over the partnership’s own settings', () => {
  let temp: TempStore;
  const fromRegistryAndFile = (): EffectivePolicy => readMachinePolicy({ file: POLICY_FILE, registry: regQueryAnswering(fixture('reg-query-policy.txt')) });
  const fromFileOnly = (): EffectivePolicy => readMachinePolicy({ file: POLICY_FILE, registry: null });

  // One store for these tests: each reads what it needs and counts only what it adds.
  beforeAll(async () => {
    temp = await makeTempStore();
    // The partnership's own choices, made before IT set anything.
    changeIdleLockMinutes(temp.session, 45);
    setOpenInDefaultApp(temp.session, true);
    temp.session.lock();
  });
  afterAll(() => temp.cleanup());

  async function signedInUnder(policy: EffectivePolicy): Promise<Desktop> {
    const desktop = new Desktop({ storeFolder: temp.folder, machinePolicy: policy });
    await desktop.invoke('session.unlock', { name: ADMIN, passphrase: ADMIN_PASSPHRASE });
    expect(desktop.status().state).toBe('unlocked');
    return desktop;
  }

  it('locks a session after IT’s minutes, the registry’s before the file’s, and the store’s only where IT set none', async () => {
    const registry = await signedInUnder(fromRegistryAndFile());
    expect(registry.status().idleLockSeconds).toBe(30 * 60);
    // The partnership's own setting is still there, untouched, for a computer without the policy.
    expect(idleLockMinutes(registry.requireSession().store.db)).toBe(45);
    registry.lock();

    const file = await signedInUnder(fromFileOnly());
    expect(file.status().idleLockSeconds).toBe(15 * 60);
    file.lock();

    const none = await signedInUnder(NO_MACHINE_POLICY);
    expect(none.status().idleLockSeconds).toBe(45 * 60);
    none.lock();
  });

  it('says before anyone signs in that a locked session will lock after IT’s time', () => {
    expect(new Desktop({ storeFolder: temp.folder, machinePolicy: fromFileOnly() }).status()).toMatchObject({ state: 'locked', idleLockSeconds: 15 * 60 });
  });

  it('refuses opening secured files in other apps where IT forbids it, whatever the store says', async () => {
    const desktop = await signedInUnder(fromRegistryAndFile());
    const session = desktop.requireSession();
    expect(openInDefaultAppAllowed(session.store.db)).toBe(false);
    expect(readOpenInDefaultApp(session)).toEqual({ allowed: false });
    expect((session.store.db.prepare(`SELECT value FROM settings WHERE key = 'vault_open_in_default_app'`).get() as { value: string }).value).toBe('true');
    desktop.lock();

    const none = await signedInUnder(NO_MACHINE_POLICY);
    expect(openInDefaultAppAllowed(none.requireSession().store.db)).toBe(true);
    none.lock();
  });

  it('asks every new passphrase for IT’s minimum length where IT raised it', async () => {
    const desktop = await signedInUnder(fromFileOnly());
    const session = desktop.requireSession();
    const seventeen = 'amber kettle moss';
    expect(seventeen).toHaveLength(17);
    await expect(addUser(session, { name: 'Rhiannon Clerk', role: 'business-unit', organisation: 'Business Unit', passphrase: seventeen })).rejects.toMatchObject({
      code: 'WEAK_PASSPHRASE',
      message: 'The new passphrase is too short: use at least 20 characters, for example three random words.',
    });
    const users = (session.store.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
    desktop.lock();

    putMachinePolicyInForce(NO_MACHINE_POLICY);
    const none = await signedInUnder(NO_MACHINE_POLICY);
    await addUser(none.requireSession(), { name: 'Rhiannon Clerk', role: 'business-unit', organisation: 'Business Unit', passphrase: seventeen });
    expect((none.requireSession().store.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n).toBe(users + 1);
    none.lock();
  });

  it('tells anyone, before they sign in, what IT set and where', async () => {
    const desktop = new Desktop({ storeFolder: temp.folder, machinePolicy: fromRegistryAndFile() });
    expect(desktop.status().state).toBe('locked');
    const result = await desktop.invoke('policy.machine', {});
    expect(result).toEqual({
      ok: true,
      value: {
        storeFolder: { value: 'D:\\PRM\\Store', source: 'registry' },
        idleLockMinutes: { value: 30, source: 'registry' },
        minimumPassphraseLength: { value: 20, source: 'file' },
        openInDefaultAppAllowed: { value: false, source: 'registry' },
        backupReminderDays: { value: 14, source: 'file' },
        effectiveMinimumPassphraseLength: 20,
        policyFile: POLICY_FILE,
        registryKey: POLICY_REGISTRY_KEY,
      },
    });
    const none = await new Desktop({ storeFolder: temp.folder }).invoke('policy.machine', {});
    expect(none).toMatchObject({ ok: true, value: { storeFolder: null, idleLockMinutes: null, effectiveMinimumPassphraseLength: 12, policyFile: null } });
  });
});

describe('the store folder', () => {
  const commandLine = (store: string | null) => ({ hasSwitch: (name: string) => name === 'store' && store !== null, getSwitchValue: (name: string) => (name === 'store' && store !== null ? store : '') });

  it('is the policy’s, whatever folder the command line names, and the log says the switch was ignored without naming a folder', () => {
    const lines: string[] = [];
    const policy = readMachinePolicy({ file: POLICY_FILE, registry: null });
    expect(chooseStoreFolder(commandLine('/home/someone/elsewhere'), (line) => lines.push(line), policy)).toBe('/srv/prm/store');
    expect(lines).toEqual(['Ignored --store: the machine policy (file) names the store folder.']);
  });

  it('is the policy’s for a command-line command that names no store, but an explicit --store still wins there', () => {
    const policy = readMachinePolicy({ file: POLICY_FILE, registry: null });
    const verify = ['store', 'user', 'checkpoint'];
    expect(withPolicyStoreFolder({ user: 'Ivy Pemberton' }, verify, policy)).toEqual({ user: 'Ivy Pemberton', store: '/srv/prm/store' });
    expect(withPolicyStoreFolder({ user: 'Ivy Pemberton', store: './restored' }, verify, policy)).toEqual({ user: 'Ivy Pemberton', store: './restored' });
    expect(withPolicyStoreFolder({ 'new-user': 'Ivy Pemberton' }, ['store', 'new-user'], policy).store).toBe('/srv/prm/store');
    // "due" reads the shipped calendar when it is given neither a store nor a user.
    expect(withPolicyStoreFolder({ from: '2026-01-05', 'working-days': '5' }, ['from', 'working-days', 'store', 'user'], policy).store).toBeUndefined();
    expect(withPolicyStoreFolder({ user: 'Ivy Pemberton' }, verify, NO_MACHINE_POLICY).store).toBeUndefined();
  });

  it('is the command line’s where the policy names none', () => {
    const lines: string[] = [];
    expect(chooseStoreFolder(commandLine('/srv/other'), (line) => lines.push(line), NO_MACHINE_POLICY)).toBe('/srv/other');
    expect(lines).toEqual([]);
    expect(fs.existsSync(POLICY_FILE)).toBe(true);
  });
});
