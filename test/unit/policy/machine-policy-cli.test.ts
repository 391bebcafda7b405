/**
 * The admin command line under IT's machine policy, run as a real process: an invalid policy
 * stops every command with IT's message and a non-zero exit; a valid one gives a command its store
 * folder when it names none, asks for IT's passphrase length, and refuses a change IT locked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MACHINE_POLICY_FILE_VARIABLE } from '../../../main/policy/policy-location.ts';
import { DATABASE_FILE, KEY_FILE } from '../../../main/store/store-folder.ts';
import { expectFailure, expectSuccess, makeWorkspace } from '../cli/admin-cli-story.ts';
import { runCli } from '../cli/run-cli.ts';
import { writePolicyFile } from './policy-fixtures.ts';

const ADMINISTRATOR = 'Ivy Pemberton';
/** 24 characters: enough for IT's 20. */
const LONG_ENOUGH = 'harbour violet teaspoon!';
const UNTIL_CORRECTED = 'Ask IT to correct it: Practice Review Manager does not run under a machine policy it cannot read.';

describe('the command line under a machine policy', () => {
  let workspace: ReturnType<typeof makeWorkspace>;
  // runCli passes only the variables it is given, beside the secrets: the policy file goes with them.
  const cli = (args: string[], policyFile: string, passphrase?: string) =>
    runCli(args, { cwd: workspace.work, checkpointFolder: workspace.checkpoints, secrets: { [MACHINE_POLICY_FILE_VARIABLE]: policyFile, ...(passphrase === undefined ? {} : { PRM_PASSPHRASE: passphrase }) } });

  beforeAll(() => {
    workspace = makeWorkspace('prm-cli-policy-');
  });
  afterAll(() => fs.rmSync(workspace.root, { recursive: true, force: true }));

  it('exits 1 with IT’s message on an invalid policy, before it touches any store', async () => {
    const policyFile = writePolicyFile(workspace.root, '{ "idleLockMinutes": 15, "autoUpdate": true }', 'invalid.json');
    const result = await cli(['list-users', '--store', './store', '--user', ADMINISTRATOR], policyFile, LONG_ENOUGH);
    expectFailure(
      result,
      1,
      `error: The machine policy file ${policyFile} is not valid: "autoUpdate" is not a setting Practice Review Manager knows (the settings are storeFolder, idleLockMinutes, minimumPassphraseLength, openInDefaultAppAllowed, backupReminderDays). ${UNTIL_CORRECTED}\n`,
    );
    expect(fs.existsSync(path.join(workspace.work, 'store'))).toBe(false);
  });

  it('opens the policy’s store folder, asks for IT’s minimum length, and refuses to change the idle lock IT set', async () => {
    const managed = path.join(workspace.root, 'managed', 'store');
    const policyFile = writePolicyFile(workspace.root, JSON.stringify({ storeFolder: managed, minimumPassphraseLength: 20, idleLockMinutes: 15 }), 'valid.json');

    expectFailure(await cli(['init', '--user', ADMINISTRATOR], policyFile, 'amber kettle moss'), 1, 'error: The new passphrase is too short: use at least 20 characters, for example three random words.\n');
    expect(fs.existsSync(path.join(managed, KEY_FILE))).toBe(false);

    const created = await cli(['init', '--user', ADMINISTRATOR], policyFile, LONG_ENOUGH);
    expectSuccess(created);
    expect(created.lines[0]).toBe(`Created a store in ${managed} with administrator ${ADMINISTRATOR}.`);
    expect(fs.existsSync(path.join(managed, DATABASE_FILE)) && fs.existsSync(path.join(managed, KEY_FILE))).toBe(true);

    expectFailure(
      await cli(['set-idle-lock', '--user', ADMINISTRATOR, '--minutes', '20'], policyFile, LONG_ENOUGH),
      1,
      'error: IT has set how long a quiet session stays unlocked for this computer in the machine policy file, so it cannot be changed in Practice Review Manager. Ask IT if it needs to change.\n',
    );
  });
});
