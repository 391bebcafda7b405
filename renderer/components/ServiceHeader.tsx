import type { SignedInUser } from '../../shared/ipc/contract.ts';
import { SERVICE_NAME } from './service-name.ts';

export interface ServiceHeaderProps {
  /** Who is signed in, or null on the screens before signing in. */
  readonly user: SignedInUser | null;
  readonly onSignOut: () => void;
  readonly signingOut: boolean;
}

/**
 * GOV.UK's service navigation, without the GOV.UK header above it: the crown and GOV.UK's
 * name are for GOV.UK services, and this is a council's own product.
 */
export function ServiceHeader({ user, onSignOut, signingOut }: ServiceHeaderProps) {
  return (
    <header className="govuk-template__header">
      <section className="govuk-service-navigation govuk-service-navigation--inverse prm-service-navigation" aria-label="Service information">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <span className="govuk-service-navigation__text">{SERVICE_NAME}</span>
            </span>
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
