import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT, CALL_NAMES, type CallName } from '../../../shared/ipc/contract.ts';
import { grants, ROLE_DEFINITIONS, ROLES, type Role } from '../../../shared/roles.ts';
import type { Result } from '../../../shared/errors.ts';
import { Desktop } from '../../../main/api/desktop.ts';
import { startPreview, type RunningPreview } from '../../../main/preview/server.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { assignRole } from '../../../main/security/role-assignments.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { DEFAULT_CLOCK_POLICY } from '../../../shared/reviews/clocks.ts';
import { openDatabase } from '../../../main/store/open-database.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';

const PASSPHRASE = 'quartz bramble lantern';
const userFor = (role: Role) => `Pipeline ${role}`;

/** A valid input for each call that needs a permission, so that only the permission can refuse it. */
const VALID_INPUT: Partial<Record<CallName, unknown>> = {
  'cases.list': {},
  'cases.create': { referral: demoReferral({ incidentDate: '2026-10-01', referralDate: '2026-10-02', agencies: [] }) },
  'cases.dashboard': {},
  'people.search': { name: 'Smith' },
  'policy.save': { policy: DEFAULT_CLOCK_POLICY, publicationNaming: 'letter-codes' },
  'organisations.add': { name: 'Never Added Agency' },
  'organisations.setPartner': { name: 'Housing', statutoryPartner: null },
  'letterhead.save': { letterhead: { partnershipName: 'Pipeline Safeguarding Children Partnership', signatoryName: 'Pipeline Signatory' } },
  'vault.setOpenInDefaultApp': { allowed: true },
  'vault.settings': {},
  'exchange.setIdentity': { organisation: 'Business Unit', installName: 'Business Unit desk 1' },
  'exchange.importCard': { cardJson: '{}' },
  'exchange.confirmContact': { id: 1, fingerprint: 'AAAA' },
  'exchange.revokeContact': { id: 1, reason: 'No longer used' },
  'exchange.preview': { stagedId: 1 },
  'exchange.apply': { stagedId: 1, sha256: 'a'.repeat(64), options: {} },
  'themes.add': { name: 'Never Added Theme' },
  'themes.rename': { id: 1, name: 'Never Renamed Theme' },
  'themes.retire': { id: 1, retired: true },
  'learning.saveEvent': { event: { kind: 'learning-event', title: 'Never held', heldOn: '2026-01-10', audience: 'Nobody', attendance: 0, feedbackResponses: 0, understandBetter: 0 } },
  'figures.get': { from: '2025-04-01', to: '2026-03-31' },
  'figures.export': { period: { from: '2025-04-01', to: '2026-03-31' }, format: 'xlsx' },
  'policy.setIdleLock': { minutes: 15 },
  'backups.list': {},
  'backups.reminder': {},
  'backups.start': { folder: '/tmp/never-backed-up' },
  'backups.verify': { id: 1 },
  'users.resetPassphrase': { name: 'Never Reset', temporaryPassphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE },
  'keys.rekeyStart': { newRecoveryCode: false },
  'keys.recoveryCodeKept': { jobId: '00000000-0000-4000-8000-000000000000' },
  'data-protection.search': { name: 'Smith' },
  'data-protection.export': { name: 'Smith' },
  'retention.view': {},
  'retention.setClosedCasePeriod': { years: 7 },
  'retention.recordTakenOff': { reference: 'PRM-2026-001', takenOffOn: '2026-01-05' },
  'retention.delete': { rule: 'closed-cases', reference: 'PRM-2026-001', confirmReference: 'PRM-2026-001' },
  'restore.start': { backupFolder: '/tmp/never-a-backup', destination: '/tmp/never-restored', passphrase: 'quartz bramble lantern' },
  'users.list': {},
  'users.add': { name: 'Never Added', role: 'scrutineer', organisation: 'Business Unit', passphrase: PASSPHRASE },
};
const PERMISSION_CALLS = CALL_NAMES.filter((name) => !['public', 'signed-in'].includes(CONTRACT[name].access));

type Transport = (desktop: Desktop, name: string, input: unknown) => Promise<Result<unknown>>;

