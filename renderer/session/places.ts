/** Where a signed-in person can be in the app, and the sections of a case's page. */

export const CASE_SECTIONS = [
  'overview',
  'referral',
  'people',
  'screening',
  'requests',
  'securing',
  'summaries',
  'chronology',
  'meetings',
  'national-panel',
  'lcspr',
  'declarations',
  'parallel-processes',
  'case-discussion',
  'report',
  'redaction',
  'action-plan',
  'learning',
  'factual-accuracy',
  'sign-off-and-publication',
  'media-enquiries',
  'documents',
  'secured-files',
  'exchange',
] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

export type Place =
  | { readonly name: 'dashboard' }
  | { readonly name: 'case'; readonly reference: string; readonly section: CaseSection }
  | { readonly name: 'new-referral' }
  | { readonly name: 'people-search' }
  | { readonly name: 'policy' }
  | { readonly name: 'access-log' }
  | { readonly name: 'contacts' }
  | { readonly name: 'import-bundle' }
  | { readonly name: 'tasks' }
  | { readonly name: 'task'; readonly id: number }
  /** Everything an agency owes across every review; no agency: every agency's overdue actions. */
  | { readonly name: 'actions'; readonly agency: string | null }
  | { readonly name: 'learning'; readonly tab: LearningTab }
  | { readonly name: 'figures' }
  /** IT's and the administrator's work: accounts, backups, keys, retention, data-protection requests. */
  | { readonly name: 'administration'; readonly tab: AdministrationTab };

export const LEARNING_TABS = ['themes', 'events', 'good-practice'] as const;
export type LearningTab = (typeof LEARNING_TABS)[number];

export const ADMINISTRATION_TABS = ['users', 'backups', 'keys', 'retention', 'data-protection'] as const;
export type AdministrationTab = (typeof ADMINISTRATION_TABS)[number];

export type Navigate = (place: Place) => void;
