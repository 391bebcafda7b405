import { AppError } from '../../../shared/errors.ts';
import type { Db } from '../open-database.ts';

export interface User {
  readonly id: string;
  readonly name: string;
  readonly organisationId: number;
  readonly organisation: string;
  readonly publicKey: string;
  readonly status: 'active' | 'disabled';
  readonly mustChangePassphrase: boolean;
  readonly createdAt: string;
  readonly disabledAt: string | null;
}

const SELECT_USER = `
  SELECT u.id, u.name, u.organisation_id AS organisationId, o.name AS organisation, u.public_key AS publicKey,
         u.status, u.must_change_passphrase AS mustChangePassphrase, u.created_at AS createdAt, u.disabled_at AS disabledAt
  FROM users u JOIN organisations o ON o.id = u.organisation_id`;

function fromRow(row: Omit<User, 'mustChangePassphrase'> & { mustChangePassphrase: number }): User {
  return { ...row, mustChangePassphrase: row.mustChangePassphrase === 1 };
}

export function listUsers(db: Db): User[] {
  return (db.prepare(`${SELECT_USER} ORDER BY u.name`).all() as Parameters<typeof fromRow>[0][]).map(fromRow);
}

export function findUserByName(db: Db, name: string): User | undefined {
  const row = db.prepare(`${SELECT_USER} WHERE u.name = ? COLLATE NOCASE`).get(name.trim()) as Parameters<typeof fromRow>[0] | undefined;
  return row && fromRow(row);
}

export function findUserById(db: Db, id: string): User | undefined {
  const row = db.prepare(`${SELECT_USER} WHERE u.id = ?`).get(id) as Parameters<typeof fromRow>[0] | undefined;
  return row && fromRow(row);
}

export function userByName(db: Db, name: string): User {
  const user = findUserByName(db, name);
  if (user === undefined) throw new AppError('NOT_FOUND', `There is no user called "${name}". Check the name with list-users.`);
  return user;
}

export function insertUser(db: Db, user: { id: string; name: string; organisationId: number; publicKey: string; mustChangePassphrase: boolean; createdAt: string }): void {
  if (findUserByName(db, user.name)) throw new AppError('CONFLICT', `There is already a user called "${user.name}". Choose another name.`);
  db.prepare(
    `INSERT INTO users (id, name, organisation_id, public_key, status, must_change_passphrase, created_at)
     VALUES (?, ?, ?, ?, 'active', ?, ?)`,
  ).run(user.id, user.name, user.organisationId, user.publicKey, user.mustChangePassphrase ? 1 : 0, user.createdAt);
}

export function setUserStatus(db: Db, id: string, status: 'active' | 'disabled', at: string): void {
  db.prepare('UPDATE users SET status = ?, disabled_at = ? WHERE id = ?').run(status, status === 'disabled' ? at : null, id);
}

export function setMustChangePassphrase(db: Db, id: string, value: boolean): void {
  db.prepare('UPDATE users SET must_change_passphrase = ? WHERE id = ?').run(value ? 1 : 0, id);
}

export function setUserPublicKey(db: Db, id: string, publicKey: string): void {
  db.prepare('UPDATE users SET public_key = ? WHERE id = ?').run(publicKey, id);
}
