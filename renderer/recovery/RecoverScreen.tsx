/**
 * The guided recovery with the recovery code, before anyone is signed in (from the sign-in
 * screen's "Use the recovery code"): what it is for, the code, then the new administrator, who
 * is signed in at the end and told what to do next.
 */
import { useState } from 'react';
import type { AppStatus } from '../../shared/ipc/contract.ts';
import { ProblemScreen } from '../problem/ProblemScreen.tsx';
import { useApi } from '../session/api-context.tsx';
import { NewAdministratorStep } from './NewAdministratorStep.tsx';
import { RecoveredPage } from './RecoveredPage.tsx';
import { RecoveryCodeStep } from './RecoveryCodeStep.tsx';
import { RecoveryIntro } from './RecoveryIntro.tsx';
import './recovery.css';

export interface RecoverScreenProps {
  /** Signed in as the new administrator the recovery made. */
  readonly onRecovered: (status: AppStatus) => void;
  readonly onCancel: () => void;
}

type Step =
  | { readonly name: 'intro' }
  | { readonly name: 'code'; readonly error: string | null }
  | { readonly name: 'administrator' }
  | { readonly name: 'done'; readonly administrator: string }
  | { readonly name: 'problem'; readonly message: string };

export function RecoverScreen({ onRecovered, onCancel }: RecoverScreenProps) {
  const call = useApi();
  const [step, setStep] = useState<Step>({ name: 'intro' });
  // Kept across the steps, so going back does not lose what was typed.
  const [code, setCode] = useState('');
  const [continuing, setContinuing] = useState(false);

  // The app moves on from main's own status: signed in, or locked again if the session has since gone idle.
  const carryOn = async () => {
    if (continuing) return;
    setContinuing(true);
    const result = await call('app.status', {});
    setContinuing(false);
    if (result.ok) onRecovered(result.value);
    else setStep({ name: 'problem', message: result.error.message });
  };

  switch (step.name) {
    case 'intro':
      return <RecoveryIntro onContinue={() => setStep({ name: 'code', error: null })} onCancel={onCancel} />;
    case 'code':
      return (
        <RecoveryCodeStep
          initialCode={code}
          initialError={step.error}
          onBack={() => setStep({ name: 'intro' })}
          onChecked={(checked) => {
            setCode(checked);
            setStep({ name: 'administrator' });
          }}
        />
      );
    case 'administrator':
      return (
        <NewAdministratorStep
          recoveryCode={code}
          onBack={() => setStep({ name: 'code', error: null })}
          onWrongCode={(message) => setStep({ name: 'code', error: message })}
          onRecovered={(administrator) => setStep({ name: 'done', administrator })}
        />
      );
    case 'done':
      return <RecoveredPage name={step.administrator} continuing={continuing} onContinue={() => void carryOn()} />;
    case 'problem':
      return <ProblemScreen message={step.message} onRetry={() => void carryOn()} />;
  }
}
