/**
 * What the task page says once an answer's bundle is made: saved, and where it must go next; or
 * made but not saved, with a way to save the same bundle again while main still holds it. It
 * takes focus, as the form's button has gone or the person's next step is here.
 */
import { useEffect, useRef, useState } from 'react';
import type { BundleMade } from '../../shared/exchange/exchange-view.ts';
import { SuccessBanner } from '../components/SuccessBanner.tsx';
import { WarningText } from '../components/WarningText.tsx';
import { AnswerProgress } from './AnswerProgress.tsx';
import type { SaveOutcome } from './save-bundle.ts';
import { useSaveAgain } from './use-save-again.ts';

export type MadeBundle = SaveOutcome;

export interface BundleOutcomeProps {
  readonly outcome: MadeBundle;
  /** "Return bundle", "Decision bundle", "Reply bundle", "Update bundle". */
  readonly bundle: string;
  /** The organisation whose install it is sealed for. */
  readonly organisation: string;
  /** The task takes one answer after another (an agency's actions): a lost bundle is made again from the form. */
  readonly repeatable: boolean;
  /** A save made again replaces what is shown. */
  readonly onOutcome: (outcome: MadeBundle) => void;
}

export function BundleOutcome({ outcome, bundle, organisation, repeatable, onOutcome }: BundleOutcomeProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [outcome]);
  return (
    <div tabIndex={-1} ref={box} data-testid="bundle-outcome">
      {outcome.kind === 'saved' ? (
        <SuccessBanner heading={`${bundle} saved: send it to ${organisation} by your secure transfer`}>
          <p className="govuk-body">{`It was saved as ${outcome.savedAs}. It is sealed so that only ${organisation}’s install can open it, and signed by this install, so ${organisation} can tell it came from you unaltered.`}</p>
          <p className="govuk-body">Send it the way your organisation already sends sensitive files, such as secure e-mail. Do not send it any other way.</p>
          <MadeLines made={outcome.made} />
        </SuccessBanner>
      ) : (
        <NotSaved outcome={outcome} bundle={bundle} organisation={organisation} repeatable={repeatable} onOutcome={onOutcome} />
      )}
    </div>
  );
}

interface NotSavedProps extends Omit<BundleOutcomeProps, 'outcome'> {
  readonly outcome: Extract<MadeBundle, { kind: 'not-saved' }>;
}

interface SaveProblem {
  /** Main no longer holds the bundle, so there is nothing to save again. */
  readonly gone: boolean;
  readonly message: string;
}

function NotSaved({ outcome, bundle, organisation, repeatable, onOutcome }: NotSavedProps) {
  const again = useSaveAgain();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const problemBox = useRef<HTMLDivElement>(null);
  // The button may have gone with main's answer: focus goes to what it said instead.
  useEffect(() => {
    if (problem !== null) problemBox.current?.focus();
  }, [problem]);
  const name = bundle.toLowerCase();
  const recorded = repeatable ? 'this update as sent' : 'this task as answered';

  const save = async () => {
    if (again.busy) return;
    setProblem(null);
    const result = await again.run(outcome.made);
    switch (result.kind) {
      case 'saved':
      case 'not-saved':
        onOutcome(result);
        return;
      case 'gone':
        setProblem({ gone: true, message: result.message });
        return;
      case 'refused':
        setProblem({ gone: false, message: result.message });
        return;
      case 'locked':
        return;
    }
  };

  return (
    <div className="govuk-!-width-two-thirds" data-testid="bundle-not-saved">
      <div role="alert">
        <h2 className="govuk-heading-m">{`The ${name} was made but not saved`}</h2>
        <WarningText>{outcome.cancelled ? 'You cancelled saving it.' : outcome.message}</WarningText>
        <p className="govuk-body">{`It has been recorded as sent to ${organisation}, and ${recorded}, but the file ${outcome.made.fileName} has not been saved, so ${organisation} cannot receive it yet.`}</p>
      </div>
      {problem === null ? null : (
        <div tabIndex={-1} ref={problemBox} data-testid="save-again-problem">
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {problem.message}
          </p>
          {problem.gone ? (
            <p className="govuk-body">
              {repeatable
                ? `If you cannot find it, make a new update bundle below with the same changes, and send that to ${organisation}.`
                : `If you cannot find it, tell ${organisation}: they will need to send their request to you again before you can answer it again.`}
            </p>
          ) : null}
        </div>
      )}
      {problem?.gone === true ? null : (
        <>
          <p className="govuk-body">{`This install keeps the same bundle until it is saved or the app locks. Save it now, then send it to ${organisation} by your secure transfer.`}</p>
          {again.busy ? <AnswerProgress phase={again.phase} bundle={name} onCancel={again.cancel} /> : null}
          <button type="button" className="govuk-button" aria-disabled={again.busy} onClick={() => void save()}>
            {again.busy ? 'Saving the bundle…' : 'Save the bundle again'}
          </button>
        </>
      )}
    </div>
  );
}

function MadeLines({ made }: { readonly made: BundleMade }) {
  if (made.summary.length === 0) return null;
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-1">It carries:</p>
      <ul className="govuk-list govuk-list--bullet" data-testid="bundle-summary">
        {made.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}
