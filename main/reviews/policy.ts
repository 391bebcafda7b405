/** NOT BUILT YET: placeholder so the project compiles while this module is written. */
import type { StatutoryPartner } from '../../shared/organisations.ts';
import type { PolicyView } from '../../shared/ipc/case-calls.ts';
import type { ClockPolicy } from '../../shared/reviews/clocks.ts';
import type { PublicationNaming } from '../../shared/reviews/people.ts';
import type { Session } from '../security/session.ts';

export function readPolicy(_session: Session): PolicyView {
  throw new Error('not built yet');
}

export function savePolicy(_session: Session, _policy: ClockPolicy, _naming: PublicationNaming): PolicyView {
  throw new Error('not built yet');
}

export function addOrganisation(_session: Session, _name: string): PolicyView {
  throw new Error('not built yet');
}

export function setOrganisationPartner(_session: Session, _name: string, _partner: StatutoryPartner | null): PolicyView {
  throw new Error('not built yet');
}