describe('the one pipeline', () => {
  let temp: TempStore;
  let caseId: number;
  let preview: RunningPreview;
  let previewDesktop: Desktop;
  let rendererFolder: string;

  beforeAll(async () => {
    temp = await makeTempStore();
    const record = createCase(temp.session, demoReferral({ kindRequested: 'rapid-review', incidentDate: '2026-10-01', referralDate: '2026-10-02', agencies: ['Housing'] })).summary;
    caseId = record.id;
    for (const role of ROLES) {
      if (role === 'administrator') continue;
      const organisation = ROLE_DEFINITIONS[role].scope === 'case-and-agency' ? 'Housing' : 'Business Unit';
      await addUser(temp.session, { name: userFor(role), role, organisation, passphrase: PASSPHRASE });
      // Added by an administrator, they would first have to choose their own passphrase.
      setMustChangePassphrase(temp.session.store.db, findUserByName(temp.session.store.db, userFor(role))!.id, false);
      if (ROLE_DEFINITIONS[role].scope !== 'partnership') {
        assignRole(temp.session, { targetUser: userFor(role), role, caseReference: record.reference, agency: ROLE_DEFINITIONS[role].scope === 'case-and-agency' ? 'Housing' : undefined });
      }
    }
    temp.session.lock();
    rendererFolder = path.join(temp.root, 'renderer');
    fs.mkdirSync(rendererFolder);
    fs.writeFileSync(path.join(rendererFolder, 'index.html'), '<!doctype html><title>Practice Review Manager</title>');
    fs.writeFileSync(path.join(temp.root, 'secret.txt'), 'outside the renderer');
    previewDesktop = new Desktop({ storeFolder: temp.folder });
    preview = await startPreview({ desktop: previewDesktop, rendererFolder });
  });
  afterAll(async () => {
    await preview.close();
    temp.cleanup();
  });

  const direct: Transport = (desktop, name, input) => desktop.invoke(name, input);
  const overHttp: Transport = async (_desktop, name, input) => {
    const response = await fetch(`${preview.origin}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-prm-token': preview.token }, body: JSON.stringify(input) });
    return (await response.json()) as Result<unknown>;
  };

  /** Reads the audit trail through a second connection, as an auditor would. */
  function countRefusals(userId: string, permission: string): number {
    if (masterKey === null) throw new Error('The master key has not been captured yet.');
    const db = openDatabase(path.join(temp.folder, 'store.prm'), masterKey, { readonly: true });
    try {
      return (
        db.prepare(`SELECT count(*) AS n FROM audit_events e JOIN audit_details d ON d.event_seq = e.seq WHERE e.action = 'access.refused' AND e.actor_id = ? AND json_extract(d.body, '$.permission') = ?`).get(userId, permission) as { n: number }
      ).n;
    } finally {
      db.close();
    }
  }

  let masterKey: Buffer | null = null;

  for (const [label, transport] of [
    ['directly', direct],
    ['over HTTP', overHttp],
  ] as const) {
    it(`refuses each role every call it lacks, ${label}, and audits each refusal`, async () => {
      const desktop = label === 'directly' ? new Desktop({ storeFolder: temp.folder }) : previewDesktop;
      let refusals = 0;
      for (const role of ROLES) {
        if (role === 'administrator') continue;
        const unlocked = await transport(desktop, 'session.unlock', { name: userFor(role), passphrase: PASSPHRASE });
        expect(unlocked.ok).toBe(true);
        const userId = desktop.requireSession().userId;
        masterKey = Buffer.from(desktop.requireSession().store.masterKey);
        const assignments = [{ role, caseId: ROLE_DEFINITIONS[role].scope === 'partnership' ? null : caseId, agency: ROLE_DEFINITIONS[role].scope === 'case-and-agency' ? 'Housing' : null }];
        for (const name of PERMISSION_CALLS) {
          const permission = CONTRACT[name].access as Parameters<typeof grants>[1];
          if (grants(assignments, permission)) continue;
          const before = countRefusals(userId, permission);
          const result = await transport(desktop, name, VALID_INPUT[name]);
          expect(result, `${role} calling ${name}`).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
          expect(countRefusals(userId, permission), `refusal of ${name} to ${role} audited`).toBe(before + 1);
          refusals += 1;
        }
        await transport(desktop, 'session.lock', {});
      }
      // Every call that needs a permission is refused to someone: the matrix is not empty.
      expect(refusals).toBeGreaterThanOrEqual(PERMISSION_CALLS.length);
    });
  }

  it('lets a role make the calls it has', async () => {
    const desktop = new Desktop({ storeFolder: temp.folder });
    await desktop.invoke('session.unlock', { name: ADMIN, passphrase: ADMIN_PASSPHRASE });
    const listed = await desktop.invoke('users.list', {});
    expect(listed.ok).toBe(true);
    desktop.lock();
  });

  it('refuses a schema-violating input, naming the field, and writes nothing', async () => {
    const desktop = new Desktop({ storeFolder: temp.folder });
    await desktop.invoke('session.unlock', { name: ADMIN, passphrase: ADMIN_PASSPHRASE });
    const db = desktop.requireSession().store.db;
    const eventsBefore = (db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
    const casesBefore = (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
    const result = await desktop.invoke('cases.create', { referral: { ...demoReferral(), incidentDate: '1 October' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!result.ok && result.error.message).toMatch(/incidentDate/);
    const extra = await desktop.invoke('users.add', { name: 'Extra Field', role: 'scrutineer', organisation: 'Business Unit', passphrase: PASSPHRASE, isAdmin: true });
    expect(!extra.ok && extra.error.message).toMatch(/isAdmin/);
    expect((db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n).toBe(eventsBefore);
    expect((db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n).toBe(casesBefore);
    desktop.lock();
  });

  it('allows nothing but a passphrase change to someone whose passphrase an administrator set', async () => {
    const admin = await unlock(temp.folder, ADMIN, ADMIN_PASSPHRASE);
    await addUser(admin, { name: 'Fresh Starter', role: 'business-unit', organisation: 'Business Unit', passphrase: PASSPHRASE });
    admin.lock();
    const desktop = new Desktop({ storeFolder: temp.folder });
    await desktop.invoke('session.unlock', { name: 'Fresh Starter', passphrase: PASSPHRASE });
    expect(await desktop.invoke('cases.list', {})).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_CHANGE_REQUIRED' } });
    expect(await desktop.invoke('audit.verify', {})).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_CHANGE_REQUIRED' } });
    const changed = await desktop.invoke('session.changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: 'my very own passphrase', confirmPassphrase: 'my very own passphrase' });
    expect(changed.ok).toBe(true);
    expect(await desktop.invoke('cases.list', {})).toMatchObject({ ok: true });
    desktop.lock();
  });

  it('answers an unknown call and a locked store with values, never exceptions', async () => {
    const desktop = new Desktop({ storeFolder: temp.folder });
    expect(await desktop.invoke('store.dropEverything', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await desktop.invoke('cases.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await desktop.invoke('session.unlock', { name: ADMIN, passphrase: 'wrong wrong wrong' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
  });

  describe('the preview server', () => {
    const call = (headers: Record<string, string>) => fetch(`${preview.origin}/api/app.status`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

    it('refuses calls without the token, with a wrong token, and from a foreign origin', async () => {
      expect((await call({})).status).toBe(401);
      expect((await call({ 'x-prm-token': 'f'.repeat(64) })).status).toBe(401);
      expect((await call({ 'x-prm-token': preview.token, origin: 'http://evil.example' })).status).toBe(403);
      const good = await call({ 'x-prm-token': preview.token, origin: preview.origin });
      expect(good.status).toBe(200);
      expect(await good.json()).toMatchObject({ ok: true, value: { state: 'locked' } });
    });

    it('listens on loopback only, and answers only to its own host name', async () => {
      expect(new URL(preview.origin).hostname).toBe('127.0.0.1');
      const nonLoopback = Object.values((await import('node:os')).networkInterfaces())
        .flat()
        .find((address) => address && address.family === 'IPv4' && !address.internal);
      if (nonLoopback) {
        const port = new URL(preview.origin).port;
        await expect(fetch(`http://${nonLoopback.address}:${port}/`)).rejects.toThrow();
      }
      const { request } = await import('node:http');
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: Number(new URL(preview.origin).port), path: '/', headers: { host: 'rebound.example:80' } }, (response) => resolve(response.statusCode ?? 0));
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(421);
    });

    it('serves the renderer with its security headers, and nothing outside its folder', async () => {
      const index = await fetch(`${preview.origin}/`);
      expect(index.status).toBe(200);
      expect(index.headers.get('content-security-policy')).toContain("default-src 'none'");
      for (const escape of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt']) {
        const response = await fetch(`${preview.origin}${escape}`);
        expect([403, 404], escape).toContain(response.status);
        expect(await response.text()).not.toContain('outside the renderer');
      }
    });
  });
});
