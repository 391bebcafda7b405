/**
 * The administrator's page (DOMAIN.md: users, roles, keys, backups, retention): one tab for each
 * part, offered only where the person's roles include it. Main checks every call again.
 */
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import type { AdministrationTab, Navigate } from '../session/places.ts';
import { BackupsTab } from '../backups/BackupsTab.tsx';
import { DataProtectionTab } from '../data-protection/DataProtectionTab.tsx';
import { KeysTab } from '../keys/KeysTab.tsx';
import { RetentionTab } from '../retention/RetentionTab.tsx';
import { UsersTab } from '../users/UsersTab.tsx';
import { ADMINISTRATION_TAB_LABELS, AdministrationTabs, administrationTabsFor } from './AdministrationTabs.tsx';

export interface AdministrationScreenProps {
  readonly tab: AdministrationTab;
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

export function AdministrationScreen({ tab, user, navigate }: AdministrationScreenProps) {
  useDocumentTitle(`${ADMINISTRATION_TAB_LABELS[tab]} – Administration`);
  const tabs = administrationTabsFor(user);
  if (!tabs.includes(tab)) {
    return (
      <>
        <PageHeading>Administration</PageHeading>
        <div className="govuk-!-width-two-thirds" data-testid="administration-not-allowed">
          <p className="govuk-body">{`You cannot see ${ADMINISTRATION_TAB_LABELS[tab].toLowerCase()}, because your role does not include it.`}</p>
          <p className="govuk-body">If you need to for your work, ask an administrator in the Business Unit.</p>
        </div>
      </>
    );
  }
  return (
    <>
      <PageHeading>Administration</PageHeading>
      <div className="govuk-tabs" data-testid="administration-screen">
        <AdministrationTabs tabs={tabs} current={tab} navigate={navigate} />
        <div className="govuk-tabs__panel" data-testid={`administration-${tab}`}>
          <TabContent tab={tab} user={user} navigate={navigate} />
        </div>
      </div>
    </>
  );
}

function TabContent({ tab, user, navigate }: AdministrationScreenProps) {
  switch (tab) {
    case 'users':
      return <UsersTab user={user} navigate={navigate} />;
    case 'backups':
      return <BackupsTab user={user} navigate={navigate} />;
    case 'keys':
      return <KeysTab user={user} navigate={navigate} />;
    case 'retention':
      return <RetentionTab user={user} navigate={navigate} />;
    case 'data-protection':
      return <DataProtectionTab user={user} navigate={navigate} />;
  }
}
