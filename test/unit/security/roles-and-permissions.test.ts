import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { grants, PERMISSIONS, ROLE_DEFINITIONS, ROLES, type Assignment } from '../../../shared/roles.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser, disableUser, listUsers } from '../../../main/security/user-admin.ts';
import { assignRole } from '../../../main/security/role-assignments.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { ADMIN, makeTempStore, type TempStore } from '../helpers/temp-store.ts';

describe('the role table', () => {
  it('names every role of the domain with its token', () => {
    expect([...ROLES]).toEqual(['administrator', 'business-unit', 'screening-panel', 'scrutineer', 'lead-reviewer', 'review-group', 'nominated-representative', 'agency-contributor']);
    for (const role of ROLES) for (const permission of ROLE_DEFINITIONS[role].permissions) expect(PERMISSIONS).toContain(permission);
  });

  it('scopes a case role to its case, and a representative to their agency', () => {
    const lead: Assignment[] = [{ role: 'lead-reviewer', caseId: 7, agency: null }];
    expect(grants(lead, 'cases.read', { caseId: 7 })).toBe(true);
    expect(grants(lead, 'cases.read', { caseId: 8 })).toBe(false);
    expect(grants(lead, 'cases.read')).toBe(false);
    const representative: Assignment[] = [{ role: 'nominated-representative', caseId: 7, agency: 'Housing' }];
    expect(grants(representative, 'cases.read', { caseId: 7, agency: 'Housing' })).toBe(true);
    expect(grants(representative, 'cases.read', { caseId: 7, agency: 'Education' })).toBe(false);
    expect(grants([{ role: 'business-unit', caseId: null, agency: null }], 'cases.read', { caseId: 99 })).toBe(true);
    expect(grants([{ role: 'scrutineer', caseId: null, agency: null }], 'users.manage')).toBe(false);
  });
});

describe('permissions checked in the services', () => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await makeTempStore();
  });
  afterEach(() => temp.cleanup());

  it('refuses a scrutineer who tries to add a user, and audits the refusal', async () => {
    await addUser(temp.session, { name: 'Kit Scrutineer', role: 'scrutineer', organisation: 'Business Unit', passphrase: 'plum canyon whistle' });
    const scrutineer = await unlock(temp.folder, 'Kit Scrutineer', 'plum canyon whistle');
    try {
      await expect(addUser(scrutineer, { name: 'Not Added', role: 'business-unit', organisation: 'Business Unit', passphrase: 'plum canyon whistle' })).rejects.toThrow(/not allowed to add users/);
      const refusal = scrutineer.store.db.prepare(`SELECT actor_id FROM audit_events WHERE action = 'access.refused'`).all();
      expect(refusal).toEqual([{ actor_id: scrutineer.userId }]);
      expect(listUsers(temp.session).map((user) => user.name)).not.toContain('Not Added');
    } finally {
      scrutineer.lock();
    }
  });

  it('gives a nominated representative one case and one agency, and only one per agency per case', async () => {
    const record = createCase(temp.session, demoReferral({ kindRequested: 'rapid-review', incidentDate: '2026-09-01', referralDate: '2026-09-03', agencies: ['Housing', 'Education'] })).summary;
    await addUser(temp.session, { name: 'Ari Housing', role: 'nominated-representative', organisation: 'Housing', passphrase: 'cedar lagoon bramble' });
    await addUser(temp.session, { name: 'Bo Housing', role: 'nominated-representative', organisation: 'Housing', passphrase: 'cedar lagoon bramble' });
    expect(() => assignRole(temp.session, { targetUser: 'Ari Housing', role: 'nominated-representative', caseReference: record.reference })).toThrow(/name the agency with --agency/);
    const assignment = assignRole(temp.session, { targetUser: 'Ari Housing', role: 'nominated-representative', caseReference: record.reference, agency: 'Housing' });
    expect(assignment).toMatchObject({ role: 'nominated-representative', caseId: record.id, agency: 'Housing' });
    expect(() => assignRole(temp.session, { targetUser: 'Bo Housing', role: 'nominated-representative', caseReference: record.reference, agency: 'Housing' })).toThrow(/already has a nominated representative/);
    expect(() => assignRole(temp.session, { targetUser: 'Bo Housing', role: 'business-unit', caseReference: record.reference })).toThrow(/whole partnership/);
    const ari = await unlock(temp.folder, 'Ari Housing', 'cedar lagoon bramble');
    try {
      expect(ari.can('cases.read', { caseId: record.id, agency: 'Housing' })).toBe(true);
      expect(ari.can('cases.read', { caseId: record.id, agency: 'Education' })).toBe(false);
      expect(ari.can('cases.list')).toBe(false);
    } finally {
      ari.lock();
    }
  });

  it('ends a disabled user’s assignments, so their permissions go at once', async () => {
    await addUser(temp.session, { name: 'Lee Officer', role: 'business-unit', organisation: 'Business Unit', passphrase: 'maple signal orchard' });
    const lee = await unlock(temp.folder, 'Lee Officer', 'maple signal orchard');
    expect(lee.can('cases.create')).toBe(true);
    disableUser(temp.session, 'Lee Officer');
    expect(lee.can('cases.create')).toBe(false);
    lee.lock();
    const listing = listUsers(temp.session).find((user) => user.name === 'Lee Officer')!;
    expect(listing).toMatchObject({ status: 'disabled', assignments: [] });
    expect(listUsers(temp.session).find((user) => user.name === ADMIN)!.assignments.map((a) => a.role)).toEqual(['administrator']);
  });

  it('names the organisations to choose from when one is wrong', async () => {
    await expect(addUser(temp.session, { name: 'Wrong Org', role: 'business-unit', organisation: 'Ministry of Silly Walks', passphrase: 'cedar lagoon bramble' })).rejects.toThrow(/no organisation called "Ministry of Silly Walks". Use one of: Business Unit;/);
  });
});
