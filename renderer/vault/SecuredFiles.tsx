/**
 * The secured files section once loaded: each agency's set the person may see, setting one up,
 * and the one form open at a time (add, open, change representative, release, destroy), shown
 * on its own in place of the sets, as a page of its own would be.
 */
import { useCallback, useState } from 'react';
import type { IntegrityResult, SecuredFileView, VaultView } from '../../shared/vault/secured-files.ts';
import { OutcomeBanner } from '../case/components/OutcomeBanner.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import type { FieldError } from '../components/field-errors.ts';
import { useApi } from '../session/api-context.tsx';
import { AddFilesForm } from './AddFilesForm.tsx';
import { AgencyRecoveryCode } from './AgencyRecoveryCode.tsx';
import { ChangeRepresentativeForm } from './ChangeRepresentativeForm.tsx';
import { DestroyForm } from './DestroyForm.tsx';
import { OpenFileForm } from './OpenFileForm.tsx';
import { ReleaseForm } from './ReleaseForm.tsx';
import { ResealForm } from './ResealForm.tsx';
import { SealsToRenewNotice } from './SealsToRenewNotice.tsx';
import { SecuredSetCard, type SetAction } from './SecuredSetCard.tsx';
import { SetUpForm } from './SetUpForm.tsx';
import { useSealsToRenew } from './use-seals-to-renew.ts';
import type { UseVault } from './use-vault.ts';

type Editing =
  | { readonly kind: 'set-up' }
  | { readonly kind: SetAction | 'reseal'; readonly agency: string }
  | { readonly kind: 'open'; readonly agency: string; readonly file: SecuredFileView };

interface Outcome {
  readonly heading: string;
  readonly body?: string;
}

export interface SecuredFilesProps {
  readonly view: VaultView;
  readonly vault: UseVault;
}

