import type { ReactNode } from 'react';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import type { Navigate, Place } from '../session/places.ts';
import { ServiceFooter } from './ServiceFooter.tsx';
import { ServiceHeader } from './ServiceHeader.tsx';
import { SkipLink } from './SkipLink.tsx';

export interface LayoutProps {
  readonly user: SignedInUser | null;
  /** Where the person is in the signed-in area; null on the screens before it (no menu then). */
  readonly place: Place | null;
  readonly navigate: Navigate;
  readonly storeFolder: string | null;
  readonly onSignOut: () => void;
  readonly signingOut: boolean;
  readonly children: ReactNode;
}

export function Layout({ user, place, navigate, storeFolder, onSignOut, signingOut, children }: LayoutProps) {
  return (
    <>
      <SkipLink />
      <ServiceHeader user={user} place={place} navigate={navigate} onSignOut={onSignOut} signingOut={signingOut} />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper prm-main" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <ServiceFooter storeFolder={storeFolder} />
    </>
  );
}
