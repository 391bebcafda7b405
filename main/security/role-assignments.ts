/** Giving a user a role: for the whole partnership, a case, or a case and an agency. */
import { AppError } from '../../shared/errors.ts';
import { ROLE_DEFINITIONS } from '../../shared/roles.ts';
import { activeAssignments, insertAssignment, type AssignmentRecord } from '../store/repositories/assignments.ts';
import { requireCaseId } from '../store/repositories/cases.ts';
import { organisationByName } from '../store/repositories/organisations.ts';
import { userByName } from '../store/repositories/users.ts';
import type { Session } from './session.ts';
import { parseRole } from './user-admin.ts';

export interface NewAssignment {
  readonly targetUser: string;
  readonly role: string;
  readonly caseReference?: string;
  readonly agency?: string;
}

export function assignRole(session: Session, input: NewAssignment): AssignmentRecord {
  const store = session.store;
  const role = parseRole(input.role);
  const caseId = input.caseReference === undefined ? undefined : requireCaseId(store.db, input.caseReference);
  session.authorise('assignments.manage', 'assign roles', caseId === undefined ? {} : { caseId });
  if (role === 'administrator') session.authorise('users.manage', 'make someone an administrator');
  const scope = ROLE_DEFINITIONS[role].scope;
  if (scope === 'partnership' && (caseId !== undefined || input.agency !== undefined)) {
    throw new AppError('INVALID_INPUT', `The ${role} role covers the whole partnership: give no --case or --agency.`);
  }
  if (scope !== 'partnership' && caseId === undefined) throw new AppError('INVALID_INPUT', `The ${role} role is given for one case: name it with --case.`);
  if (scope === 'case-and-agency' && input.agency === undefined) throw new AppError('INVALID_INPUT', `The ${role} role is given for one case and one agency: name the agency with --agency.`);
  if (scope === 'case' && input.agency !== undefined) throw new AppError('INVALID_INPUT', `The ${role} role is given for a case, not an agency: give no --agency.`);
  const agency = input.agency === undefined ? undefined : organisationByName(store.db, input.agency);
  if (agency !== undefined && agency.kind !== 'agency') throw new AppError('INVALID_INPUT', `"${agency.name}" is not an agency.`);
  const target = userByName(store.db, input.targetUser);
  if (target.status !== 'active') throw new AppError('CONFLICT', `The account "${target.name}" is disabled: re-enable it before assigning roles.`);
  const existing = activeAssignments(store.db, target.id).find((assignment) => assignment.role === role && assignment.caseId === (caseId ?? null) && assignment.agency === (agency?.name ?? null));
  if (existing) throw new AppError('CONFLICT', `"${target.name}" already has that role there.`);
  const id = store.change((db, audit) => {
    if (role === 'nominated-representative') {
      const taken = db.prepare(`SELECT 1 FROM assignments WHERE role = 'nominated-representative' AND ended_at IS NULL AND case_id = ? AND agency_id = ?`).get(caseId, agency!.id);
      if (taken) throw new AppError('CONFLICT', `${agency!.name} already has a nominated representative for case ${input.caseReference}. End that assignment first.`);
    }
    const assignmentId = insertAssignment(db, { userId: target.id, role, caseId: caseId ?? null, agencyId: agency?.id ?? null, startedAt: new Date().toISOString() });
    audit({ actorId: session.userId, action: 'assignment.added', recordType: 'assignment', recordId: assignmentId, details: { userId: target.id, role, caseId: caseId ?? null, agency: agency?.name ?? null } });
    return assignmentId;
  });
  return activeAssignments(store.db, target.id).find((assignment) => assignment.id === id)!;
}
