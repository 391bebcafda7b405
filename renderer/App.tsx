import { useCallback, useEffect, useState } from 'react';
import type { AppStatus } from '../shared/ipc/contract.ts';
import { invoke } from './api/client.ts';
import { CaseListScreen } from './cases/CaseListScreen.tsx';
import { ChangePassphraseScreen } from './change-passphrase/ChangePassphraseScreen.tsx';
import { Layout } from './components/Layout.tsx';
import { FirstRunScreen } from './first-run/FirstRunScreen.tsx';
import { RecoveryCodeScreen } from './recovery-code/RecoveryCodeScreen.tsx';
import { ApiProvider } from './session/api-context.tsx';
import { isSignedIn, screenForStatus, screenForUser, type Screen } from './session/screen.ts';
import { useLockWatch } from './session/use-lock-watch.ts';
import { ProblemScreen } from './problem/ProblemScreen.tsx';
import { StartingScreen } from './starting/StartingScreen.tsx';
import { UnlockScreen } from './unlock/UnlockScreen.tsx';

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
    setScreen(user !== null && !user.mustChangePassphrase ? { name: 'cases', user, banner: PASSPHRASE_CHANGED } : screenForStatus(latest));
  };

  const created = (recoveryCode: string, latest: AppStatus) => {
    setStatus(latest);
    setScreen(latest.user === null ? screenForStatus(latest) : { name: 'recovery-code', recoveryCode, user: latest.user });
  };

  return (
    <ApiProvider onLocked={showLockedAfterRefusal}>
      <Layout user={isSignedIn(screen) ? screen.user : null} storeFolder={status === null || status.state === 'no-store' ? null : status.storeFolder} onSignOut={() => void signOut()} signingOut={signingOut}>
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
        return <FirstRunScreen storeFolder={status?.storeFolder ?? null} onCreated={created} />;
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
          />
        );
      case 'change-passphrase':
        return <ChangePassphraseScreen onChanged={passphraseChanged} />;
      case 'cases':
        return <CaseListScreen banner={screen.banner} />;
    }
  }
}
