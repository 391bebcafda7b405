/** The store's identity and the key its audit hashes use; both survive a rekey. */
import { AppError } from '../../../shared/errors.ts';
import type { Db } from '../open-database.ts';

export interface StoreMeta {
  readonly storeId: string;
  readonly auditKey: string;
  readonly createdAt: string;
}

export function writeMeta(db: Db, meta: StoreMeta): void {
  const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  insert.run('store_id', meta.storeId);
  insert.run('audit_key', meta.auditKey);
  insert.run('created_at', meta.createdAt);
}

export function readMeta(db: Db): StoreMeta {
  const hasMeta = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).get();
  const rows = hasMeta ? (db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]) : [];
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  const storeId = value('store_id');
  const auditKey = value('audit_key');
  const createdAt = value('created_at');
  if (!storeId || !auditKey || !createdAt) {
    throw new AppError('NOT_A_STORE', `${db.name} opens but is not a Practice Review Manager store (its identity is missing).`);
  }
  return { storeId, auditKey, createdAt };
}
