import type { ReactNode } from 'react';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import { ServiceFooter } from './ServiceFooter.tsx';
import { ServiceHeader } from './ServiceHeader.tsx';
import { SkipLink } from './SkipLink.tsx';

export interface LayoutProps {
  readonly user: SignedInUser | null;
  readonly storeFolder: string | null;
  readonly onSignOut: () => void;
  readonly signingOut: boolean;
  readonly children: ReactNode;
}

export function Layout({ user, storeFolder, onSignOut, signingOut, children }: LayoutProps) {
  return (
    <>
      <SkipLink />
      <ServiceHeader user={user} onSignOut={onSignOut} signingOut={signingOut} />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper prm-main" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <ServiceFooter storeFolder={storeFolder} />
    </>
  );
}
