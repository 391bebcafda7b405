/**
 * Case files in and out (import-case, export-case) against a real store: a file comes back
 * field for field, a bad file is refused with every problem by path and writes nothing, and
 * export is for administrators only and recorded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCase, importCase } from '../../../main/reviews/case-file-io.ts';
import { caseFileJsonSchema, caseFileReferencePage } from '../../../main/reviews/case-file-reference.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { AppError } from '../../../shared/errors.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';
import { REPO_ROOT } from '../cli/run-cli.ts';

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/case-files/rapid-review-became-lcspr.json');

function fixture(): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
}

function auditEvents(temp: TempStore): number {
  return (temp.session.store.db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
}

function caseCount(temp: TempStore): number {
  return (temp.session.store.db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
}

function refusal(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected a refusal.');
}

describe('case files', () => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await makeTempStore();
  });
  afterEach(() => temp.cleanup());

  it('gives back the same case, field for field, after import then export', () => {
    const imported = importCase(temp.session, fixture());
    expect(imported).toEqual({ reference: 'MIG-2025-014', requestedReference: null });
    const exported = exportCase(temp.session, 'MIG-2025-014');
    expect(exported.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect({ ...exported, exportedAt: null }).toEqual(fixture());
  });

  it('keeps identifying details of every person, and the endorsement still points at its meeting', () => {
    importCase(temp.session, fixture());
    const exported = exportCase(temp.session, 'MIG-2025-014');
    const mother = exported.people.find((person) => person.relationship === 'Mother')!;
    expect(mother.datesOfBirth).toEqual(['1994-11-02', '1994-02-11']);
    expect(mother.contactDetails).toContain('07700 900123');
    const meeting = exported.records.find((record) => record.type === 'meeting')!;
    const endorsement = exported.records.find((record) => record.type === 'endorsement')!;
    expect(endorsement.data.meetingId).toBe(meeting.id);
    expect(exported.clocks.find((clock) => clock.clock === 'papers')!.subject).toBe(`meeting:${meeting.id}`);
  });

  it('gives a new reference in the partnership format when the file’s is taken, and says so', () => {
    importCase(temp.session, fixture());
    const second = importCase(temp.session, fixture());
    expect(second).toEqual({ reference: 'PRM-2025-001', requestedReference: 'MIG-2025-014' });
    expect(exportCase(temp.session, 'PRM-2025-001').case.reference).toBe('PRM-2025-001');
  });

  it('refuses a file that fails the schema with every problem listed by path, and writes nothing', () => {
    const bad = fixture();
    const records = bad.records as { type: string; data: Record<string, unknown> }[];
    delete records.find((record) => record.type === 'meeting')!.data.heldOn;
    records.find((record) => record.type === 'screening')!.data.decision = 'maybe';
    (bad.people as Record<string, unknown>[])[0]!.datesOfBirth = ['2018-02-30'];
    const before = { events: auditEvents(temp), cases: caseCount(temp) };
    const error = refusal(() => importCase(temp.session, bad));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.problems.map((problem) => problem.path).sort()).toEqual(['people.0.datesOfBirth.0', 'records.1.data.decision', 'records.3.data.heldOn']);
    expect(error.message).toContain('records.3.data.heldOn: Enter the meeting date');
    expect(error.message).toContain('nothing was imported');
    expect({ events: auditEvents(temp), cases: caseCount(temp) }).toEqual(before);
  });

  it('refuses an unknown agency and an endorsement of a meeting not in the file, writing nothing', () => {
    const unknownAgency = fixture();
    (unknownAgency.case as { agencies: string[] }).agencies.push('Ministry of Imaginary Affairs');
    expect(refusal(() => importCase(temp.session, unknownAgency)).problems).toEqual([
      { path: 'case.agencies.4', message: 'There is no agency called "Ministry of Imaginary Affairs" in this store: add it in the policy settings first, or correct the name' },
    ]);
    const dangling = fixture();
    (dangling.records as { type: string; data: Record<string, unknown> }[]).find((record) => record.type === 'endorsement')!.data.meetingId = 99;
    expect(refusal(() => importCase(temp.session, dangling)).problems.map((problem) => problem.path)).toEqual(['records.4.data.meetingId']);
    expect(refusal(() => importCase(temp.session, { format: 'something else' })).problems.length).toBeGreaterThan(3);
    expect(caseCount(temp)).toBe(0);
  });

  it('lets only administrators export, and records each export', async () => {
    importCase(temp.session, fixture());
    await addUser(temp.session, { name: 'Rowan Officer', role: 'business-unit', organisation: 'Business Unit', passphrase: 'rowan granite meadow' });
    const before = auditEvents(temp);
    exportCase(temp.session, 'MIG-2025-014');
    const exported = temp.session.store.db.prepare("SELECT action FROM audit_events WHERE seq > ? AND action = 'case.exported'").all(before);
    expect(exported).toHaveLength(1);
    temp.session.lock();
    const officer = await unlock(temp.folder, 'Rowan Officer', 'rowan granite meadow');
    try {
      const error = refusal(() => exportCase(officer, 'MIG-2025-014'));
      expect(error.code).toBe('NOT_ALLOWED');
    } finally {
      officer.lock();
    }
  });

  it('has a reference page and JSON Schema that match the schemas', () => {
    expect(fs.readFileSync(path.join(REPO_ROOT, 'docs/case-file-format.md'), 'utf8')).toBe(caseFileReferencePage());
    expect(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'docs/case-file.schema.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(caseFileJsonSchema())));
    expect(caseFileReferencePage()).toContain('### `meeting`: Meeting');
  });
});
