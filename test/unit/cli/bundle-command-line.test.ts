/**
 * bundle export and bundle import as IT would run them, between two real stores: the Business
 * Unit's information request goes out (the contact named by its fingerprint as read aloud, the
 * request by its agency), the agency's install takes it in as a task, the agency's return comes
 * back the same way and the request shows as received; the same return imported again is
 * refused, exits non-zero, and writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupFingerprint } from '../../../shared/exchange/contacts.ts';
import { saveRequest } from '../../../main/evidence/requests.ts';
import { readIdentity } from '../../../main/exchange/identity.ts';
import { chainHead } from '../../../main/security/audit-chain.ts';
import type { Session } from '../../../main/security/session.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import { newCase, POLICE, request, summaryWorkbook } from '../evidence/evidence-fixture.ts';
import { makeInstall, trustEachOther, type Install } from '../exchange/installs.ts';
import { ADMIN, ADMIN_PASSPHRASE } from '../helpers/temp-store.ts';
import { runCli, type CliResult } from './run-cli.ts';

const LONG = 180_000;
const OFFICER = 'Ffion Officer';
const OFFICER_PASSPHRASE = 'lantern pebble orchard';
/** The agency's summary as typed into the template's sheet: invented people and events only. */
const SUMMARY_ANSWERS = {
  authorName: 'Łukasz Wiśniewski',
  authorRole: 'Detective Sergeant',
  completedOn: new Date(Date.UTC(2025, 10, 10)),
  involvementFrom: '03/02/2024',
  involvementTo: '1 Nov 2025',
  involvement: 'Invented involvement: two attendances at the family home.',
  livedExperience: 'The child said she hid in her room when the shouting started.',
  analysis: 'Officers did not ask to see the children on the first visit.',
  goodPractice: 'A prompt referral after the second attendance.',
  learning: 'See every child at every domestic abuse call.',
  immediateActions: 'Briefing given to response officers.',
  otherAgencies: 'Children’s Services, Education',
};

