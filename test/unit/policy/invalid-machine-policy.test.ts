/**
 * A policy the app cannot read stops it: the message names the file or registry value and what is
 * wrong, and nothing runs with defaults in its place. Unknown settings are refused too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMachinePolicy, machinePolicyPlace } from '../../../main/policy/load-machine-policy.ts';
import { readPolicyFile } from '../../../main/policy/policy-file.ts';
import { POLICY_REGISTRY_KEY } from '../../../main/policy/policy-location.ts';
import { MachinePolicyProblem } from '../../../main/policy/policy-problem.ts';
import { readMachinePolicy } from '../../../main/policy/read-machine-policy.ts';
import { regExe, type RegQuery } from '../../../main/policy/reg-query.ts';
import { readRegistryPolicy } from '../../../main/policy/registry-policy.ts';
import { makeTempFolder } from '../helpers/temp-store.ts';
import { fixture, regQueryAnswering, writePolicyFile } from './policy-fixtures.ts';

const KEY_LINE = '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Practice Review Manager\r\n';

let folder: string;
beforeAll(() => {
  folder = makeTempFolder('prm-policy-');
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** The problem reading this file text gives, as IT would see it. */
function fileProblem(text: string): string {
  const file = writePolicyFile(folder, text);
  try {
    readPolicyFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(MachinePolicyProblem);
    return (error as Error).message;
  }
  throw new Error('The policy file was accepted.');
}

function registryProblem(query: RegQuery): string {
  try {
    readRegistryPolicy(query);
  } catch (error) {
    expect(error).toBeInstanceOf(MachinePolicyProblem);
    return (error as Error).message;
  }
  throw new Error('The registry policy was accepted.');
}

describe('a policy file the app refuses', () => {
  it('names the file, says it is not JSON, and that the app will not run under it', () => {
    const message = fileProblem('{ "idleLockMinutes": 15,');
    expect(message).toMatch(/^The machine policy file .*policy\.json is not valid JSON: /);
    expect(message).toContain(path.join(folder, 'policy.json'));
    expect(message).toMatch(/Ask IT to correct it: Practice Review Manager does not run under a machine policy it cannot read\.$/);
  });

  it('names a setting of the wrong type, what it must be and what it holds', () => {
    expect(fileProblem('{ "idleLockMinutes": "30", "openInDefaultAppAllowed": "no" }')).toContain(
      'is not valid: idleLockMinutes must be a whole number of minutes from 1 to 240, not "30"; openInDefaultAppAllowed must be true or false, not "no".',
    );
  });

  it('names a value out of range, and a minimum passphrase length below the app’s own', () => {
    expect(fileProblem('{ "idleLockMinutes": 0 }')).toContain('is not valid: idleLockMinutes must be at least 1.');
    expect(fileProblem('{ "backupReminderDays": 400 }')).toContain('is not valid: backupReminderDays must be at most 365.');
    expect(fileProblem('{ "minimumPassphraseLength": 8 }')).toContain('is not valid: minimumPassphraseLength must be at least 12.');
    expect(fileProblem('{ "minimumPassphraseLength": 14.5 }')).toContain('is not valid: minimumPassphraseLength must be a whole number.');
  });

  it('refuses a setting the app does not know, naming the ones it does', () => {
    expect(fileProblem('{ "idleLockMinutes": 15, "autoUpdate": true }')).toContain(
      'is not valid: "autoUpdate" is not a setting Practice Review Manager knows (the settings are storeFolder, idleLockMinutes, minimumPassphraseLength, openInDefaultAppAllowed, backupReminderDays).',
    );
  });

  it('refuses a file that is not one object of settings, and a store folder that is not a full path', () => {
    expect(fileProblem('[15]')).toContain('is not valid: it must hold one JSON object of settings');
    expect(fileProblem('{ "storeFolder": "PRM\\\\Store" }')).toContain('is not valid: storeFolder must be a full path, such as D:\\PRM\\Store or /srv/prm/store.');
  });

  it('refuses a file that cannot be read, rather than treating it as missing', () => {
    const directory = path.join(folder, 'a-folder.json');
    fs.mkdirSync(directory);
    expect(() => readPolicyFile(directory)).toThrow(/^The machine policy file .*a-folder\.json could not be read \(EISDIR\)\./);
  });

  it('reads a file Notepad saved with a byte-order mark, and treats a missing file as no policy', () => {
    expect(readPolicyFile(writePolicyFile(folder, '\uFEFF{ "idleLockMinutes": 5 }'))).toEqual({ idleLockMinutes: 5 });
    expect(readPolicyFile(path.join(folder, 'missing.json'))).toBeNull();
  });
});

