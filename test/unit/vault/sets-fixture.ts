/**
 * What the secured sets' tests stand on: a real store with two cases, the people the access
 * rules are about (representatives of two agencies and of another case, the Business Unit, an
 * administrator, a lead reviewer, each with their own key pair), and a Desktop through which
 * every call goes — the contract's pipeline, as the app's transports use it. Bytes move the way
 * the transports move them: by redeeming a ticket and calling the job's place or read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { Desktop } from '../../../main/api/desktop.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { assignRole } from '../../../main/security/role-assignments.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { openDatabase, type Db } from '../../../main/store/open-database.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import type { TicketJob } from '../../../main/vault/transfer-desk.ts';
import type { ErrorValue, Result } from '../../../shared/errors.ts';
import type { OpenResult, SecuredSetView, VaultView } from '../../../shared/vault/secured-files.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';

export const POLICE = 'Greater Manchester Police';
export const HOUSING = 'Housing';
export const PASSPHRASE = 'heather quarry bicycle';

/** Invented people; none is real. */
export const PEOPLE = {
  admin: ADMIN,
  businessUnit: 'Morwenna Tregarthen',
  leadReviewer: 'Idris Pennant',
  policeRep: 'Alisha Okonkwo-Reid',
  policeDeputy: 'Fergus Halloran',
  policeThird: 'Bethan Lloyd-Carys',
  housingRep: 'Tomasz Wierzbicki',
  housingDeputy: 'Grace Adeyemi-Shaw',
  otherCaseRep: 'Niamh Cathcart',
} as const;

export interface SetsFixture {
  readonly temp: TempStore;
  readonly desktop: Desktop;
  /** The case both agencies' sets belong to, and a second case for "another case". */
  readonly reference: string;
  readonly otherReference: string;
  cleanup(): void;
}

export async function makeSetsFixture(): Promise<SetsFixture> {
  const temp = await makeTempStore();
  const admin = temp.session;
  const reference = createCase(admin, demoReferral({ incidentDate: '2026-09-01', referralDate: '2026-09-02', agencies: [POLICE, HOUSING] })).summary.reference;
  const otherReference = createCase(admin, demoReferral({ incidentDate: '2026-09-10', referralDate: '2026-09-11', agencies: [POLICE] })).summary.reference;
  const add = async (name: string, role: 'business-unit' | 'lead-reviewer' | 'nominated-representative', organisation: string): Promise<void> => {
    await addUser(admin, { name, role, organisation, passphrase: PASSPHRASE });
    // Added by an administrator, they would first have to choose their own passphrase.
    setMustChangePassphrase(admin.store.db, findUserByName(admin.store.db, name)!.id, false);
  };
  await add(PEOPLE.businessUnit, 'business-unit', 'Business Unit');
  await add(PEOPLE.leadReviewer, 'lead-reviewer', 'Business Unit');
  assignRole(admin, { targetUser: PEOPLE.leadReviewer, role: 'lead-reviewer', caseReference: reference });
  for (const name of [PEOPLE.policeRep, PEOPLE.policeDeputy, PEOPLE.policeThird, PEOPLE.otherCaseRep]) await add(name, 'nominated-representative', POLICE);
  for (const name of [PEOPLE.housingRep, PEOPLE.housingDeputy]) await add(name, 'nominated-representative', HOUSING);
  admin.lock();
  const desktop = new Desktop({ storeFolder: temp.folder, openCopiesFolder: path.join(temp.root, 'open-copies') });
  return {
    temp,
    desktop,
    reference,
    otherReference,
    cleanup() {
      desktop.lock();
      temp.cleanup();
    },
  };
}

/** Signs the person in on the fixture's desktop (whoever was signed in is locked out first). */
export async function signIn(fixture: SetsFixture, name: string): Promise<string> {
  const passphrase = name === ADMIN ? ADMIN_PASSPHRASE : PASSPHRASE;
  const result = await fixture.desktop.invoke('session.unlock', { name, passphrase });
  expect(result, `${name} signs in`).toMatchObject({ ok: true });
  return fixture.desktop.requireSession().userId;
}

