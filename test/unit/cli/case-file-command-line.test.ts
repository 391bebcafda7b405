/**
 * import-case and export-case as IT would run them: the new reference printed, a taken
 * reference replaced and both printed, a bad file refused with each problem by path and nothing
 * written, and the export readable by its owner alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unlock } from '../../../main/security/unlock.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';
import { REPO_ROOT, runCli } from './run-cli.ts';

const LONG = 180_000;
const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/case-files/rapid-review-became-lcspr.json');

describe('import-case and export-case', () => {
  let temp: TempStore;
  let work: string;
  const cli = (args: string[]) => runCli([...args, '--store', temp.folder, '--user', ADMIN], { cwd: work, checkpointFolder: temp.checkpointFolder, secrets: { PRM_PASSPHRASE: ADMIN_PASSPHRASE } });

  beforeAll(async () => {
    temp = await makeTempStore();
    temp.session.lock();
    work = path.join(temp.root, 'work');
    fs.mkdirSync(work);
    fs.copyFileSync(FIXTURE, path.join(work, 'case.json'));
  }, LONG);
  afterAll(() => temp.cleanup());

  it('imports a case and prints its reference', async () => {
    const result = await cli(['import-case', '--file', 'case.json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.lines).toEqual(['MIG-2025-014']);
  }, LONG);

  it('gives a second copy a new reference and prints both', async () => {
    const result = await cli(['import-case', '--file', 'case.json']);
    expect(result.code).toBe(0);
    expect(result.lines).toEqual(["PRM-2025-001 (the file's reference MIG-2025-014 is already in use, so the case was given PRM-2025-001)"]);
  }, LONG);

  it('exports the case, field for field, to a file only its owner can read', async () => {
    const result = await cli(['export-case', '--case', 'MIG-2025-014', '--out', 'out.json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('It is not encrypted');
    const written = path.join(work, 'out.json');
    expect(fs.statSync(written).mode & 0o777).toBe(0o600);
    const exported = JSON.parse(fs.readFileSync(written, 'utf8')) as Record<string, unknown>;
    expect({ ...exported, exportedAt: null }).toEqual(JSON.parse(fs.readFileSync(FIXTURE, 'utf8')));
  }, LONG);

  it('refuses a file that fails the schema, listing every problem by path, and writes nothing', async () => {
    const bad = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as { case: { referralDate: string }; people: { givenNames: string }[] };
    bad.case.referralDate = 'last Tuesday';
    bad.people[1]!.givenNames = '';
    fs.writeFileSync(path.join(work, 'bad.json'), JSON.stringify(bad));
    const result = await cli(['import-case', '--file', 'bad.json']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('The case file has 2 problems; nothing was imported');
    expect(result.stderr).toContain('case.referralDate: Enter the referral date as a real date');
    expect(result.stderr).toContain('people.1.givenNames: Enter their given names');
    const session = await unlock(temp.folder, ADMIN, ADMIN_PASSPHRASE);
    try {
      const count = (sql: string) => (session.store.db.prepare(sql).get() as { n: number }).n;
      expect(count('SELECT count(*) AS n FROM cases')).toBe(2);
      expect(count("SELECT count(*) AS n FROM audit_events WHERE action = 'case.imported'")).toBe(2);
    } finally {
      session.lock();
    }
  }, LONG);
});