describe('bundle export and bundle import', () => {
  let bu: Install;
  let police: Install;
  let work: string;
  let reference: string;
  let requestId: number;
  let policeFingerprint: string;

  const cli = (install: Install, user: string, passphrase: string, args: string[]): Promise<CliResult> =>
    runCli([...args, '--store', install.temp.folder, '--user', user], { cwd: work, checkpointFolder: install.temp.checkpointFolder, secrets: { PRM_PASSPHRASE: passphrase } });
  const asOfficer = (args: string[]) => cli(bu, OFFICER, OFFICER_PASSPHRASE, args);
  const asPoliceAdmin = (args: string[]) => cli(police, ADMIN, ADMIN_PASSPHRASE, args);

  async function inStore<T>(install: Install, user: string, passphrase: string, look: (session: Session) => T): Promise<T> {
    const session = await unlock(install.temp.folder, user, passphrase);
    try {
      return look(session);
    } finally {
      session.lock();
    }
  }

  beforeAll(async () => {
    bu = await makeInstall('Northam Safeguarding Children Partnership', 'Business Unit desk 1');
    police = await makeInstall(POLICE, 'Public protection unit');
    trustEachOther(bu, police);
    policeFingerprint = groupFingerprint(readIdentity(police.session.store.db).fingerprint);
    await addUser(bu.session, { name: OFFICER, role: 'business-unit', organisation: 'Business Unit', passphrase: OFFICER_PASSPHRASE });
    setMustChangePassphrase(bu.session.store.db, findUserByName(bu.session.store.db, OFFICER)!.id, false);
    const officer = await unlock(bu.temp.folder, OFFICER, OFFICER_PASSPHRASE);
    try {
      const opened = newCase(officer, { agencies: [POLICE] });
      reference = opened.reference;
      const view = saveRequest(officer, reference, null, request(POLICE, '2025-11-05'));
      requestId = view.requests.find((row) => row.agency === POLICE)!.id;
    } finally {
      officer.lock();
    }
    bu.session.lock();
    police.session.lock();
    work = path.join(bu.temp.root, 'work');
    fs.mkdirSync(work);
    fs.writeFileSync(
      path.join(work, 'return.xlsx'),
      await summaryWorkbook(SUMMARY_ANSWERS, { agency: POLICE, events: [{ date: '2025-10-01', event: 'Invented event: a home visit; the child was not seen.' }, { date: '2025-10-20', event: 'Invented event: a strategy discussion.' }] }),
    );
  }, LONG);

  afterAll(() => {
    bu?.temp.cleanup();
    police?.temp.cleanup();
  });

  it('sends the request to the contact named by its fingerprint, and the agency takes it in as a task', async () => {
    const exported = await asOfficer(['bundle', 'export', '--case', reference, '--kind', 'request', '--agency', POLICE, '--to', policeFingerprint.toLowerCase(), '--out', 'request.prmbundle']);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.lines[0]).toMatch(new RegExp(`^Wrote the information request bundle to ${path.join(work, 'request.prmbundle').replace(/[.\\]/g, '\\$&')} \\(\\d+ bytes, SHA-256 [0-9a-f]{64}\\)\\.$`));
    expect(exported.lines.at(-1)).toBe('It is sealed to the contact and signed by this install: send it by your organisation’s secure transfer.');

    const imported = await asPoliceAdmin(['bundle', 'import', '--file', 'request.prmbundle']);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.lines[0]).toMatch(/^Information request from Northam Safeguarding Children Partnership \(Business Unit desk 1\), made by Ffion Officer on \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
    expect(imported.lines).toContain(`Their case reference: ${reference}. Case here: none yet.`);
    expect(imported.lines).toContain('What importing it does:');
    expect(imported.lines).toContain(`It will be given to ${ADMIN}.`);
    expect(imported.lines).toContain('Imported. What was done:');
    expect(imported.lines.some((line) => line.startsWith(`  Opened a task for ${ADMIN}: information request from Northam Safeguarding Children Partnership for case ${reference}`))).toBe(true);
    expect(imported.lines.at(-1)).toBe('It is task 1 on this install: answer it with bundle export --task 1.');
  }, LONG);

  it('sends the agency’s return back, and the Business Unit’s request is received', async () => {
    const exported = await asPoliceAdmin([
      'bundle', 'export', '--kind', 'return', '--task', '1', '--workbook', 'return.xlsx',
      '--secured-on', '2025-11-07', '--representative', 'DS Example Person', '--held-where', 'agency-system', '--out', 'return.prmbundle',
    ]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.lines[0]).toMatch(/^Wrote the agency return bundle to .*return\.prmbundle \(\d+ bytes, SHA-256 [0-9a-f]{64}\)\.$/);

    const imported = await asOfficer(['bundle', 'import', '--file', 'return.prmbundle']);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.lines[0]).toMatch(/^Agency return from Greater Manchester Police \(Public protection unit\), made by Test Administrator on /);
    expect(imported.lines).toContain(`Their case reference: none given. Case here: ${reference}.`);
    expect(imported.lines).toContain('Imported. What was done:');

    const received = await inStore(bu, OFFICER, OFFICER_PASSPHRASE, (session) =>
      session.store.db.prepare('SELECT received_on AS receivedOn FROM information_requests WHERE id = ?').get(requestId) as { receivedOn: string | null },
    );
    expect(received.receivedOn).not.toBeNull();
  }, LONG);

  it('refuses the same return imported twice, exiting non-zero and writing nothing', async () => {
    const footprint = (session: Session) => ({
      events: chainHead(session.store.db).events,
      bundles: (session.store.db.prepare('SELECT count(*) AS n FROM exchange_bundles').get() as { n: number }).n,
      summaries: (session.store.db.prepare('SELECT count(*) AS n FROM agency_summaries').get() as { n: number }).n,
    });
    const before = await inStore(bu, OFFICER, OFFICER_PASSPHRASE, footprint);
    const again = await asOfficer(['bundle', 'import', '--file', 'return.prmbundle']);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/^error: This bundle was already imported on \d{1,2} [A-Z][a-z]+ \d{4} by Ffion Officer\. A bundle is imported only once\. Nothing was imported\.\n$/);
    const { after, since } = await inStore(bu, OFFICER, OFFICER_PASSPHRASE, (session) => ({
      after: footprint(session),
      since: (session.store.db.prepare('SELECT action FROM audit_events WHERE seq > ? ORDER BY seq').all(before.events) as { action: string }[]).map((row) => row.action),
    }));
    expect(after.bundles).toBe(before.bundles);
    expect(after.summaries).toBe(before.summaries);
    // Signing in is audited: the refused command's and this look's, and nothing else.
    expect(since).toEqual(['session.unlocked', 'session.unlocked']);
  }, LONG);

  it('refuses agency actions without their agency as a usage mistake, with nothing written', async () => {
    const result = await asOfficer(['bundle', 'export', '--case', reference, '--kind', 'actions', '--to', 'Public protection unit', '--out', 'actions.prmbundle']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--agency/);
    expect(fs.existsSync(path.join(work, 'actions.prmbundle'))).toBe(false);
  }, LONG);
});
