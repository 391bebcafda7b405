import { useCallback, useEffect, useState } from 'react';
import type { AppStatus } from '../shared/ipc/contract.ts';
import { invoke } from './api/client.ts';
import { CaseScreen } from './case/CaseScreen.tsx';
import { DashboardScreen } from './dashboard/DashboardScreen.tsx';
import { ChangePassphraseScreen } from './change-passphrase/ChangePassphraseScreen.tsx';
import { Layout } from './components/Layout.tsx';
import { FirstRunScreen } from './first-run/FirstRunScreen.tsx';
import { RecoveryCodeScreen } from './recovery-code/RecoveryCodeScreen.tsx';
import { ApiProvider } from './session/api-context.tsx';
import { isSignedIn, screenForStatus, screenForUser, START_PLACE, type Screen } from './session/screen.ts';
import { useLockWatch } from './session/use-lock-watch.ts';
import { PeopleSearchScreen } from './people-search/PeopleSearchScreen.tsx';
import { PolicyScreen } from './policy/PolicyScreen.tsx';
import { ProblemScreen } from './problem/ProblemScreen.tsx';
import { NewReferralScreen } from './referral/NewReferralScreen.tsx';
import type { Place } from './session/places.ts';
import { StartingScreen } from './starting/StartingScreen.tsx';
import { UnlockScreen } from './unlock/UnlockScreen.tsx';
import { AccessLogScreen } from './vault-log/AccessLogScreen.tsx';
import { ContactsScreen } from './exchange/ContactsScreen.tsx';
import { ImportBundleScreen } from './exchange/ImportBundleScreen.tsx';
import { TasksScreen } from './tasks/TasksScreen.tsx';
import { TaskScreen } from './tasks/TaskScreen.tsx';
import { AgencyActionsScreen } from './action-plan/AgencyActionsScreen.tsx';
import { LearningScreen } from './learning/LearningScreen.tsx';
import { FiguresScreen } from './figures/FiguresScreen.tsx';
import { AdministrationScreen } from './administration/AdministrationScreen.tsx';
import { RecoverScreen } from './recovery/RecoverScreen.tsx';
import { RestoreScreen } from './backups/RestoreScreen.tsx';

/** Until main says otherwise; only ever shown in the locked screen's explanation. */
const DEFAULT_IDLE_LOCK_SECONDS = 600;

const PASSPHRASE_CHANGED = { heading: 'Your passphrase has been changed', body: 'Use your new passphrase each time you sign in from now on.' } as const;

