/**
 * A real temporary store for the securing tests, driven through the one pipeline
 * (Desktop.invoke): each person signs in on their own Desktop over the same store folder, as
 * two desks of one install would. The store's creator (an administrator) arranges users and
 * roles; cases are opened by a Business Unit officer through the contract. Invented people only.
 */
import path from 'node:path';
import { expect } from 'vitest';
import type { ErrorValue } from '../../../shared/errors.ts';
import type { CallInput, CallName, CallOutput } from '../../../shared/ipc/contract.ts';
import type { RequestInput } from '../../../shared/evidence/requests.ts';
import type { Role } from '../../../shared/roles.ts';
import type { ConfirmationInput } from '../../../shared/vault/securing.ts';
import { Desktop } from '../../../main/api/desktop.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { assignRole } from '../../../main/security/role-assignments.ts';
import type { Session } from '../../../main/security/session.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';

export const POLICE = 'Greater Manchester Police';
export const HEALTH = 'NHS GM ICB Salford locality';
export const HOUSING = 'Housing';
export const OFFICER = 'Carys Officer';
const PASSPHRASE = 'meadow lantern quartz';

/** One person at their own desk: every call goes through Desktop.invoke. */
export class Desk {
  constructor(readonly desktop: Desktop) {}

  /** The call's answer; fails the test with main's message if it was refused. */
  async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
    const result = await this.desktop.invoke(name, input);
    if (!result.ok) throw new Error(`${name} was refused: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.problems ?? [])}`);
    return result.value as CallOutput<N>;
  }

  /** The refusal of a call expected to be refused. */
  async refusal<N extends CallName>(name: N, input: CallInput<N>): Promise<ErrorValue> {
    const result = await this.desktop.invoke(name, input);
    expect(result.ok, `${name} should have been refused`).toBe(false);
    return (result as { ok: false; error: ErrorValue }).error;
  }
}

export interface SecuringStore {
  readonly temp: TempStore;
  /** The store's creator, an administrator (no right to read cases); for arranging and reading the audit trail. */
  readonly admin: Session;
  readonly officer: Desk;
  /** Adds someone with one role (for `caseReference` and `agency` when the role is scoped) and signs them in at their own desk. */
  signIn(name: string, role: Role, scope?: { caseReference: string; agency?: string }): Promise<Desk>;
  cleanup(): void;
}

export async function makeSecuringStore(): Promise<SecuringStore> {
  const temp = await makeTempStore();
  const desktops: Desktop[] = [];
  const signIn = async (name: string, role: Role, scope?: { caseReference: string; agency?: string }) => {
    await addUser(temp.session, { name, role, organisation: scope?.agency ?? 'Business Unit', passphrase: PASSPHRASE });
    // Added by an administrator, they would first have to choose their own passphrase.
    setMustChangePassphrase(temp.session.store.db, findUserByName(temp.session.store.db, name)!.id, false);
    if (scope !== undefined) assignRole(temp.session, { targetUser: name, role, caseReference: scope.caseReference, agency: scope.agency });
    const desktop = new Desktop({ storeFolder: temp.folder, openCopiesFolder: path.join(temp.root, `open-copies-${desktops.length}`) });
    desktops.push(desktop);
    const desk = new Desk(desktop);
    await desk.call('session.unlock', { name, passphrase: PASSPHRASE });
    return desk;
  };
  const officer = await signIn(OFFICER, 'business-unit');
  return {
    temp,
    admin: temp.session,
    officer,
    signIn,
    cleanup() {
      for (const desktop of desktops) desktop.lock();
      temp.cleanup();
    },
  };
}

/** The administrator at a desk of their own, for the calls only they may make (the policy). */
export async function adminDesk(store: SecuringStore): Promise<Desk> {
  const desk = new Desk(new Desktop({ storeFolder: store.temp.folder, openCopiesFolder: path.join(store.temp.root, 'open-copies-admin') }));
  await desk.call('session.unlock', { name: ADMIN, passphrase: ADMIN_PASSPHRASE });
  return desk;
}

/**
 * A rapid review referred on Tuesday 4 November 2025 with its screening decided, so the case's
 * only open clocks are those its requests start.
 */
export async function screenedCase(officer: Desk): Promise<{ reference: string; id: number }> {
  const created = await officer.call('cases.create', { referral: demoReferral({ incidentDate: '2025-11-03', referralDate: '2025-11-04', agencies: [] }) });
  const reference = created.summary.reference;
  await officer.call('records.save', {
    reference,
    id: null,
    record: { type: 'screening', data: { decidedOn: '2025-11-06', decision: 'rapid-review', rationale: 'Serious harm; neglect suspected.', panel: [{ name: 'Ash Panelmember', organisation: POLICE }] } },
  });
  return { reference, id: created.summary.id };
}

export function request(agency: string, sentOn: string, secureFiles: boolean): RequestInput {
  return { agency, recipientName: 'Zoë Łukasiewicz', recipientRole: 'Named nurse for safeguarding', recipientEmail: 'zoe.l@example.com', sentOn, secureFiles, note: '' };
}

export function confirmation(confirmedOn: string, overrides: Partial<ConfirmationInput> = {}): ConfirmationInput {
  return { confirmedOn, representativeName: 'Oluwaseun Ní Bhriain', heldWhere: 'agency-system', heldDetails: 'A restricted folder in the force’s records system.', ...overrides };
}

export function count(session: Session, table: string, where = '1 = 1', ...params: unknown[]): number {
  return (session.store.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...params) as { n: number }).n;
}

/** The last audit event, with its details. */
export function lastEvent(session: Session): { action: string; actorId: string | null; recordType: string | null; recordId: string | null; details: Record<string, unknown> } {
  const row = session.store.db
    .prepare(
      `SELECT e.action, e.actor_id AS actorId, e.record_type AS recordType, e.record_id AS recordId, d.body
       FROM audit_events e LEFT JOIN audit_details d ON d.event_seq = e.seq ORDER BY e.seq DESC LIMIT 1`,
    )
    .get() as { action: string; actorId: string | null; recordType: string | null; recordId: string | null; body: string | null };
  return { action: row.action, actorId: row.actorId, recordType: row.recordType, recordId: row.recordId, details: row.body === null ? {} : (JSON.parse(row.body) as Record<string, unknown>) };
}

export function userId(session: Session, name: string): string {
  return findUserByName(session.store.db, name)!.id;
}
