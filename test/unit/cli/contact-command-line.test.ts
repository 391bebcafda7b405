/**
 * `contact …` as IT would run it between two stores: one install named and its card exported,
 * the card imported on the other and trusted in one go when the fingerprint typed matches —
 * refused, with nothing added, when it does not — then listed and revoked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unlock } from '../../../main/security/unlock.ts';
import type { Db } from '../../../main/store/open-database.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';
import { runCli } from './run-cli.ts';

const LONG = 180_000;

describe('contact export, import, list and revoke', () => {
  let partnership: TempStore;
  let police: TempStore;
  let work: string;
  let fingerprint: string;
  const cli = (store: TempStore, args: string[]) =>
    runCli([...args, '--store', store.folder, '--user', ADMIN], { cwd: work, checkpointFolder: store.checkpointFolder, secrets: { PRM_PASSPHRASE: ADMIN_PASSPHRASE } });

  async function inStore<T>(store: TempStore, read: (db: Db) => T): Promise<T> {
    const session = await unlock(store.folder, ADMIN, ADMIN_PASSPHRASE);
    try {
      return read(session.store.db);
    } finally {
      session.lock();
    }
  }

  beforeAll(async () => {
    partnership = await makeTempStore();
    partnership.session.lock();
    police = await makeTempStore();
    police.session.lock();
    work = path.join(partnership.root, 'work');
    fs.mkdirSync(work);
  }, LONG);
  afterAll(() => {
    partnership?.cleanup();
    police?.cleanup();
  });

  it('names this install, keeping its fingerprint', async () => {
    const result = await cli(partnership, ['contact', 'identity', '--organisation', 'Salford Safeguarding Children Partnership', '--install-name', 'Business Unit desk 1']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.lines[0]).toMatch(/^This install is now Salford Safeguarding Children Partnership – Business Unit desk 1; its fingerprint is still ([A-Z2-7]{4} ){5}[A-Z2-7]{4}\.$/);
  }, LONG);

  it('exports the card and prints the fingerprint to read out', async () => {
    const result = await cli(partnership, ['contact', 'export', '--out', 'partnership-card.json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.lines[0]).toBe(`Wrote the contact card of Salford Safeguarding Children Partnership – Business Unit desk 1 to ${path.join(work, 'partnership-card.json')}.`);
    fingerprint = /^Fingerprint: (.+)$/.exec(result.lines[1]!)![1]!;
    const card = JSON.parse(fs.readFileSync(path.join(work, 'partnership-card.json'), 'utf8')) as Record<string, unknown>;
    expect(card).toMatchObject({ format: 'practice-review-manager/contact-card', version: 1, organisation: 'Salford Safeguarding Children Partnership', installName: 'Business Unit desk 1', fingerprint });
  }, LONG);

  it('refuses the card, adding nothing, when the fingerprint typed does not match, and audits the mismatch', async () => {
    const wrong = [...fingerprint.replaceAll(' ', '')].reverse().join('');
    const result = await cli(police, ['contact', 'import', '--file', 'partnership-card.json', '--fingerprint', wrong]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: The fingerprint you typed does not match the keys on Salford Safeguarding Children Partnership – Business Unit desk 1’s contact card, so it was not added\./);
    const facts = await inStore(police, (db) => ({
      contacts: (db.prepare('SELECT count(*) AS n FROM exchange_contacts').get() as { n: number }).n,
      mismatches: db.prepare("SELECT record_type AS recordType FROM audit_events WHERE action = 'exchange.contact-mismatch'").all(),
    }));
    expect(facts).toEqual({ contacts: 0, mismatches: [{ recordType: 'contact-card' }] });
  }, LONG);

  it('adds and trusts the card in one go when the fingerprint typed matches', async () => {
    const result = await cli(police, ['contact', 'import', '--file', 'partnership-card.json', '--fingerprint', fingerprint.toLowerCase()]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([`Added Salford Safeguarding Children Partnership – Business Unit desk 1 as contact 1 and trusted it: fingerprint ${fingerprint}.`]);
    const actions = await inStore(police, (db) => db.prepare("SELECT action FROM audit_events WHERE action LIKE 'exchange.contact-%' ORDER BY seq").all());
    expect(actions).toEqual([{ action: 'exchange.contact-mismatch' }, { action: 'exchange.contact-added' }, { action: 'exchange.contact-trusted' }]);
  }, LONG);

  it('says so, and changes nothing, when the card is imported again', async () => {
    const result = await cli(police, ['contact', 'import', '--file', 'partnership-card.json', '--fingerprint', fingerprint]);
    expect(result.code).toBe(0);
    expect(result.lines).toEqual(['Salford Safeguarding Children Partnership – Business Unit desk 1 is already a trusted contact (contact 1). Nothing was changed.']);
  }, LONG);

  it('lists this install and its contacts with their state', async () => {
    const result = await cli(police, ['contact', 'list']);
    expect(result.code).toBe(0);
    expect(result.lines[0]).toMatch(/^This install: Business Unit – This install, fingerprint ([A-Z2-7]{4} ){5}[A-Z2-7]{4}$/);
    expect(result.lines[1]).toMatch(/^ID\s+ORGANISATION\s+INSTALL\s+FINGERPRINT\s+STATE$/);
    expect(result.lines[2]!.split(/\s{2,}/)).toEqual(['1', 'Salford Safeguarding Children Partnership', 'Business Unit desk 1', fingerprint, 'Trusted']);
  }, LONG);

  it('revokes a contact, which then cannot be trusted again from its card', async () => {
    const result = await cli(police, ['contact', 'revoke', '--id', '1', '--reason', 'The desk was replaced']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.lines).toEqual(['Revoked Salford Safeguarding Children Partnership – Business Unit desk 1 (contact 1): bundles from it are refused from now on.']);
    const again = await cli(police, ['contact', 'import', '--file', 'partnership-card.json', '--fingerprint', fingerprint]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/was revoked on .* and cannot be trusted again/);
    const listed = await cli(police, ['contact', 'list']);
    expect(listed.lines[2]!.split(/\s{2,}/).at(-1)).toBe('Revoked');
  }, LONG);

  it('names a usage mistake and exits 2', async () => {
    const result = await cli(police, ['contact', 'revoke', '--id', 'first', '--reason', 'Typed wrongly']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: --id must be a contact\'s number as contact list shows it, not "first".\n');
  }, LONG);
});
