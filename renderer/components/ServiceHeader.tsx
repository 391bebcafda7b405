import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { Navigate, Place } from '../session/places.ts';
import { rolesInclude, userCan } from '../session/screen.ts';
import { administrationTabsFor } from '../administration/AdministrationTabs.tsx';
import { SERVICE_NAME } from './service-name.ts';

export interface ServiceHeaderProps {
  /** Who is signed in, or null on the screens before signing in. */
  readonly user: SignedInUser | null;
  /** Where they are, once past the sign-in screens: the menu shows only then. */
  readonly place: Place | null;
  readonly navigate: Navigate;
  readonly onSignOut: () => void;
  readonly signingOut: boolean;
}

interface MenuItem {
  readonly label: string;
  readonly place: Place;
  /** Whether the person is on this item's page (or, for Cases, inside one case). */
  readonly current: (place: Place) => 'page' | 'true' | null;
}

function menuFor(user: SignedInUser): MenuItem[] {
  const items: MenuItem[] = [{ label: 'Cases', place: { name: 'dashboard' }, current: (place) => (place.name === 'dashboard' ? 'page' : place.name === 'case' ? 'true' : null) }];
  if (userCan(user, 'cases.create')) items.push({ label: 'Record a referral', place: { name: 'new-referral' }, current: (place) => (place.name === 'new-referral' ? 'page' : null) });
  if (userCan(user, 'people.search')) items.push({ label: 'Find a person', place: { name: 'people-search' }, current: (place) => (place.name === 'people-search' ? 'page' : null) });
  if (rolesInclude(user, 'vault.log')) items.push({ label: 'Access log', place: { name: 'access-log' }, current: (place) => (place.name === 'access-log' ? 'page' : null) });
  items.push({ label: 'Tasks', place: { name: 'tasks' }, current: (place) => (place.name === 'tasks' ? 'page' : place.name === 'task' ? 'true' : null) });
  if (userCan(user, 'exchange.receive')) items.push({ label: 'Import a bundle', place: { name: 'import-bundle' }, current: (place) => (place.name === 'import-bundle' ? 'page' : null) });
  items.push({ label: 'Contacts', place: { name: 'contacts' }, current: (place) => (place.name === 'contacts' ? 'page' : null) });
  // Whoever reads a case may see the actions its agencies owe; the administrator reads no case.
  if (rolesInclude(user, 'cases.read')) items.push({ label: 'Actions owed', place: { name: 'actions', agency: null }, current: (place) => (place.name === 'actions' ? 'page' : null) });
  if (userCan(user, 'cases.list') && userCan(user, 'cases.read')) items.push({ label: 'Learning', place: { name: 'learning', tab: 'themes' }, current: (place) => (place.name === 'learning' ? 'page' : null) });
  if (userCan(user, 'figures.read')) items.push({ label: 'Annual figures', place: { name: 'figures' }, current: (place) => (place.name === 'figures' ? 'page' : null) });
  items.push({ label: 'Policy settings', place: { name: 'policy' }, current: (place) => (place.name === 'policy' ? 'page' : null) });
  const administration = administrationTabsFor(user);
  if (administration.length > 0) items.push({ label: 'Administration', place: { name: 'administration', tab: administration[0]! }, current: (place) => (place.name === 'administration' ? 'page' : null) });
  return items;
}

/**
 * GOV.UK's service navigation, without the GOV.UK header above it: the crown and GOV.UK's
 * name are for GOV.UK services, and this is a council's own product. The menu of the app's
 * pages follows the service name; the account links come last, so that from the page's heading
 * one step back (Shift+Tab) reaches Sign out.
 */
export function ServiceHeader({ user, place, navigate, onSignOut, signingOut }: ServiceHeaderProps) {
  return (
    <header className="govuk-template__header">
      <section className="govuk-service-navigation govuk-service-navigation--inverse prm-service-navigation" aria-label="Service information">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <span className="govuk-service-navigation__text">{SERVICE_NAME}</span>
            </span>
            {user === null || place === null ? null : <Menu items={menuFor(user)} place={place} navigate={navigate} />}
            {user === null ? null : (
              <nav aria-label="Account" className="govuk-service-navigation__wrapper prm-account-navigation">
                <ul className="govuk-service-navigation__list">
                  <li className="govuk-service-navigation__item">
                    <span className="govuk-service-navigation__text prm-signed-in-as">
                      Signed in as <strong>{user.name}</strong>
                    </span>
                  </li>
                  <li className="govuk-service-navigation__item">
                    <button type="button" className="govuk-service-navigation__link prm-link-button" onClick={onSignOut} aria-disabled={signingOut}>
                      Sign out
                    </button>
                  </li>
                </ul>
              </nav>
            )}
          </div>
        </div>
      </section>
    </header>
  );
}

// Takes the bar's free width, so the pages sit beside the service name and the account links at the far end.
const MENU_STYLE = { flexGrow: 1 } as const;

function Menu({ items, place, navigate }: { items: readonly MenuItem[]; place: Place; navigate: Navigate }) {
  return (
    <nav aria-label="Menu" className="govuk-service-navigation__wrapper" style={MENU_STYLE} data-testid="service-menu">
      <ul className="govuk-service-navigation__list">
        {items.map((item) => {
          const current = item.current(place);
          return (
            <li className={`govuk-service-navigation__item${current === null ? '' : ' govuk-service-navigation__item--active'}`} key={item.label}>
              {/* Buttons, not links: the app has no addresses, and a link without one is not reachable by keyboard. */}
              <button type="button" className="govuk-service-navigation__link prm-link-button" aria-current={current ?? undefined} onClick={() => navigate(item.place)}>
                {current === null ? item.label : <strong className="govuk-service-navigation__active-fallback">{item.label}</strong>}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
