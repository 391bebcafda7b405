/**
 * When the subject is someone who uses the app: their account, the roles they hold or held (on
 * which case, for which agency), and how much of the audit trail is theirs. The events themselves
 * are the store's record of what they did; the count and dates say how to ask for them.
 */
import { ROLE_DEFINITIONS, ROLES, type Role } from '../../shared/roles.ts';
import type { Db } from '../store/open-database.ts';
import { normaliseName } from '../reviews/search-terms.ts';
import type { Finding } from './findings.ts';
import { nameIsTheirs, type Subject } from './subject.ts';

interface UserRow {
  id: string;
  name: string;
  organisation: string;
  status: string;
  created_at: string;
  disabled_at: string | null;
}

interface AssignmentRow {
  role: string;
  case_id: number | null;
  agency: string | null;
  started_at: string;
  ended_at: string | null;
}

export interface SubjectAccounts {
  readonly userIds: readonly string[];
  readonly findings: readonly Finding[];
}

const day = (at: string) => at.slice(0, 10);
const roleWords = (role: string): string => ((ROLES as readonly string[]).includes(role) ? ROLE_DEFINITIONS[role as Role].label : role);

function accountFindings(db: Db, user: UserRow): Finding[] {
  const where = `User account “${user.name}”`;
  const matched = `“${user.name}” (the account’s name)`;
  const findings: Finding[] = [
    {
      place: 'users',
      caseId: null,
      where: `${where} — the account`,
      matched,
      text: `${user.name}, ${user.organisation}; ${user.status === 'active' ? 'active' : `disabled on ${day(user.disabled_at ?? '')}`}; added on ${day(user.created_at)}`,
    },
  ];
  const assignments = db
    .prepare('SELECT a.role, a.case_id, o.name AS agency, a.started_at, a.ended_at FROM assignments a LEFT JOIN organisations o ON o.id = a.agency_id WHERE a.user_id = ? ORDER BY a.id')
    .all(user.id) as AssignmentRow[];
  for (const assignment of assignments) {
    const forAgency = assignment.agency === null ? '' : ` for ${assignment.agency}`;
    findings.push({
      place: 'users',
      caseId: assignment.case_id,
      where: `${where} — a role`,
      matched,
      text: `${roleWords(assignment.role)}${forAgency}, from ${day(assignment.started_at)}${assignment.ended_at === null ? '' : ` to ${day(assignment.ended_at)}`}`,
    });
  }
  const events = db.prepare('SELECT count(*) AS n, min(at) AS first, max(at) AS last FROM audit_events WHERE actor_id = ?').get(user.id) as { n: number; first: string | null; last: string | null };
  if (events.n > 0) {
    findings.push({
      place: 'users',
      caseId: null,
      where: `${where} — the audit trail`,
      matched,
      text: `${events.n.toLocaleString('en-GB')} event${events.n === 1 ? '' : 's'} in the audit trail ${events.n === 1 ? 'was' : 'were'} made by this account, from ${day(events.first!)} to ${day(events.last!)}.`,
    });
  }
  return findings;
}

export function findSubjectAccounts(db: Db, subject: Subject): SubjectAccounts {
  const users = db.prepare('SELECT u.id, u.name, o.name AS organisation, u.status, u.created_at, u.disabled_at FROM users u JOIN organisations o ON o.id = u.organisation_id ORDER BY u.created_at').all() as UserRow[];
  const theirs = users.filter((user) => nameIsTheirs(normaliseName(user.name), subject));
  return { userIds: theirs.map((user) => user.id), findings: theirs.flatMap((user) => accountFindings(db, user)) };
}