export function SecuredFiles({ view, vault }: SecuredFilesProps) {
  const call = useApi();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [recovery, setRecovery] = useState<{ agency: string; representative: string; code: string } | null>(null);
  const [integrity, setIntegrity] = useState<{ agency: string; result: IntegrityResult } | null>(null);
  const [checking, setChecking] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  // Files still sealed to a representative's key from before a passphrase reset; any change may alter them.
  const seals = useSealsToRenew(view.reference);
  const refreshSeals = seals.refresh;

  const open = (next: Editing) => {
    setOutcome(null);
    setIntegrity(null);
    setErrors([]);
    setEditing(next);
  };
  const done = useCallback(
    (next: Outcome) => {
      setEditing(null);
      setOutcome(next);
      void refreshSeals();
    },
    [refreshSeals],
  );
  const { refresh } = vault;

  const check = async (agency: string) => {
    if (checking !== null) return;
    setOutcome(null);
    setErrors([]);
    setIntegrity(null);
    setChecking(agency);
    const result = await call('vault.checkIntegrity', { reference: view.reference, agency });
    setChecking(null);
    if (result.ok) {
      setIntegrity({ agency, result: result.value });
      await vault.refresh();
    } else if (result.error.code !== 'LOCKED') setErrors([{ message: result.error.message }]);
  };

  if (recovery !== null) {
    return (
      <AgencyRecoveryCode
        agency={recovery.agency}
        representative={recovery.representative}
        recoveryCode={recovery.code}
        onContinue={() => {
          setRecovery(null);
          setOutcome({ heading: `${recovery.agency}’s secured files are set up`, body: `${recovery.representative} is the nominated representative. Files can be added now.` });
        }}
      />
    );
  }

  if (editing !== null) {
    const set = editing.kind === 'set-up' ? undefined : view.sets.find((each) => each.agency === editing.agency);
    switch (editing.kind) {
      case 'set-up':
        return (
          <SetUpForm
            view={view}
            onCancel={() => setEditing(null)}
            onSetUp={(result) => {
              vault.replaceView(result.view);
              setEditing(null);
              if (result.recoveryCode !== null) setRecovery({ agency: result.agency, representative: result.representative, code: result.recoveryCode });
              else
                setOutcome({
                  heading: `${result.agency}’s secured files are set up`,
                  body: `${result.representative} is the nominated representative. ${result.agency} already has a recovery key on this install: its recovery code, printed when that key was made, opens this set too.`,
                });
            }}
          />
        );
      case 'add':
        return set === undefined ? null : (
          <AddFilesForm reference={view.reference} set={set} onFinished={refresh} onAllAdded={(heading, body) => done({ heading, body })} onClose={() => setEditing(null)} />
        );
      case 'open':
        return set === undefined ? null : (
          <OpenFileForm
            reference={view.reference}
            set={set}
            file={editing.file}
            openInDefaultAppAllowed={view.openInDefaultAppAllowed}
            onCancel={() => setEditing(null)}
            onDone={(heading, body) => done({ heading, body })}
          />
        );
      case 'change':
        return set === undefined ? null : (
          <ChangeRepresentativeForm
            reference={view.reference}
            set={set}
            onCancel={() => setEditing(null)}
            onChanged={(next, representative) => {
              vault.replaceView(next);
              done({ heading: `${representative} is now ${set.agency}’s nominated representative`, body: `Every file’s key has been sealed to ${representative}. ${set.representative} can no longer open the files.` });
            }}
          />
        );
      case 'release':
        return set === undefined ? null : (
          <ReleaseForm
            reference={view.reference}
            set={set}
            onCancel={() => setEditing(null)}
            onReleased={(heading, body) => {
              done({ heading, body });
              void vault.refresh();
            }}
          />
        );
      case 'reseal': {
        const stale = seals.sets.find((each) => each.agency === editing.agency);
        return set === undefined || stale === undefined ? null : (
          <ResealForm
            reference={view.reference}
            agency={set.agency}
            representative={set.representative}
            filesToReseal={stale.filesToReseal}
            onCancel={() => setEditing(null)}
            onResealed={(next) => {
              vault.replaceView(next);
              done({ heading: `${set.agency}’s files are sealed to ${set.representative}’s new key`, body: `${set.representative} can open every file again. The recovery is recorded in the access log.` });
            }}
          />
        );
      }
      case 'destroy':
        return set === undefined ? null : (
          <DestroyForm
            reference={view.reference}
            set={set}
            onCancel={() => setEditing(null)}
            onDestroyed={(next) => {
              vault.replaceView(next);
              done({ heading: `${set.agency}’s secured files have been destroyed`, body: 'The access log keeps the record of the set and of every access to it.' });
            }}
          />
        );
    }
  }

  return (
    <>
      {outcome === null ? null : (
        <OutcomeBanner heading={outcome.heading}>{outcome.body === undefined ? null : <p className="govuk-body">{outcome.body}</p>}</OutcomeBanner>
      )}
      <ErrorSummary errors={errors} />
      <SealsToRenewNotice sets={seals.sets} onReseal={(agency) => open({ kind: 'reseal', agency })} />
      {view.sets.length === 0 ? <NoSets view={view} /> : null}
      {view.canSetUp && view.agenciesWithoutSet.length > 0 ? (
        <button type="button" className={`govuk-button${view.sets.length === 0 ? '' : ' govuk-button--secondary'}`} onClick={() => open({ kind: 'set-up' })}>
          Set up secured files for an agency
        </button>
      ) : null}
      {view.sets.map((set, index) => (
        <SecuredSetCard
          key={set.agency}
          set={set}
          headingId={`secured-set-${index}`}
          integrity={integrity !== null && integrity.agency === set.agency ? integrity.result : null}
          checking={checking === set.agency}
          onAction={(action) => open({ kind: action, agency: set.agency })}
          onCheck={() => void check(set.agency)}
          onOpen={(file) => open({ kind: 'open', agency: set.agency, file })}
        />
      ))}
    </>
  );
}

function NoSets({ view }: { view: VaultView }) {
  return (
    <div className="govuk-!-width-two-thirds" data-testid="secured-files-empty">
      <p className="govuk-body">No agency has secured files for this case on this install.</p>
      {view.canSetUp ? (
        <p className="govuk-body">
          Where the case is severe enough, an agency secures all its records about the case so that nobody in the agency can reach them except through its nominated
          representative (policy section 16). Set up secured files for an agency to name its representative; then they, or the Business Unit for the agency, can add files.
        </p>
      ) : (
        <p className="govuk-body">If your agency has been asked to secure its files, ask the Business Unit to set up its secured files and name you as its nominated representative.</p>
      )}
    </div>
  );
}
