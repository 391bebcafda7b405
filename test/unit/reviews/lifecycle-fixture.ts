/**
 * A real temporary store with a Business Unit officer signed in, and the pieces the lifecycle
 * tests build cases from. Invented names and organisations' real names only.
 */
import { expect } from 'vitest';
import type { CaseStage } from '../../../shared/case-kinds.ts';
import { AppError } from '../../../shared/errors.ts';
import type { CaseView } from '../../../shared/ipc/case-calls.ts';
import type { RecordInput } from '../../../shared/reviews/records.ts';
import { moveCase } from '../../../main/reviews/moves.ts';
import type { Session } from '../../../main/security/session.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';

export const LA = "Salford City Council Children's Services";
export const POLICE = 'Greater Manchester Police';
export const HEALTH = 'NHS GM ICB Salford locality';
const PASSPHRASE = 'heron quartz meadow';

export interface LifecycleStore {
  readonly temp: TempStore;
  readonly officer: Session;
  signIn(name: string, role: 'business-unit' | 'screening-panel' | 'lead-reviewer'): Promise<Session>;
  cleanup(): void;
}

export async function makeLifecycleStore(): Promise<LifecycleStore> {
  const temp = await makeTempStore();
  const sessions: Session[] = [];
  const signIn = async (name: string, role: 'business-unit' | 'screening-panel' | 'lead-reviewer') => {
    await addUser(temp.session, { name, role, organisation: 'Business Unit', passphrase: PASSPHRASE });
    const session = await unlock(temp.folder, name, PASSPHRASE);
    sessions.push(session);
    return session;
  };
  const officer = await signIn('Wren Officer', 'business-unit');
  return {
    temp,
    officer,
    signIn,
    cleanup() {
      for (const session of sessions) if (!session.locked) session.lock();
      temp.cleanup();
    },
  };
}

/** A child straight into case_people: the people service is tested on its own. */
export function addChild(session: Session, caseId: number, givenNames = 'Poppy', familyName = 'Examplesby'): void {
  session.store.change((db, audit) => {
    db.prepare(`INSERT INTO case_people (case_id, role, given_names, family_name, publish_as, details, created_at) VALUES (?, 'child', ?, ?, 'Child A', '{}', ?)`).run(caseId, givenNames, familyName, new Date().toISOString());
    audit({ actorId: session.userId, action: 'test.child-added', recordType: 'case', recordId: caseId });
  });
}

export function meeting(overrides: Partial<RecordInput<'meeting'>> = {}): RecordInput<'meeting'> {
  return {
    meetingKind: 'rapid-review',
    heldOn: '2026-09-15',
    startsAt: '10:00',
    chair: { name: 'Morgan Chairperson', organisation: LA },
    attendees: [],
    papersSharedOn: '2026-09-14',
    papersSharedAt: '09:00',
    ...overrides,
  };
}

export const QUORATE = [
  { name: 'Dana Constable', organisation: POLICE },
  { name: 'Jo Nurse', organisation: HEALTH },
];

export function auditCount(session: Session): number {
  return (session.store.db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
}

function historyCount(session: Session, caseId: number): number {
  return (session.store.db.prepare('SELECT count(*) AS n FROM case_stage_history WHERE case_id = ?').get(caseId) as { n: number }).n;
}

function stageOf(session: Session, caseId: number): { kind: string; stage: string } {
  return session.store.db.prepare('SELECT kind, stage FROM cases WHERE id = ?').get(caseId) as { kind: string; stage: string };
}

/** Asks for a move that must be refused: the refusal names what is missing, and nothing is written. */
export function expectRefusedMove(session: Session, view: CaseView, to: CaseStage, ...missing: RegExp[]): AppError {
  const before = { audit: auditCount(session), history: historyCount(session, view.summary.id), stage: stageOf(session, view.summary.id) };
  let refusal: unknown;
  try {
    moveCase(session, view.summary.reference, to);
  } catch (error) {
    refusal = error;
  }
  expect(refusal).toBeInstanceOf(AppError);
  const error = refusal as AppError;
  expect(error.code).toBe('GUARD_UNMET');
  for (const pattern of missing) expect(error.message).toMatch(pattern);
  expect({ audit: auditCount(session), history: historyCount(session, view.summary.id), stage: stageOf(session, view.summary.id) }).toEqual(before);
  return error;
}

/** The AppError a call throws, to look at its code and problems. */
export function refusalOf(call: () => unknown): AppError {
  try {
    call();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused');
}