/** A call that must succeed; its value. */
export async function call<T>(fixture: SetsFixture, name: string, input: unknown): Promise<T> {
  const result = await fixture.desktop.invoke(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** A call that must fail; its error. */
export async function refused(fixture: SetsFixture, name: string, input: unknown): Promise<ErrorValue> {
  const result: Result<unknown> = await fixture.desktop.invoke(name, input);
  if (result.ok) throw new Error(`${name} was expected to fail but answered ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

export function setOf(view: VaultView, agency: string): SecuredSetView {
  const set = view.sets.find((candidate) => candidate.agency === agency);
  if (set === undefined) throw new Error(`The view has no set for ${agency}: ${view.sets.map((candidate) => candidate.agency).join(', ')}`);
  return set;
}

function redeem(fixture: SetsFixture, ticket: string): TicketJob {
  return fixture.desktop.transfers.redeem(ticket, fixture.desktop.requireSession().userId);
}

/** Pieces of awkward sizes, as a network or a disk might hand them over. */
async function* piecesOf(bytes: Buffer): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += 70_001) yield bytes.subarray(offset, offset + 70_001);
}

/** Adds files through the pipeline: vault.beginIntake, then each ticket redeemed and placed. Returns the file ids. */
export async function addFiles(fixture: SetsFixture, reference: string, agency: string, files: readonly { path: string; bytes: Buffer }[], note = ''): Promise<number[]> {
  const { tickets } = await call<{ tickets: { ticket: string; path: string; size: number }[] }>(fixture, 'vault.beginIntake', {
    reference,
    agency,
    note,
    files: files.map((file) => ({ path: file.path, size: file.bytes.length })),
  });
  const ids: number[] = [];
  for (const grant of tickets) {
    const file = files.find((candidate) => candidate.path === grant.path)!;
    const job = redeem(fixture, grant.ticket);
    if (job.kind !== 'intake') throw new Error(`An intake ticket gave a ${job.kind} job.`);
    ids.push((await job.place(piecesOf(file.bytes), {})).fileId);
  }
  return ids;
}

async function collect(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of source) parts.push(Buffer.from(part));
  return Buffer.concat(parts);
}

/** Saves a working copy through the pipeline: vault.open in copy mode, then the ticket redeemed and read. */
export async function copyOf(fixture: SetsFixture, reference: string, agency: string, fileId: number, purpose = 'Preparing the agency’s chronology for the review'): Promise<{ result: OpenResult; bytes: Buffer }> {
  const result = await call<OpenResult>(fixture, 'vault.open', { reference, agency, fileId, purpose, mode: 'copy' });
  if (result.mode !== 'copy') throw new Error('A copy came back as an open.');
  const job = redeem(fixture, result.ticket);
  if (job.kind !== 'copy') throw new Error(`A copy ticket gave a ${job.kind} job.`);
  return { result, bytes: await collect(job.read({})) };
}

/** Redeems a release ticket, reads every file and finishes it as a transport would. */
export async function releaseAll(fixture: SetsFixture, ticket: string): Promise<Map<string, Buffer>> {
  const job = redeem(fixture, ticket);
  if (job.kind !== 'release') throw new Error(`A release ticket gave a ${job.kind} job.`);
  const written = new Map<string, Buffer>();
  for (const [index, file] of job.files.entries()) written.set(file.path, await collect(job.read(index, {})));
  job.finish({ filesWritten: written.size, complete: true });
  return written;
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Invented file contents, each with a marker no chunk may show in the clear. */
export function fileBytes(label: string, size: number): Buffer {
  const marker = Buffer.from(`INVENTED-RECORD ${label} `);
  const bytes = Buffer.alloc(size);
  for (let offset = 0; offset < size; offset += marker.length) marker.copy(bytes, offset);
  for (let offset = 7; offset < size; offset += 997) bytes[offset] = offset % 251;
  return bytes;
}

/** A second connection, as an auditor (or an attacker holding the store's master key) would open it. */
export function rawConnection(fixture: SetsFixture, masterKey: Buffer, readonly = true): Db {
  return openDatabase(path.join(fixture.temp.folder, 'store.prm'), masterKey, { readonly });
}

/** The audit events of an action, through the signed-in session's own connection. */
export function events(fixture: SetsFixture, action: string): { seq: number; actorId: string | null; recordType: string | null; recordId: string | null; details: Record<string, unknown> | null }[] {
  const db = fixture.desktop.requireSession().store.db;
  const rows = db
    .prepare(
      `SELECT e.seq, e.actor_id AS actorId, e.record_type AS recordType, e.record_id AS recordId, d.body
       FROM audit_events e LEFT JOIN audit_details d ON d.event_seq = e.seq WHERE e.action = ? ORDER BY e.seq`,
    )
    .all(action) as { seq: number; actorId: string | null; recordType: string | null; recordId: string | null; body: string | null }[];
  return rows.map(({ body, ...row }) => ({ ...row, details: body === null ? null : (JSON.parse(body) as Record<string, unknown>) }));
}

export function openCopiesFiles(fixture: SetsFixture): string[] {
  return fixture.desktop.openCopies.list().filter((file) => fs.statSync(file).isFile());
}
