/**
 * A real temporary store for the access-log tests, driven through the one pipeline
 * (Desktop.invoke): each person signs in at their own Desktop over the same store folder, as
 * desks of one install would. The store's creator (an administrator) arranges users, roles and
 * cases through the services. Invented people only.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { ErrorValue } from '../../../shared/errors.ts';
import type { CallInput, CallName, CallOutput } from '../../../shared/ipc/contract.ts';
import type { Role } from '../../../shared/roles.ts';
import { Desktop } from '../../../main/api/desktop.ts';
import { ACCESS_LOG_HEADER_ROW, ACCESS_LOG_SHEET } from '../../../main/exports/xlsx/access-log-workbook.ts';
import { ACCESS_LOG_COLUMNS } from '../../../main/vault/access-log-rows.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { assignRole } from '../../../main/security/role-assignments.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';

export const POLICE = 'Greater Manchester Police';
export const HOUSING = 'Housing';
const PASSPHRASE = 'bracken harbour violet';

/** One person at their own desk: every call goes through Desktop.invoke. */
export class Desk {
  constructor(
    readonly desktop: Desktop,
    readonly name: string,
  ) {}

  get userId(): string {
    return this.desktop.requireSession().userId;
  }

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

export interface LogStore {
  readonly temp: TempStore;
  /** Opens a case (as the store's administrator) for these agencies; returns its reference. */
  openCase(agencies: readonly string[]): string;
  /** Adds someone with one role (scoped to a case, and an agency, when the role is) and signs them in at their own desk. */
  signIn(name: string, role: Role, scope?: { caseReference: string; agency?: string }): Promise<Desk>;
  cleanup(): void;
}

export async function makeLogStore(): Promise<LogStore> {
  const temp = await makeTempStore();
  const desktops: Desktop[] = [];
  let referrals = 0;
  return {
    temp,
    openCase(agencies) {
      referrals += 1;
      const day = String(referrals).padStart(2, '0');
      return createCase(temp.session, demoReferral({ incidentDate: `2026-10-${day}`, referralDate: `2026-10-${day}`, agencies: [...agencies] })).summary.reference;
    },
    async signIn(name, role, scope) {
      await addUser(temp.session, { name, role, organisation: scope?.agency ?? 'Business Unit', passphrase: PASSPHRASE });
      // Added by an administrator, they would first have to choose their own passphrase.
      setMustChangePassphrase(temp.session.store.db, findUserByName(temp.session.store.db, name)!.id, false);
      if (scope !== undefined) assignRole(temp.session, { targetUser: name, role, caseReference: scope.caseReference, agency: scope.agency });
      const desktop = new Desktop({ storeFolder: temp.folder, openCopiesFolder: path.join(temp.root, `open-copies-${desktops.length}`) });
      desktops.push(desktop);
      const desk = new Desk(desktop, name);
      await desk.call('session.unlock', { name, passphrase: PASSPHRASE });
      return desk;
    },
    cleanup() {
      for (const desktop of desktops) desktop.lock();
      temp.cleanup();
    },
  };
}

/** An exported workbook's rows below the header, each as its cells' values in column order. */
export async function workbookRows(contentBase64: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(ACCESS_LOG_SHEET)!;
  expect((sheet.getRow(ACCESS_LOG_HEADER_ROW).values as unknown[]).slice(1)).toEqual([...ACCESS_LOG_COLUMNS]);
  const rows: unknown[][] = [];
  sheet.eachRow((row, number) => {
    if (number > ACCESS_LOG_HEADER_ROW) rows.push(ACCESS_LOG_COLUMNS.map((_, index) => row.getCell(index + 1).value));
  });
  return rows;
}
