import type { MouseEvent } from 'react';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { Permission } from '../../shared/roles.ts';
import { ADMINISTRATION_TABS, type AdministrationTab, type Navigate } from '../session/places.ts';
import { rolesInclude } from '../session/screen.ts';

export const ADMINISTRATION_TAB_LABELS: Readonly<Record<AdministrationTab, string>> = {
  users: 'Users',
  backups: 'Backups',
  keys: 'Keys',
  retention: 'Retention',
  'data-protection': 'Data-protection requests',
};

/** The permission each tab is for: a tab is offered only to those whose roles include it. */
export const ADMINISTRATION_TAB_PERMISSIONS: Readonly<Record<AdministrationTab, Permission>> = {
  users: 'users.manage',
  backups: 'store.backup',
  keys: 'keys.rekey',
  retention: 'store.retention',
  'data-protection': 'data-protection.export',
};

export function administrationTabsFor(user: SignedInUser): AdministrationTab[] {
  return ADMINISTRATION_TABS.filter((tab) => rolesInclude(user, ADMINISTRATION_TAB_PERMISSIONS[tab]));
}

/** Like the Learning page's tabs: each is a place of its own, so the links move there. */
export function AdministrationTabs({ tabs, current, navigate }: { readonly tabs: readonly AdministrationTab[]; readonly current: AdministrationTab; readonly navigate: Navigate }) {
  const go = (event: MouseEvent<HTMLAnchorElement>, tab: AdministrationTab) => {
    event.preventDefault();
    navigate({ name: 'administration', tab });
  };
  return (
    <nav aria-label="Administration" data-testid="administration-tabs">
      <ul className="govuk-tabs__list">
        {tabs.map((tab) => (
          <li key={tab} className={`govuk-tabs__list-item${tab === current ? ' govuk-tabs__list-item--selected' : ''}`}>
            <a className="govuk-tabs__tab" href={`#administration-${tab}`} aria-current={tab === current ? 'page' : undefined} onClick={(event) => go(event, tab)}>
              {ADMINISTRATION_TAB_LABELS[tab]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
