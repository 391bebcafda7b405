/**
 * The desktop app under a machine policy it cannot read: it says so in an error box, with IT's
 * message, and stops before it opens anything. Run against a stand-in for Electron that has only
 * what the app may touch before that point, so going any further fails the test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type ElectronModules } from '../../../main/app/start-app.ts';
import { MACHINE_POLICY_FILE_VARIABLE } from '../../../main/policy/policy-location.ts';
import { makeTempFolder } from '../helpers/temp-store.ts';
import { writePolicyFile } from './policy-fixtures.ts';

describe('the desktop app under an invalid machine policy', () => {
  let folder: string;
  let previous: string | undefined;
  beforeEach(() => {
    folder = makeTempFolder('prm-app-policy-');
    previous = process.env[MACHINE_POLICY_FILE_VARIABLE];
  });
  afterEach(() => {
    if (previous === undefined) delete process.env[MACHINE_POLICY_FILE_VARIABLE];
    else process.env[MACHINE_POLICY_FILE_VARIABLE] = previous;
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shows what is wrong once it is ready, exits with code 1, and logs no more than that it stopped', async () => {
    const file = writePolicyFile(folder, '{ "idleLockMinutes": "soon" }');
    process.env[MACHINE_POLICY_FILE_VARIABLE] = file;
    const logs = path.join(folder, 'logs');
    const happened: string[] = [];
    let ready!: () => void;
    const whenReady = new Promise<void>((resolve) => (ready = resolve));
    const electron = {
      app: {
        isPackaged: false,
        setName: () => happened.push('setName'),
        setPath: () => happened.push('setPath'),
        requestSingleInstanceLock: () => true,
        getPath: () => logs,
        whenReady: () => whenReady,
        exit: (code: number) => happened.push(`exit ${code}`),
      },
      dialog: { showErrorBox: (title: string, message: string) => happened.push(`${title}: ${message}`) },
    } as unknown as ElectronModules;

    startApp(electron);
    expect(happened).toEqual(['setName', 'setPath']);
    ready();
    await whenReady;
    await new Promise((resolve) => setImmediate(resolve));
    expect(happened).toEqual([
      'setName',
      'setPath',
      `Practice Review Manager cannot start: The machine policy file ${file} is not valid: idleLockMinutes must be a whole number of minutes from 1 to 240, not "soon". Ask IT to correct it: Practice Review Manager does not run under a machine policy it cannot read.`,
      'exit 1',
    ]);
    const log = fs.readFileSync(path.join(logs, 'main.log'), 'utf8');
    expect(log).toContain('The machine policy is not valid: the app said what is wrong and did not start.');
    expect(log).not.toContain('soon');
  });
});
