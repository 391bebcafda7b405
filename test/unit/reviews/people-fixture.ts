/**
 * A real temporary store with a Business Unit officer signed in (the administrator alone may
 * not read cases), and cases made in it. Invented names only.
 */
import type { CaseKind, CaseStage } from '../../../shared/case-kinds.ts';
import type { PersonInput } from '../../../shared/reviews/people.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { unlock } from '../../../main/security/unlock.ts';
import type { Session } from '../../../main/security/session.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';

export const OFFICER = 'Nell Officer';
export const OFFICER_PASSPHRASE = 'tidal fennel comet';

export interface CaseStore {
  readonly temp: TempStore;
  readonly officer: Session;
  /** Signs in someone else with one role, for refusals; locked again by cleanup. */
  signIn(name: string, role: 'business-unit' | 'scrutineer' | 'screening-panel'): Promise<Session>;
  cleanup(): void;
}

export async function makeCaseStore(): Promise<CaseStore> {
  const temp = await makeTempStore();
  const others: Session[] = [];
  const signIn = async (name: string, role: 'business-unit' | 'scrutineer' | 'screening-panel') => {
    await addUser(temp.session, { name, role, organisation: 'Business Unit', passphrase: OFFICER_PASSPHRASE });
    const session = await unlock(temp.folder, name, OFFICER_PASSPHRASE);
    others.push(session);
    return session;
  };
  const officer = await signIn(OFFICER, 'business-unit');
  return {
    temp,
    officer,
    signIn,
    cleanup() {
      for (const session of others) if (!session.locked) session.lock();
      temp.cleanup();
    },
  };
}

export interface CaseRow {
  readonly id: number;
  readonly reference: string;
}

let made = 0;

/** A case straight into the store, as a migrated or older case would be: no referral record needed. */
export function addCase(session: Session, options: { referralDate: string; incidentDate?: string; kind?: CaseKind; stage?: CaseStage; closedOn?: string | null; agencies?: string[] }): CaseRow {
  made += 1;
  const reference = `PRM-${options.referralDate.slice(0, 4)}-${String(900 + made).padStart(3, '0')}`;
  const stage = options.stage ?? (options.closedOn ? 'closed' : 'referral');
  return session.store.change((db, audit) => {
    const id = Number(
      db
        .prepare('INSERT INTO cases (reference, kind, stage, incident_date, referral_date, created_at, closed_on, stage_entered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(reference, options.kind ?? 'rapid-review', stage, options.incidentDate ?? options.referralDate, options.referralDate, new Date().toISOString(), options.closedOn ?? null, options.referralDate)
        .lastInsertRowid,
    );
    db.prepare('INSERT INTO case_stage_history (case_id, kind, stage, entered_on, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, NULL)').run(id, options.kind ?? 'rapid-review', stage, options.referralDate, new Date().toISOString());
    for (const agency of options.agencies ?? []) {
      db.prepare('INSERT INTO case_agencies (case_id, organisation_id) SELECT ?, id FROM organisations WHERE name = ?').run(id, agency);
    }
    audit({ actorId: session.userId, action: 'case.created', recordType: 'case', recordId: id });
    return { id, reference };
  });
}

/** A child with nothing but a name and a date of birth. */
export function child(givenNames: string, familyName: string, extra: Partial<PersonInput> = {}): PersonInput {
  return { role: 'child', givenNames, familyName, datesOfBirth: ['2019-04-11'], ...extra };
}

export function auditActions(session: Session, action: string): { record_id: string | null; body: string | null }[] {
  return session.store.db
    .prepare('SELECT e.record_id, d.body FROM audit_events e LEFT JOIN audit_details d ON d.event_seq = e.seq WHERE e.action = ? ORDER BY e.seq')
    .all(action) as { record_id: string | null; body: string | null }[];
}
