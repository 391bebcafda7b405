/**
 * The admin command line as IT would call it: `npm run -s cli -- COMMAND ...` from a folder of
 * their own, with passphrases in the environment and no terminal. Every command is run for real
 * against one store per block, with its output, exit code and effect checked, and at least one
 * way each can fail. The calls are slow (a process, tsx, Argon2id), so the store is shared and
 * the order of the tests is the order an administrator would work in. The calls that are about
 * how the command is typed (--help, and paths relative to the folder it is typed in: init's store
 * and a missing folder) go through npm exactly as the README says; the rest start the process
 * npm would end in directly (see run-cli.ts): the same command line, sooner. The keys' commands
 * (passwd, reset-passphrase, rekey, recover, backup and restore) are in
 * admin-command-line-keys.test.ts, on a store of their own, so the two halves run side by side.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, KEY_FILE } from '../../../main/store/store-folder.ts';
import { snapshotFolder } from '../helpers/temp-store.ts';
import { REPO_ROOT, runCli, type CliResult } from './run-cli.ts';
import { LONG, CASEY, CASEY_PASSPHRASE, ROBIN, ROBIN_PASSPHRASE, SAM, SAM_PASSPHRASE, ALEX, ALEX_PASSPHRASE, POLICE, COMMAND_NAMES, CODE_PATTERN, expectSuccess, expectFailure, makeWorkspace } from './admin-cli-story.ts';

describe.concurrent('the admin command line, before any store is involved', () => {
  let workspace: ReturnType<typeof makeWorkspace>;
  const cli = (args: string[], secrets: Record<string, string> = {}) => runCli(args, { cwd: workspace.work, checkpointFolder: workspace.checkpoints, secrets });
  const typedAsTheReadmeSays = (args: string[], secrets: Record<string, string> = {}) => runCli(args, { cwd: workspace.work, checkpointFolder: workspace.checkpoints, secrets, via: 'npm' });

  beforeAll(() => {
    workspace = makeWorkspace('prm-cli-usage-');
  });
  afterAll(() => fs.rmSync(workspace.root, { recursive: true, force: true }));

  it('prints the usage with every command for --help and exits 0', async () => {
    const result = await typedAsTheReadmeSays(['--help']);
    expectSuccess(result);
    expect(result.lines[0]).toBe('Usage: npm run -s cli -- COMMAND [OPTIONS]');
    for (const name of COMMAND_NAMES) expect(result.lines.some((line) => line.startsWith(`  ${name} `))).toBe(true);
    expect(result.stdout).toContain('never from the command line');
  });

  it('gives the due date in working days, across the Coronation bank holiday', async () => {
    const result = await cli(['due', '--from', '2023-05-05', '--working-days', '1']);
    expectSuccess(result);
    expect(result.lines).toEqual(['2023-05-09']);
    expectFailure(await cli(['due', '--from', '2023-02-30', '--working-days', '1']), 2, 'error: --from must be a real date written as YYYY-MM-DD, not "2023-02-30".');
  });

  it('treats no command as a usage mistake and points to --help', async () => {
    expectFailure(await cli([]), 2, 'error: No command given. Run with --help to see the commands.');
  });

  it('refuses an unknown command as a usage mistake and points to --help', async () => {
    expectFailure(await cli(['frobnicate']), 2, 'error: There is no command "frobnicate". Run with --help to see the commands.');
  });

  it('refuses a command without an option it needs, naming the option', async () => {
    expectFailure(await cli(['verify', '--user', CASEY], { PRM_PASSPHRASE: CASEY_PASSPHRASE }), 2, 'error: The --store option is needed.');
  });

  it('refuses an option that the command does not take, showing its usage', async () => {
    expectFailure(await cli(['list-users', '--store', './s', '--user', CASEY, '--case', 'PRM-2025-001']), 2, 'error: The list-users command takes no --case option. Usage: list-users --store DIR --user ADMIN');
  });

  it('refuses a demo case count that is not a whole number before opening anything', async () => {
    expectFailure(await cli(['demo', '--store', './s', '--user', CASEY, '--cases', '2.5']), 2, 'error: --cases must be a whole number from 1 to 10000.');
  });

  it('refuses a store path that does not exist, naming it as resolved from the working folder', async () => {
    const result = await typedAsTheReadmeSays(['verify', '--store', './no-store-here', '--user', CASEY], { PRM_PASSPHRASE: CASEY_PASSPHRASE });
    expectFailure(result, 1, `There is no folder at ${path.join(workspace.work, 'no-store-here')}.`);
  });
});

describe('the admin command line, run from a working folder outside the repository', () => {
  let workspace: ReturnType<typeof makeWorkspace>;
  let storeFolder: string;
  let init: CliResult;
  let demo: CliResult;
  let addRobin: CliResult;
  let addSam: CliResult;
  let initRecoveryCode: string;
  let caseReferences: string[];

  const STORE = './review-store';
  const cli = (args: string[], secrets: Record<string, string> = {}) => runCli(args, { cwd: workspace.work, checkpointFolder: workspace.checkpoints, secrets });
  const as = (user: string, passphrase: string) => ({ args: ['--store', STORE, '--user', user], secrets: { PRM_PASSPHRASE: passphrase } });
  const asCasey = as(CASEY, CASEY_PASSPHRASE);

  beforeAll(async () => {
    workspace = makeWorkspace('prm-cli-');
    storeFolder = path.join(workspace.work, 'review-store');
    // Through npm as the README says, so that where the store lands is where IT typed the command.
    init = await runCli(['init', '--store', STORE, '--user', CASEY], { cwd: workspace.work, checkpointFolder: workspace.checkpoints, secrets: { PRM_PASSPHRASE: CASEY_PASSPHRASE }, via: 'npm' });
    initRecoveryCode = init.lines[2] ?? '';
    demo = await cli(['demo', ...asCasey.args, '--cases', '3'], asCasey.secrets);
    caseReferences = /^Added 3 synthetic cases: (.+)\.$/.exec(demo.lines[0] ?? '')?.[1]?.split(', ') ?? [];
    const addUser = (name: string, role: string, organisation: string, passphrase: string) =>
      cli(['add-user', ...asCasey.args, '--new-user', name, '--role', role, '--org', organisation], { ...asCasey.secrets, PRM_NEW_PASSPHRASE: passphrase });
    addRobin = await addUser(ROBIN, 'business-unit', 'Business Unit', ROBIN_PASSPHRASE);
    addSam = await addUser(SAM, 'nominated-representative', POLICE, SAM_PASSPHRASE);
    expectSuccess(await addUser(ALEX, 'nominated-representative', POLICE, ALEX_PASSPHRASE));
  }, LONG);

  afterAll(() => fs.rmSync(workspace.root, { recursive: true, force: true }));
  describe('init', () => {
    it('creates the store inside the folder the command was run from and prints the recovery code once', () => {
      expectSuccess(init);
      expect(init.lines).toEqual([
        `Created a store in ${storeFolder} with administrator ${CASEY}.`,
        "Recovery code (shown once: write it down and keep it in the partnership's safe):",
        initRecoveryCode,
      ]);
      expect(initRecoveryCode).toMatch(CODE_PATTERN);
      expect(fs.readdirSync(storeFolder)).toEqual(expect.arrayContaining([DATABASE_FILE, KEY_FILE]));
      expect(fs.existsSync(path.join(REPO_ROOT, 'review-store'))).toBe(false);
      // The checkpoint went to the test's folder named by PRM_CHECKPOINT_DIR.
      expect(fs.readdirSync(workspace.checkpoints).filter((name) => name.endsWith('.json'))).toHaveLength(1);
    });

    it('refuses to create a store in a folder that already holds one, and says nothing was changed', async () => {
      const before = snapshotFolder(storeFolder);
      const result = await cli(['init', '--store', STORE, '--user', 'Casey Again'], { PRM_PASSPHRASE: 'another long passphrase' });
      expectFailure(result, 1, `The folder ${storeFolder} already holds a store. Nothing was changed.`);
      expect(snapshotFolder(storeFolder)).toEqual(before);
    });

    it('refuses to run without PRM_PASSPHRASE when there is no terminal to ask in, and creates nothing', async () => {
      const result = await cli(['init', '--store', './second-store', '--user', CASEY]);
      expectFailure(result, 1, 'error: No passphrase given: set PRM_PASSPHRASE, or run the command in a terminal to be asked for it.');
      expect(fs.existsSync(path.join(workspace.work, 'second-store'))).toBe(false);
    });
  });

  describe('demo', () => {
    it('adds synthetic cases and prints their references', () => {
      expectSuccess(demo);
      expect(demo.lines).toHaveLength(1);
      expect(caseReferences).toHaveLength(3);
      for (const reference of caseReferences) expect(reference).toMatch(/^PRM-\d{4}-\d{3}$/);
    });

    it('refuses a wrong passphrase without adding anything', async () => {
      const result = await cli(['demo', ...asCasey.args, '--cases', '1'], { PRM_PASSPHRASE: 'not the right passphrase' });
      expectFailure(result, 1, 'error: That passphrase is not right. Check it and try again.');
    });
  });

  describe('add-user', () => {
    it('adds a Business Unit officer with their partnership-wide role', () => {
      expectSuccess(addRobin);
      expect(addRobin.lines).toEqual([`Added ${ROBIN} (Business Unit) as business-unit.`]);
    });

    it('adds a nominated representative and says how to give them the role for a case', () => {
      expectSuccess(addSam);
      expect(addSam.lines).toEqual([
        `Added ${SAM} (${POLICE}). The nominated-representative role is given per case: run assign --target-user "${SAM}" --role nominated-representative --case REF --agency AGENCY.`,
      ]);
    });

    it('refuses add-user from a Business Unit officer and says why', async () => {
      const robin = as(ROBIN, ROBIN_PASSPHRASE);
      const result = await cli(['add-user', ...robin.args, '--new-user', 'Jamie Extra', '--role', 'business-unit', '--org', 'Business Unit'], { ...robin.secrets, PRM_NEW_PASSPHRASE: 'jamie long passphrase' });
      expectFailure(result, 1, 'error: You are not allowed to add users.');
    });

    it("refuses add-user when the new user's passphrase is not given", async () => {
      const result = await cli(['add-user', ...asCasey.args, '--new-user', 'Jamie Extra', '--role', 'business-unit', '--org', 'Business Unit'], asCasey.secrets);
      expectFailure(result, 1, 'error: No new passphrase given: set PRM_NEW_PASSPHRASE');
    });
  });

  describe('assign', () => {
    it('assigns a nominated representative for a case made by demo and an agency', async () => {
      const result = await cli(['assign', ...asCasey.args, '--target-user', SAM, '--role', 'nominated-representative', '--case', caseReferences[0]!, '--agency', POLICE], asCasey.secrets);
      expectSuccess(result);
      expect(result.lines).toEqual([`Assigned ${SAM} as nominated-representative for case ${caseReferences[0]} (${POLICE}).`]);
    });

    it('refuses to assign a nominated representative without --agency', async () => {
      const result = await cli(['assign', ...asCasey.args, '--target-user', ALEX, '--role', 'nominated-representative', '--case', caseReferences[0]!], asCasey.secrets);
      expectFailure(result, 1, 'error: The nominated-representative role is given for one case and one agency: name the agency with --agency.');
    });

    it('refuses a second nominated representative for the same case and agency', async () => {
      const result = await cli(['assign', ...asCasey.args, '--target-user', ALEX, '--role', 'nominated-representative', '--case', caseReferences[0]!, '--agency', POLICE], asCasey.secrets);
      expectFailure(result, 1, `error: ${POLICE} already has a nominated representative for case ${caseReferences[0]}. End that assignment first.`);
    });

    it('lets a nominated representative verify the store, as any active user may', async () => {
      const asSam = as(SAM, SAM_PASSPHRASE);
      const result = await cli(['verify', ...asSam.args], asSam.secrets);
      expectSuccess(result);
      expect(result.lines[0]).toMatch(/^audit chain intact: \d+ events, head [0-9a-f]{64}$/);
    });
  });

  describe('set-idle-lock and set-partner', () => {
    it('sets the idle-lock time and a statutory partner', async () => {
      const idle = await cli(['set-idle-lock', ...asCasey.args, '--minutes', '15'], asCasey.secrets);
      expectSuccess(idle);
      expect(idle.lines).toEqual(['Sessions now lock after 15 minutes without activity.']);
      const partner = await cli(['set-partner', ...asCasey.args, '--org', 'Housing', '--partner', 'local-authority'], asCasey.secrets);
      expectSuccess(partner);
      expect(partner.lines).toEqual(['Housing now counts as the statutory partner Local Authority.']);
    });

    it('refuses a partner that is not one of the three', async () => {
      expectFailure(await cli(['set-partner', ...asCasey.args, '--org', 'Housing', '--partner', 'fire-service'], asCasey.secrets), 1, 'error: "fire-service" is not a statutory partner. Use one of: local-authority, police, health, or none.');
    });
  });

  describe('import-holidays and due with a store', () => {
    it("imports GOV.UK's list and counts working days with it", async () => {
      const file = path.join(workspace.work, 'bank-holidays.json');
      fs.writeFileSync(file, JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'A one-off holiday', date: '2029-06-15', notes: '', bunting: true }] } }));
      const imported = await cli(['import-holidays', ...asCasey.args, '--file', './bank-holidays.json'], asCasey.secrets);
      expectSuccess(imported);
      expect(imported.lines).toEqual(['Imported 1 England and Wales bank holidays, 2029-06-15 to 2029-06-15.']);
      const due = await cli(['due', '--from', '2029-06-14', '--working-days', '1', ...asCasey.args], asCasey.secrets);
      expectSuccess(due);
      expect(due.lines).toEqual(['2029-06-18']);
    }, LONG);

    it('refuses a file that is not JSON', async () => {
      fs.writeFileSync(path.join(workspace.work, 'not-json.json'), 'Christmas, Boxing Day');
      expectFailure(await cli(['import-holidays', ...asCasey.args, '--file', './not-json.json'], asCasey.secrets), 1, /cannot be read as JSON/);
    });
  });

  describe('list-users', () => {
    it('lists every user with their organisation, status and roles', async () => {
      const result = await cli(['list-users', ...asCasey.args], asCasey.secrets);
      expectSuccess(result);
      const rows = result.lines.map((line) => line.split(/ {2,}/));
      // Sorted by name.
      expect(rows).toEqual([
        ['NAME', 'ORGANISATION', 'STATUS', 'ROLES'],
        [ALEX, POLICE, 'active', '(none)'],
        [CASEY, 'Business Unit', 'active', 'administrator'],
        [ROBIN, 'Business Unit', 'active', 'business-unit'],
        [SAM, POLICE, 'active', `nominated-representative case ${caseReferences[0]} ${POLICE}`],
      ]);
    });

    it('refuses list-users from a nominated representative', async () => {
      const sam = as(SAM, SAM_PASSPHRASE);
      expectFailure(await cli(['list-users', ...sam.args], sam.secrets), 1, 'error: You are not allowed to list users.');
    });
  });

  describe('verify and checkpoint', () => {
    it('verifies the store and prints the length and head of its audit chain', async () => {
      const result = await cli(['verify', ...asCasey.args], asCasey.secrets);
      expectSuccess(result);
      expect(result.lines).toHaveLength(1);
      expect(result.lines[0]).toMatch(/^audit chain intact: \d+ events, head [0-9a-f]{64}$/);
    });

    it('writes a checkpoint to a path relative to the working folder, which verify --checkpoint then accepts', async () => {
      const file = path.join(workspace.work, 'outside', 'head.json');
      const written = await cli(['checkpoint', ...asCasey.args, '--to', './outside/head.json'], asCasey.secrets);
      expectSuccess(written);
      const match = /^checkpoint written to (.+): (\d+) events, head ([0-9a-f]{64})$/.exec(written.lines[0] ?? '');
      expect(match?.[1]).toBe(file);
      const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { events: number; head: string };
      expect(saved.events).toBe(Number(match?.[2]));
      expect(saved.head).toBe(match?.[3]);

      const verified = await cli(['verify', ...asCasey.args, '--checkpoint', './outside/head.json'], asCasey.secrets);
      expectSuccess(verified);
      const events = Number(/^audit chain intact: (\d+) events/.exec(verified.lines[0] ?? '')?.[1]);
      expect(events).toBeGreaterThan(saved.events);
    });

    it('refuses verify --checkpoint naming a file that does not exist', async () => {
      const result = await cli(['verify', ...asCasey.args, '--checkpoint', './missing.json'], asCasey.secrets);
      expectFailure(result, 1, `error: There is no checkpoint file at ${path.join(workspace.work, 'missing.json')}.`);
    });

    it('treats checkpoint without --to as a usage mistake', async () => {
      expectFailure(await cli(['checkpoint', ...asCasey.args], asCasey.secrets), 2, 'error: The --to option is needed.');
    });
  });
});
