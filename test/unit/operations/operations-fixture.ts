/**
 * A store with something in nearly every table, for backups and restores to carry: users, the
 * letterhead, synthetic cases with their learning and action plans, and one agency's secured set
 * holding a file's encrypted chunks. Then a way to read every table's rows, so a restored store
 * can be compared with the store it came from, row for row.
 */
import { createHash } from 'node:crypto';
import { saveLetterhead } from '../../../main/evidence/letterhead.ts';
import { addDemoActionPlans } from '../../../main/reviews/demo-action-plans.ts';
import { addDemoCases } from '../../../main/reviews/demo-cases.ts';
import { addDemoLearning } from '../../../main/reviews/demo-learning.ts';
import { createUser } from '../../../main/security/user-admin.ts';
import type { Db } from '../../../main/store/open-database.ts';
import { placeFile } from '../../../main/vault/intake.ts';
import { inPieces, makeVaultFixture, syntheticBytes, type VaultFixture } from '../vault/core-fixture.ts';

export const OFFICER = 'Priya Chaudhry';
export const OFFICER_PASSPHRASE = 'saffron harbour lantern';

/** The vault fixture's store (an administrator, a case, a secured set) with much more besides. */
export async function makeFullStore(): Promise<VaultFixture> {
  const fixture = await makeVaultFixture();
  const session = fixture.temp.session;
  await createUser(session.store, session.userId, { name: OFFICER, role: 'business-unit', organisation: 'Business Unit', passphrase: OFFICER_PASSPHRASE }, 'user.added');
  saveLetterhead(session, {
    partnershipName: 'Westbrook Safeguarding Children Partnership',
    addressLines: ['Business Unit, Town Hall', '2 Example Road', 'Westbrook', 'WB1 1AA'],
    contactEmail: 'reviews@example.com',
    signatoryName: 'Morgan Ellis',
    signatoryRole: 'Business Unit Manager',
    logo: null,
  });
  const cases = addDemoCases(session, 6);
  addDemoLearning(session, cases);
  addDemoActionPlans(session, cases);
  const bytes = syntheticBytes(300_000, 11);
  await placeFile(fixture.store, fixture.target, 'evidence/health-visits.pdf', bytes.length, inPieces(bytes));
  return fixture;
}

export interface TableRows {
  readonly count: number;
  /** SHA-256 over every row's values in order. */
  readonly hash: string;
}

export type RowFilter = (table: string, row: Record<string, unknown>) => boolean;

export function tableNames(db: Db): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((row) => row.name);
}

/** Every table's rows in rowid order, counted and hashed, leaving out those `keep` refuses. */
export function everyTable(db: Db, keep: RowFilter = () => true): Map<string, TableRows> {
  const tables = new Map<string, TableRows>();
  for (const table of tableNames(db)) {
    const hash = createHash('sha256');
    let count = 0;
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).iterate() as IterableIterator<Record<string, unknown>>) {
      if (!keep(table, row)) continue;
      count += 1;
      hash.update(JSON.stringify(Object.entries(row).map(([column, value]) => [column, Buffer.isBuffer(value) ? value.toString('hex') : typeof value === 'bigint' ? value.toString() : value])));
      hash.update('\n');
    }
    tables.set(table, { count, hash: hash.digest('hex') });
  }
  return tables;
}