export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'starting' });
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [signingOut, setSigningOut] = useState(false);

  const readStatus = useCallback(async () => {
    setScreen({ name: 'starting' });
    const result = await invoke('app.status', {});
    if (!result.ok) {
      setScreen({ name: 'problem', message: result.error.message });
      return;
    }
    setStatus(result.value);
    setScreen(screenForStatus(result.value));
  }, []);

  useEffect(() => {
    void readStatus();
  }, [readStatus]);

  const showLocked = useCallback((latest?: AppStatus) => {
    if (latest !== undefined) setStatus(latest);
    setScreen((current) => {
      if (!isSignedIn(current)) return current;
      if (latest !== undefined && latest.state === 'no-store') return screenForStatus(latest);
      return { name: 'unlock', reason: 'idle', userName: current.user.name, recoveryCodeHidden: current.name === 'recovery-code' };
    });
  }, []);
  const showLockedAfterRefusal = useCallback(() => showLocked(), [showLocked]);

  // Not while signing out: the lock that follows is the person's own, not the idle timer's.
  useLockWatch(isSignedIn(screen) && !signingOut, showLocked);

  const signOut = async () => {
    if (signingOut) return;
    setSigningOut(true);
    const result = await invoke('session.lock', {});
    setSigningOut(false);
    // Already locked (by the idle timer, say) is as good as signed out.
    if (result.ok || result.error.code === 'LOCKED') {
      if (result.ok) setStatus(result.value);
      setScreen({ name: 'unlock', reason: 'signed-out', userName: '', recoveryCodeHidden: false });
    } else {
      setScreen({ name: 'problem', message: result.error.message });
    }
  };

  const signedIn = (latest: AppStatus) => {
    setStatus(latest);
    setScreen(screenForStatus(latest));
  };

  const passphraseChanged = (latest: AppStatus) => {
    setStatus(latest);
    const user = latest.state === 'unlocked' ? latest.user : null;
    setScreen(user !== null && !user.mustChangePassphrase ? { name: 'signed-in', user, place: START_PLACE, banner: PASSPHRASE_CHANGED } : screenForStatus(latest));
  };

  // A new place drops the last banner: it was about what the person did on the page they left.
  const navigate = useCallback((place: Place) => {
    setScreen((current) => (current.name === 'signed-in' ? { name: 'signed-in', user: current.user, place } : current));
    window.scrollTo(0, 0);
  }, []);

  const created = (recoveryCode: string, latest: AppStatus) => {
    setStatus(latest);
    setScreen(latest.user === null ? screenForStatus(latest) : { name: 'recovery-code', recoveryCode, user: latest.user });
  };

  return (
    <ApiProvider onLocked={showLockedAfterRefusal}>
      <Layout
        user={isSignedIn(screen) ? screen.user : null}
        place={screen.name === 'signed-in' ? screen.place : null}
        navigate={navigate}
        storeFolder={status === null || status.state === 'no-store' ? null : status.storeFolder}
        onSignOut={() => void signOut()}
        signingOut={signingOut}
      >
        {renderScreen()}
      </Layout>
    </ApiProvider>
  );

  function renderScreen() {
    switch (screen.name) {
      case 'starting':
        return <StartingScreen />;
      case 'problem':
        return <ProblemScreen message={screen.message} onRetry={() => void readStatus()} />;
      case 'first-run':
        return <FirstRunScreen storeFolder={status?.storeFolder ?? null} onCreated={created} onRestore={() => setScreen({ name: 'restore' })} />;
      case 'restore':
        return <RestoreScreen storeFolder={status?.storeFolder ?? null} onRestored={signedIn} onCancel={() => void readStatus()} />;
      case 'recover':
        return <RecoverScreen onRecovered={signedIn} onCancel={() => void readStatus()} />;
      case 'recovery-code':
        return <RecoveryCodeScreen recoveryCode={screen.recoveryCode} onContinue={() => setScreen(screenForUser(screen.user))} />;
      case 'unlock':
        return (
          <UnlockScreen
            key={screen.reason}
            reason={screen.reason}
            initialName={screen.userName}
            idleLockSeconds={status?.idleLockSeconds ?? DEFAULT_IDLE_LOCK_SECONDS}
            recoveryCodeHidden={screen.recoveryCodeHidden}
            onUnlocked={signedIn}
            onUseRecoveryCode={() => setScreen({ name: 'recover' })}
          />
        );
      case 'change-passphrase':
        return <ChangePassphraseScreen onChanged={passphraseChanged} />;
      case 'signed-in':
        return renderPlace(screen);
    }
  }

  function renderPlace(current: Extract<Screen, { name: 'signed-in' }>) {
    const { place, user, banner } = current;
    switch (place.name) {
      case 'dashboard':
        return <DashboardScreen user={user} banner={banner} navigate={navigate} />;
      case 'case':
        // Keyed by the case, so moving to another case starts its page afresh.
        return <CaseScreen key={place.reference} reference={place.reference} section={place.section} user={user} navigate={navigate} />;
      case 'new-referral':
        return <NewReferralScreen navigate={navigate} />;
      case 'people-search':
        return <PeopleSearchScreen navigate={navigate} />;
      case 'policy':
        return <PolicyScreen />;
      case 'access-log':
        return <AccessLogScreen />;
      case 'contacts':
        return <ContactsScreen user={user} />;
      case 'import-bundle':
        return <ImportBundleScreen navigate={navigate} />;
      case 'tasks':
        return <TasksScreen navigate={navigate} />;
      case 'task':
        // Keyed by the task, so moving to another task starts its page afresh.
        return <TaskScreen key={place.id} id={place.id} user={user} navigate={navigate} />;
      case 'actions':
        return <AgencyActionsScreen key={place.agency ?? ''} agency={place.agency} user={user} navigate={navigate} />;
      case 'learning':
        return <LearningScreen tab={place.tab} user={user} navigate={navigate} />;
      case 'figures':
        return <FiguresScreen user={user} navigate={navigate} />;
      case 'administration':
        return <AdministrationScreen tab={place.tab} user={user} navigate={navigate} />;
    }
  }
}