describe('a registry policy the app refuses', () => {
  it('names each value of the wrong type, a switch that is neither 0 nor 1, an unknown value and one out of range, all at once', () => {
    const message = registryProblem(regQueryAnswering(fixture('reg-query-policy-wrong-types.txt')));
    expect(message).toBe(
      `The machine policy in the registry (${POLICY_REGISTRY_KEY}) is not valid: ` +
        'the value idleLockMinutes is a REG_SZ, but it must be a REG_DWORD (a whole number of minutes from 1 to 240); ' +
        'the value openInDefaultAppAllowed must be 0 (no) or 1 (yes), not 2; ' +
        '"autoUpdate" is not a setting Practice Review Manager knows (the settings are storeFolder, idleLockMinutes, minimumPassphraseLength, openInDefaultAppAllowed, backupReminderDays); ' +
        'minimumPassphraseLength must be at least 12. ' +
        'Ask IT to correct it: Practice Review Manager does not run under a machine policy it cannot read.',
    );
  });

  it('refuses a folder given as a number, and a REG_EXPAND_SZ naming a variable the computer does not have', () => {
    expect(registryProblem(regQueryAnswering(`${KEY_LINE}    storeFolder    REG_DWORD    0x1\r\n\r\n`))).toContain('the value storeFolder is a REG_DWORD, but it must be a REG_SZ');
    expect(registryProblem(regQueryAnswering(`${KEY_LINE}    storeFolder    REG_EXPAND_SZ    %NoSuchFolderVariable%\\PRM\r\n\r\n`))).toContain(
      'the value storeFolder names %NoSuchFolderVariable%, which is not set on this computer',
    );
  });

  it('refuses a subkey, and output it cannot read, rather than reading round them', () => {
    expect(registryProblem(regQueryAnswering(`${KEY_LINE}    idleLockMinutes    REG_DWORD    0xf\r\n\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Practice Review Manager\\Extra\r\n`))).toContain(
      'has a subkey, Extra, which Practice Review Manager does not read',
    );
    expect(registryProblem(regQueryAnswering(`${KEY_LINE}idleLockMinutes=15\r\n`))).toContain('reg query printed a line the app does not recognise, "idleLockMinutes=15"');
  });

  it('treats a missing key as no policy only when the parent key is read and does not list it', () => {
    const missing = (parentListsKey: boolean, parentStatus = 0): RegQuery => (key) =>
      key === POLICY_REGISTRY_KEY
        ? { status: 1, stdout: '', stderr: 'ERROR: Access is denied.\r\n' }
        : { status: parentStatus, stdout: `${fixture('reg-query-policies-without-key.txt')}${parentListsKey ? 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Practice Review Manager\r\n' : ''}`, stderr: '' };
    expect(readRegistryPolicy(missing(false))).toBeNull();
    expect(registryProblem(missing(true))).toContain('could not be read: reg query ended with code 1 (ERROR: Access is denied.)');
    expect(registryProblem(missing(false, 1))).toContain('could not be read: reg query ended with code 1');
  });

  it('runs reg.exe from the system folder, never whatever the PATH finds first', () => {
    // C:\Windows\System32\reg.exe is used where it exists; elsewhere the system root's.
    expect(regExe({ SystemRoot: 'D:\\WINDOWS', PATH: 'C:\\Users\\someone\\bin' })).toBe(fs.existsSync('C:\\Windows\\System32\\reg.exe') ? 'C:\\Windows\\System32\\reg.exe' : 'D:\\WINDOWS\\System32\\reg.exe');
  });

  it('refuses to start without the registry when reg.exe cannot be run', () => {
    expect(registryProblem(() => ({ status: null, stdout: '', stderr: '', error: new Error('spawn C:\\Windows\\System32\\reg.exe ENOENT') }))).toContain('could not be read: reg.exe did not run');
  });
});

describe('where the app reads it, and what it returns to the entry points', () => {
  it('reports a problem in the file and one in the registry together, so IT mends both at once', () => {
    const file = writePolicyFile(folder, '{ "idleLockMinutes": 999 }', 'both.json');
    const loaded = loadMachinePolicy({ file, registry: regQueryAnswering(fixture('reg-query-policy-wrong-types.txt')) });
    expect(loaded.ok).toBe(false);
    const problem = loaded.ok ? '' : loaded.problem;
    expect(problem).toContain(`The machine policy file ${file} is not valid: idleLockMinutes must be at most 240.`);
    expect(problem).toContain(`The machine policy in the registry (${POLICY_REGISTRY_KEY}) is not valid:`);
    expect(() => readMachinePolicy({ file, registry: null })).toThrow(MachinePolicyProblem);
  });

  it('finds the machine-wide file on each system, and lets the variable move it only where that is allowed', () => {
    const env = { ProgramData: 'C:\\ProgramData', PRM_MACHINE_POLICY_FILE: '/tmp/elsewhere.json' };
    expect(machinePolicyPlace({ env, platform: 'win32', allowFileOverride: false }).file).toBe('C:\\ProgramData\\Practice Review Manager\\policy.json');
    expect(machinePolicyPlace({ env, platform: 'linux', allowFileOverride: false })).toEqual({ file: '/etc/practice-review-manager/policy.json', registry: null });
    expect(machinePolicyPlace({ env, platform: 'linux', allowFileOverride: true }).file).toBe('/tmp/elsewhere.json');
    expect(machinePolicyPlace({ env, platform: 'win32', allowFileOverride: false }).registry).not.toBeNull();
  });
});
