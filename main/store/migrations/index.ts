/**
 * Forward-only migrations, numbered, each in its own transaction with the schema version it
 * produces; a store from a newer version of the app is refused, never migrated down.
 */
import { AppError } from '../../../shared/errors.ts';
import type { Db } from '../open-database.ts';
import { foundation } from './001-foundation.ts';
import { partnersAndSettings } from './002-partners-and-settings.ts';
import { bankHolidays } from './003-bank-holidays.ts';
import { caseLifecycle } from './004-case-lifecycle.ts';
import { agencyEvidence } from './005-agency-evidence.ts';
import { securedFiles } from './006-secured-files.ts';
import { exchange } from './007-exchange.ts';
import { reports } from './008-reports.ts';
import { actionPlansAndLearning } from './009-action-plans-and-learning.ts';
import { operations } from './010-operations.ts';
import type { Migration } from './types.ts';

export const MIGRATIONS: readonly Migration[] = [foundation, partnersAndSettings, bankHolidays, caseLifecycle, agencyEvidence, securedFiles, exchange, reports, actionPlansAndLearning, operations];
export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertSchemaSupported(db: Db, file: string): void {
  const version = schemaVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new AppError('SCHEMA_TOO_NEW', `The store ${file} was written by a newer version of Practice Review Manager (schema ${version}; this version reads up to ${SCHEMA_VERSION}). Install the newer version. Nothing was changed.`);
  }
}

/** Runs the migrations after the store's current version, up to `target`. */
export function migrate(db: Db, target: number = SCHEMA_VERSION): void {
  assertSchemaSupported(db, db.name);
  for (const migration of MIGRATIONS) {
    if (migration.version <= schemaVersion(db) || migration.version > target) continue;
    migration.before?.(db);
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version=${migration.version}`);
    }).immediate();
  }
}
