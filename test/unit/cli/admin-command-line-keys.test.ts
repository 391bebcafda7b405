/**
 * The admin command line's commands about keys and copies, as IT would call them: passwd,
 * reset-passphrase, disable-user with rekey and enable-user, recover with the recovery code,
 * backup and restore. On a store of its own (made by init and add-user), so that it runs beside
 * admin-command-line.test.ts; the order of the tests is the order an administrator would work in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, KEY_FILE } from '../../../main/store/store-folder.ts';
import { snapshotFolder } from '../helpers/temp-store.ts';
import { runCli, type CliResult } from './run-cli.ts';
import { LONG, CASEY, CASEY_PASSPHRASE, ROBIN, ROBIN_PASSPHRASE, ROBIN_NEW_PASSPHRASE, SAM, SAM_PASSPHRASE, ALEX, ALEX_PASSPHRASE, ALEX_NEW_PASSPHRASE, DREW, DREW_PASSPHRASE, MORGAN, MORGAN_PASSPHRASE, POLICE, CODE_PATTERN, HEAD_PATTERN, expectSuccess, expectFailure, makeWorkspace } from './admin-cli-story.ts';

describe('the admin command line’s key and copy commands, run from a working folder outside the repository', () => {
  let workspace: ReturnType<typeof makeWorkspace>;
  let storeFolder: string;
  let init: CliResult;
  let initRecoveryCode: string;
  let newRecoveryCode: string;

  const STORE = './review-store';
  const cli = (args: string[], secrets: Record<string, string> = {}) => runCli(args, { cwd: workspace.work, checkpointFolder: workspace.checkpoints, secrets });
  const as = (user: string, passphrase: string) => ({ args: ['--store', STORE, '--user', user], secrets: { PRM_PASSPHRASE: passphrase } });
  const asCasey = as(CASEY, CASEY_PASSPHRASE);

  beforeAll(async () => {
    workspace = makeWorkspace('prm-cli-keys-');
    storeFolder = path.join(workspace.work, 'review-store');
    init = await cli(['init', '--store', STORE, '--user', CASEY], { PRM_PASSPHRASE: CASEY_PASSPHRASE });
    initRecoveryCode = init.lines[2] ?? '';
    const addUser = (name: string, role: string, organisation: string, passphrase: string) =>
      cli(['add-user', ...asCasey.args, '--new-user', name, '--role', role, '--org', organisation], { ...asCasey.secrets, PRM_NEW_PASSPHRASE: passphrase });
    expectSuccess(init);
    expectSuccess(await addUser(ROBIN, 'business-unit', 'Business Unit', ROBIN_PASSPHRASE));
    expectSuccess(await addUser(SAM, 'nominated-representative', POLICE, SAM_PASSPHRASE));
    expectSuccess(await addUser(ALEX, 'nominated-representative', POLICE, ALEX_PASSPHRASE));
  }, LONG);

  afterAll(() => fs.rmSync(workspace.root, { recursive: true, force: true }));
  describe('passwd', () => {
    it('refuses a new passphrase shorter than 12 characters', async () => {
      const result = await cli(['passwd', '--store', STORE, '--user', ROBIN], { PRM_PASSPHRASE: ROBIN_PASSPHRASE, PRM_NEW_PASSPHRASE: 'too short' });
      expectFailure(result, 1, 'error: The new passphrase is too short: use at least 12 characters');
    });

    it('changes a passphrase so that the old one no longer unlocks and the new one does', async () => {
      const changed = await cli(['passwd', '--store', STORE, '--user', ROBIN], { PRM_PASSPHRASE: ROBIN_PASSPHRASE, PRM_NEW_PASSPHRASE: ROBIN_NEW_PASSPHRASE });
      expectSuccess(changed);
      expect(changed.lines).toEqual([`Passphrase changed for ${ROBIN}.`]);

      const old = as(ROBIN, ROBIN_PASSPHRASE);
      expectFailure(await cli(['verify', ...old.args], old.secrets), 1, 'error: That passphrase is not right.');

      const current = as(ROBIN, ROBIN_NEW_PASSPHRASE);
      const verified = await cli(['verify', ...current.args], current.secrets);
      expectSuccess(verified);
      expect(verified.lines[0]).toMatch(/^audit chain intact: /);
    }, LONG);
  });

  describe('reset-passphrase', () => {
    it('refuses an administrator resetting their own passphrase', async () => {
      const result = await cli(['reset-passphrase', ...asCasey.args, '--target-user', CASEY], { ...asCasey.secrets, PRM_NEW_PASSPHRASE: 'temporary harvest kiln' });
      expectFailure(result, 1, 'error: To change your own passphrase, use passwd.');
    });

    it('gives a user a new passphrase that works at once, while the old one stops', async () => {
      const reset = await cli(['reset-passphrase', ...asCasey.args, '--target-user', ROBIN], { ...asCasey.secrets, PRM_NEW_PASSPHRASE: 'temporary harvest kiln' });
      expectSuccess(reset);
      expect(reset.lines).toEqual([`Reset the passphrase of ${ROBIN}. Give them the new one in person; the app will ask them to change it.`]);
      const old = as(ROBIN, ROBIN_NEW_PASSPHRASE);
      expectFailure(await cli(['verify', ...old.args], old.secrets), 1, 'error: That passphrase is not right.');
      const changed = await cli(['passwd', '--store', STORE, '--user', ROBIN], { PRM_PASSPHRASE: 'temporary harvest kiln', PRM_NEW_PASSPHRASE: ROBIN_NEW_PASSPHRASE });
      expectSuccess(changed);
    }, LONG);
  });

  describe('disable-user, rekey and enable-user', () => {
    it('refuses to let an administrator disable their own account', async () => {
      const result = await cli(['disable-user', ...asCasey.args, '--target-user', CASEY], asCasey.secrets);
      expectFailure(result, 1, 'error: You cannot disable your own account. Ask another administrator.');
    });

    it('disables a user, who can then no longer unlock the store', async () => {
      const disabled = await cli(['disable-user', ...asCasey.args, '--target-user', ALEX], asCasey.secrets);
      expectSuccess(disabled);
      expect(disabled.lines).toEqual([`Disabled ${ALEX}; their assignments have ended. Run rekey so that any copy of the old key file stops opening the store.`]);

      const alex = as(ALEX, ALEX_PASSPHRASE);
      expectFailure(await cli(['verify', ...alex.args], alex.secrets), 1, `error: The account "${ALEX}" has been disabled.`);
    }, LONG);

    it('refuses to disable an account that is already disabled', async () => {
      const result = await cli(['disable-user', ...asCasey.args, '--target-user', ALEX], asCasey.secrets);
      expectFailure(result, 1, `error: The account "${ALEX}" is already disabled.`);
    });

    it('refuses rekey from a Business Unit officer', async () => {
      const robin = as(ROBIN, ROBIN_NEW_PASSPHRASE);
      expectFailure(await cli(['rekey', ...robin.args], robin.secrets), 1, "error: You are not allowed to change the store's keys.");
    });

    it('rekeys the store for the active users only, keeping the recovery code', async () => {
      const result = await cli(['rekey', ...asCasey.args], asCasey.secrets);
      expectSuccess(result);
      // Casey, Robin and Sam: Alex is disabled. No new recovery code is shown.
      expect(result.lines).toEqual(['The store has a new master key (key epoch 2), sealed to 3 active users and the recovery key.']);
    });

    it('re-enables a disabled user after a rekey, who can then unlock again', async () => {
      const enabled = await cli(['enable-user', ...asCasey.args, '--target-user', ALEX], asCasey.secrets);
      expectSuccess(enabled);
      expect(enabled.lines).toEqual([`Re-enabled ${ALEX}. Their earlier assignments stay ended: assign their roles again.`]);

      // passwd unlocks the store as Alex and needs no role, so it shows the account opens again.
      const changed = await cli(['passwd', '--store', STORE, '--user', ALEX], { PRM_PASSPHRASE: ALEX_PASSPHRASE, PRM_NEW_PASSPHRASE: ALEX_NEW_PASSPHRASE });
      expectSuccess(changed);
      expect(changed.lines).toEqual([`Passphrase changed for ${ALEX}.`]);
    }, LONG);

    it('refuses to enable an account that is already active', async () => {
      const result = await cli(['enable-user', ...asCasey.args, '--target-user', ALEX], asCasey.secrets);
      expectFailure(result, 1, `error: The account "${ALEX}" is already active.`);
    });
  });

  describe('recover and rekey --new-recovery', () => {
    const recover = (name: string, code: string, passphrase: string) => cli(['recover', '--store', STORE, '--new-user', name], { PRM_RECOVERY_CODE: code, PRM_NEW_PASSPHRASE: passphrase });

    it('refuses a mistyped recovery code and says it is mistyped', async () => {
      const result = await recover(DREW, initRecoveryCode.slice(0, -1), DREW_PASSPHRASE);
      expectFailure(result, 1, 'error: The recovery code is mistyped: a character is wrong, missing or extra.');
    });

    it('creates an administrator with the recovery code that init printed, through a rekey', async () => {
      const result = await recover(DREW, initRecoveryCode, DREW_PASSPHRASE);
      expectSuccess(result);
      expect(result.lines).toEqual([`Created administrator ${DREW} with the recovery code. This has been recorded in the audit trail.`]);
    });

    it('lets the recovered administrator replace the recovery code with rekey --new-recovery', async () => {
      const drew = as(DREW, DREW_PASSPHRASE);
      const result = await cli(['rekey', ...drew.args, '--new-recovery'], drew.secrets);
      expectSuccess(result);
      expect(result.lines).toHaveLength(3);
      expect(result.lines[0]).toBe('New recovery code (shown once: it replaces the old one, which no longer works; keep it in the safe):');
      newRecoveryCode = result.lines[1] ?? '';
      expect(newRecoveryCode).toMatch(CODE_PATTERN);
      expect(newRecoveryCode).not.toBe(initRecoveryCode);
      // Casey, Robin, Sam, Alex (enabled again) and Drew.
      expect(result.lines[2]).toBe('The store has a new master key (key epoch 3), sealed to 5 active users and the recovery key.');
    });

    it('no longer accepts the replaced recovery code', async () => {
      expect(newRecoveryCode).toMatch(CODE_PATTERN);
      const result = await recover(MORGAN, initRecoveryCode, MORGAN_PASSPHRASE);
      expectFailure(result, 1, 'error: That recovery code does not open this store: it may be an old code replaced by a newer one.');
    });

    it('accepts the new recovery code, and the administrator it makes can use the store', async () => {
      const result = await recover(MORGAN, newRecoveryCode, MORGAN_PASSPHRASE);
      expectSuccess(result);
      expect(result.lines).toEqual([`Created administrator ${MORGAN} with the recovery code. This has been recorded in the audit trail.`]);

      const morgan = as(MORGAN, MORGAN_PASSPHRASE);
      const listed = await cli(['list-users', ...morgan.args], morgan.secrets);
      expectSuccess(listed);
      expect(listed.lines.map((line) => line.split(/ {2,}/))).toContainEqual([MORGAN, 'Business Unit', 'active', 'administrator']);
      expect(listed.lines.map((line) => line.split(/ {2,}/))).toContainEqual([DREW, 'Business Unit', 'active', 'administrator']);
    }, LONG);
  });

  // Last: a restore starts the checkpoints of this store's id afresh from the restored copy.
  describe('backup and restore', () => {
    const backupFolder = () => path.join(workspace.work, 'backups', 'first');

    it('backs up into a new folder relative to the working folder and verifies the copy', async () => {
      const result = await cli(['backup', ...asCasey.args, '--to', './backups/first'], asCasey.secrets);
      expectSuccess(result);
      expect(result.lines).toHaveLength(1);
      expect(result.lines[0]).toMatch(new RegExp(`^Backed up to ${backupFolder().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} and verified: \\d+ events, head ${HEAD_PATTERN.source}\\.$`));
      expect(fs.readdirSync(backupFolder())).toEqual(expect.arrayContaining([DATABASE_FILE, KEY_FILE]));
    });

    it('refuses to back up into a folder that is not empty', async () => {
      const before = snapshotFolder(backupFolder());
      const result = await cli(['backup', ...asCasey.args, '--to', './backups/first'], asCasey.secrets);
      expectFailure(result, 1, `error: The folder ${backupFolder()} is not empty.`);
      expect(snapshotFolder(backupFolder())).toEqual(before);
    });

    it('refuses to restore into a folder that holds a store, leaving that store as it was', async () => {
      const before = snapshotFolder(storeFolder);
      const result = await cli(['restore', '--from', './backups/first', ...asCasey.args], asCasey.secrets);
      expectFailure(result, 1, `error: The folder ${storeFolder} already holds a store. A restore never overwrites one`);
      expect(snapshotFolder(storeFolder)).toEqual(before);
    });

    it('restores a backup into a new folder, and the restored store verifies', async () => {
      const restoredFolder = path.join(workspace.work, 'restored');
      const restored = await cli(['restore', '--from', './backups/first', '--store', './restored', '--user', CASEY], asCasey.secrets);
      expectSuccess(restored);
      expect(restored.lines).toHaveLength(1);
      expect(restored.lines[0]).toMatch(/^Restored the backup of \d{4}-\d\d-\d\dT[\d:.]+Z into .+ and verified it: \d+ events, head [0-9a-f]{64}\. Checkpoints start afresh from here\.$/);
      expect(restored.lines[0]).toContain(` into ${restoredFolder} and verified it`);

      const verified = await cli(['verify', '--store', './restored', '--user', CASEY], asCasey.secrets);
      expectSuccess(verified);
      expect(verified.lines[0]).toMatch(/^audit chain intact: \d+ events, head [0-9a-f]{64}$/);
    }, LONG);
  });
});
