/**
 * Pieces the case-handover, signed-decision and draft-round tests share: people signed in on an
 * install by role, a case with history (the migration fixture's case file, imported), the bundle
 * files' paths, and counts that prove a refusal wrote nothing. Invented people only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import type { ImportOptions } from '../../../shared/exchange/exchange-view.ts';
import type { CaseFileInput } from '../../../shared/reviews/case-file.ts';
import type { Role } from '../../../shared/roles.ts';
import { importCase } from '../../../main/reviews/case-file-io.ts';
import type { Session } from '../../../main/security/session.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { findContact, type StoredContact } from '../../../main/store/repositories/exchange-contacts.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import { REPO_ROOT } from '../cli/run-cli.ts';
import type { Install } from './installs.ts';

const PASSPHRASE = 'juniper anchor meadow';

export const IMPORT: ImportOptions = { assignTo: null, acceptProblems: false };

/** Adds a user to an install and signs them in, as they would after choosing their own passphrase. */
export async function signIn(install: Install, name: string, role: Role, organisation: string): Promise<Session> {
  await addUser(install.session, { name, role, organisation, passphrase: PASSPHRASE });
  setMustChangePassphrase(install.session.store.db, findUserByName(install.session.store.db, name)!.id, false);
  return unlock(install.temp.folder, name, PASSPHRASE);
}

export function contactIn(holder: Install, id: number): StoredContact {
  return findContact(holder.session.store.db, id)!;
}

export function bundlePath(install: Install, name: string): string {
  return path.join(install.temp.root, `${name}.prmbundle`);
}

/** The migration fixture: an LCSPR with its referral, screening, meeting, endorsement, people, clocks and six stages. */
export function caseFileFixture(): CaseFileInput & { case: { agencies: string[] } } {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/case-files/rapid-review-became-lcspr.json'), 'utf8')) as CaseFileInput & { case: { agencies: string[] } };
}

/** Imports a case file with the install's administrator; returns the case's reference. */
export function importFixtureCase(install: Install, file: unknown = caseFileFixture()): string {
  return importCase(install.session, file).reference;
}

export function caseIdOf(session: Session, reference: string): number {
  return (session.store.db.prepare('SELECT id FROM cases WHERE reference = ?').get(reference) as { id: number }).id;
}

/** What a refused import must leave exactly as it was. */
export function footprint(session: Session): Record<string, number> {
  const count = (table: string) => (session.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return Object.fromEntries(
    ['audit_events', 'cases', 'case_records', 'case_documents', 'case_document_chunks', 'case_record_versions', 'signed_records', 'exchange_bundles', 'exchange_tasks', 'exchange_task_files', 'organisations'].map((table) => [
      table,
      count(table),
    ]),
  );
}

export function auditActions(session: Session, action: string): Array<{ recordId: string; details: Record<string, unknown> }> {
  const rows = session.store.db
    .prepare('SELECT e.record_id AS recordId, d.body FROM audit_events e LEFT JOIN audit_details d ON d.event_seq = e.seq WHERE e.action = ? ORDER BY e.seq')
    .all(action) as { recordId: string; body: string | null }[];
  return rows.map((row) => ({ recordId: row.recordId, details: row.body === null ? {} : (JSON.parse(row.body) as Record<string, unknown>) }));
}

/** The AppError an async call rejects with. */
export async function refusalOf(call: () => Promise<unknown>): Promise<AppError> {
  try {
    await call();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('Expected the call to be refused');
}
