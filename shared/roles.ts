/**
 * The roles of DOMAIN.md and what each may do: the one table every permission check reads.
 * A role's scope says what an assignment of it must name: the whole partnership, a case,
 * or a case and an agency (nominated representatives are one per agency per case).
 */

/**
 * Verifying the audit chain and writing a checkpoint need no permission: any active user may,
 * because they only read and show no personal data.
 */
export const PERMISSIONS = [
  'users.list',
  'users.manage',
  'assignments.manage',
  'keys.rekey',
  'store.backup',
  'store.restore',
  'settings.manage',
  'cases.list',
  'cases.read',
  'cases.create',
  /** Recording and changing a case's stages, people, documents and decisions. */
  'cases.edit',
  /** Writing a whole case to a plaintext file (export-case): administrators only, audited. */
  'cases.export',
  /** Looking for a person across every case, open and closed (policy 9). */
  'people.search',
  /**
   * Placing files in an agency's secured set (policy 16). Sealing needs only public keys, so
   * the Business Unit may add for an agency; it still cannot open what it added.
   */
  'vault.add',
  /** Opening, copying, checking, releasing and destroying a secured set: its representative only. */
  'vault.open',
  /** Reading and exporting the secured files' access log. */
  'vault.log',
  /** Setting up an agency's secured set: its nominated representative and the agency's recovery key. */
  'vault.manage',
  /** Adding, trusting and revoking the installs bundles may come from and go to. */
  'exchange.contacts',
  /** Importing bundles into this store (a return, a decision, a case handed over, a task). */
  'exchange.receive',
  /** Writing a case's report, briefing and case discussion, deciding its redactions, and exporting drafts and publication copies. */
  'reports.write',
  /** The managed list of learning themes, and the partnership's learning events and reflective sessions. */
  'learning.manage',
  /** The partnership's annual figures (policy section 21). */
  'figures.read',
  /** The retention screen: what the policy says is due for deletion, and deleting it for good. */
  'store.retention',
  /** A data-protection request: everything the store holds about a named person, as an export for the data-protection officer. */
  'data-protection.export',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  'administrator',
  'business-unit',
  'screening-panel',
  'scrutineer',
  'lead-reviewer',
  'review-group',
  'nominated-representative',
  'agency-contributor',
] as const;
export type Role = (typeof ROLES)[number];

export type RoleScope = 'partnership' | 'case' | 'case-and-agency';

export interface RoleDefinition {
  readonly label: string;
  /** What an assignment of this role must name. */
  readonly scope: RoleScope;
  readonly permissions: readonly Permission[];
}

export const ROLE_DEFINITIONS: Readonly<Record<Role, RoleDefinition>> = {
  administrator: {
    label: 'Administrator',
    scope: 'partnership',
    permissions: [
      'users.list',
      'users.manage',
      'assignments.manage',
      'keys.rekey',
      'store.backup',
      'store.restore',
      'settings.manage',
      'cases.list',
      'cases.create',
      'cases.export',
      'vault.log',
      'vault.manage',
      'exchange.contacts',
      'exchange.receive',
      'store.retention',
      'data-protection.export',
    ],
  },
  'business-unit': {
    label: 'Business Unit officer',
    scope: 'partnership',
    permissions: ['users.list', 'assignments.manage', 'cases.list', 'cases.read', 'cases.create', 'cases.edit', 'people.search', 'vault.add', 'vault.log', 'vault.manage', 'exchange.contacts', 'exchange.receive', 'reports.write', 'learning.manage', 'figures.read'],
  },
  'screening-panel': {
    label: 'Screening panel member',
    scope: 'partnership',
    permissions: ['cases.list', 'cases.read', 'people.search'],
  },
  scrutineer: {
    label: 'Independent Scrutineer',
    scope: 'partnership',
    permissions: ['cases.list', 'cases.read', 'people.search', 'figures.read'],
  },
  'lead-reviewer': {
    label: 'Lead reviewer',
    scope: 'case',
    permissions: ['cases.read', 'reports.write'],
  },
  'review-group': {
    label: 'Review group member',
    scope: 'case',
    permissions: ['cases.read'],
  },
  'nominated-representative': {
    label: 'Nominated representative',
    scope: 'case-and-agency',
    permissions: ['cases.read', 'vault.add', 'vault.open', 'vault.log'],
  },
  'agency-contributor': {
    label: 'Agency contributor',
    scope: 'case-and-agency',
    permissions: ['cases.read'],
  },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** An assignment as the permission check sees it. */
export interface Assignment {
  readonly role: Role;
  readonly caseId: number | null;
  readonly agency: string | null;
}

export interface PermissionScope {
  readonly caseId?: number;
  readonly agency?: string;
}

/** The permissions that concern one case, and so follow a case assignment's scope. */
export const CASE_PERMISSIONS: readonly Permission[] = ['cases.read', 'cases.edit', 'vault.add', 'vault.open', 'vault.log', 'vault.manage', 'reports.write'];

/**
 * Whether any of these assignments grants the permission for the scope asked.
 * A partnership-wide assignment covers every case; a case assignment covers its case only;
 * a case-and-agency assignment covers its case, and its agency where one is asked. A
 * permission that concerns no one case is granted by the role wherever it is assigned.
 */
export function grants(assignments: readonly Assignment[], permission: Permission, scope: PermissionScope = {}): boolean {
  return assignments.some((assignment) => {
    const definition = ROLE_DEFINITIONS[assignment.role];
    if (!definition.permissions.includes(permission)) return false;
    if (definition.scope === 'partnership' || !CASE_PERMISSIONS.includes(permission)) return true;
    if (scope.caseId === undefined || assignment.caseId !== scope.caseId) return false;
    if (definition.scope === 'case-and-agency' && scope.agency !== undefined) return assignment.agency === scope.agency;
    return true;
  });
}
