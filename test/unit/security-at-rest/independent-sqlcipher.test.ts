/**
 * The store is a standard SQLCipher 4 database, not a private format of the library the app
 * uses: SQLCipher itself (@journeyapps/sqlcipher, Zetetic's community edition built against
 * OpenSSL, a separate implementation from SQLite3 Multiple Ciphers) opens it with the raw
 * master key and reads the same rows the app does. With the wrong key, or with no key at all,
 * neither library can read a byte of it.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import sqlcipher from '@journeyapps/sqlcipher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { createCase, listCases } from '../../../main/reviews/cases.ts';
import { addUser, listUsers } from '../../../main/security/user-admin.ts';
import type { ChainHead } from '../../../main/security/audit-chain.ts';
import { BUSINESS_UNIT } from '../../../shared/organisations.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';

type SqlCipherDb = InstanceType<typeof sqlcipher.Database>;

interface AppView {
  readonly users: string[];
  readonly cases: string[];
  readonly auditEvents: number;
  readonly head: ChainHead;
}

function openSqlCipher(file: string, mode: number = sqlcipher.OPEN_READONLY): Promise<SqlCipherDb> {
  return new Promise((resolve, reject) => {
    const db: SqlCipherDb = new sqlcipher.Database(file, mode, (error) => (error ? reject(error) : resolve(db)));
  });
}

function exec(db: SqlCipherDb, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve())));
}

function all<T>(db: SqlCipherDb, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => db.all(sql, (error, rows: T[]) => (error ? reject(error) : resolve(rows))));
}

function close(db: SqlCipherDb): Promise<void> {
  return new Promise((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
}

/** Reads, with SQLCipher alone, what the app showed: user names, case references and the chain head. */
async function readWithSqlCipher(file: string, keyHex: string): Promise<AppView> {
  const db = await openSqlCipher(file);
  try {
    // SQLCipher 4 defaults throughout: no cipher_compatibility, no page size, no KDF settings.
    await exec(db, `PRAGMA key = "x'${keyHex}'"`);
    const users = (await all<{ name: string }>(db, 'SELECT name FROM users ORDER BY name')).map((row) => row.name);
    const cases = (await all<{ reference: string }>(db, 'SELECT reference FROM cases ORDER BY reference')).map((row) => row.reference);
    const [count] = await all<{ n: number }>(db, 'SELECT count(*) AS n FROM audit_events');
    const [last] = await all<{ seq: number; hash: string }>(db, 'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
    return { users, cases, auditEvents: count!.n, head: { events: last!.seq, head: last!.hash } };
  } finally {
    await close(db);
  }
}

/** The error SQLCipher gives for its first read, after keying the connection with `keyPragma` (or not at all). */
async function firstReadError(file: string, keyPragma: string | null): Promise<{ code?: string; message: string } | null> {
  const db = await openSqlCipher(file);
  try {
    // The failure is the expected outcome here, so SQLCipher need not log it to stderr.
    await exec(db, 'PRAGMA cipher_log_level = NONE');
    if (keyPragma !== null) await exec(db, keyPragma);
    await all(db, 'SELECT count(*) FROM sqlite_master');
    return null;
  } catch (error) {
    return error as { code?: string; message: string };
  } finally {
    await close(db);
  }
}

const userNames = ['Synthetic Rowan Example', 'Synthetic Hazel Example'];

let store: TempStore;
let databaseFile: string;
let keyHex: string;
let appView: AppView;
/** The database file as the locked session left it, before any other library touched it. */
let lockedDatabase = Buffer.alloc(0);

beforeAll(async () => {
  store = await makeTempStore();
  const session = store.session;
  for (const name of userNames) {
    await addUser(session, { name, role: 'business-unit', organisation: BUSINESS_UNIT, passphrase: 'quiet harbour lantern meadow' });
  }
  createCase(session, demoReferral({ kindRequested: 'rapid-review', incidentDate: '2024-01-15', referralDate: '2024-02-01', agencies: ['Education'] }));
  createCase(session, demoReferral({ kindRequested: 'rapid-review', incidentDate: '2025-03-10', referralDate: '2025-03-10', agencies: [] }));
  databaseFile = session.store.paths.database;
  // A copy: locking the session wipes the store's own.
  keyHex = session.store.masterKey.toString('hex');
  const auditEvents = (session.store.db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
  appView = {
    users: listUsers(session).map((user) => user.name).sort(),
    cases: listCases(session).map((row) => row.reference).sort(),
    auditEvents,
    head: session.store.head(),
  };
}, 120_000);

afterAll(() => {
  store?.cleanup();
});

describe('an independent SQLCipher 4 implementation', () => {
  it('is SQLCipher itself, not the library the app uses', async () => {
    const db = await openSqlCipher(':memory:', sqlcipher.OPEN_READWRITE | sqlcipher.OPEN_CREATE);
    try {
      const [row] = await all<{ cipher_version: string }>(db, 'PRAGMA cipher_version');
      expect(row?.cipher_version).toMatch(/^4\.\d+\.\d+ community$/);
    } finally {
      await close(db);
    }
  });

  it('reads the same users, cases and audit chain head as the app while the app still has the store open', async () => {
    expect(appView.users).toEqual(expect.arrayContaining([...userNames, 'Test Administrator']));
    expect(appView.cases).toEqual(['PRM-2024-001', 'PRM-2025-001']);
    // The recent changes are still in the write-ahead log, so SQLCipher must read its frames too.
    expect(fs.statSync(`${databaseFile}-wal`).size).toBeGreaterThan(32);
    expect(await readWithSqlCipher(databaseFile, keyHex)).toEqual(appView);
  });

  it('reads the same rows once the session is locked and the log is folded into the file', async () => {
    store.session.lock();
    expect(fs.existsSync(`${databaseFile}-wal`)).toBe(false);
    lockedDatabase = fs.readFileSync(databaseFile);
    const view = await readWithSqlCipher(databaseFile, keyHex);
    // Locking records nothing in the chain; the file alone now holds everything the app showed.
    expect(view).toEqual(appView);
  });

  it('refuses a wrong raw key with "file is not a database"', async () => {
    let wrongKey = randomBytes(32).toString('hex');
    while (wrongKey === keyHex) wrongKey = randomBytes(32).toString('hex');
    const error = await firstReadError(databaseFile, `PRAGMA key = "x'${wrongKey}'"`);
    expect(error?.code).toBe('SQLITE_NOTADB');
    expect(error?.message).toContain('file is not a database');
  });

  it('cannot read the file without a key', async () => {
    const error = await firstReadError(databaseFile, null);
    expect(error?.code).toBe('SQLITE_NOTADB');
  });
});

describe('the file without its key', () => {
  it('does not begin with the plain SQLite header, which an unencrypted database always has', () => {
    const header = Buffer.alloc(16);
    const fd = fs.openSync(databaseFile, 'r');
    try {
      expect(fs.readSync(fd, header, 0, 16, 0)).toBe(16);
    } finally {
      fs.closeSync(fd);
    }
    expect(header.toString('latin1')).not.toBe('SQLite format 3\0');
  });

  it('cannot be read by plain SQLite: better-sqlite3-multiple-ciphers opened with no key refuses it', () => {
    const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
    try {
      expect(() => db.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(expect.objectContaining({ code: 'SQLITE_NOTADB' }));
    } finally {
      db.close();
    }
  });

  it('is left byte for byte as it was by every attempt to read it, keyed or not', () => {
    expect(lockedDatabase.length).toBeGreaterThan(0);
    expect(fs.readFileSync(databaseFile).equals(lockedDatabase)).toBe(true);
  });
});
