/**
 * What the task page says once an answer's bundle is made: saved, and where it must go next;
 * or made but not saved. It takes focus, as the form and its button have gone.
 */
import { useEffect, useRef } from 'react';
import type { BundleMade } from '../../shared/exchange/exchange-view.ts';
import { SuccessBanner } from '../components/SuccessBanner.tsx';
import { WarningText } from '../components/WarningText.tsx';

export type MadeBundle =
  | { readonly kind: 'saved'; readonly made: BundleMade; readonly savedAs: string }
  | { readonly kind: 'not-saved'; readonly made: BundleMade; readonly cancelled: boolean; readonly message: string };

export interface BundleOutcomeProps {
  readonly outcome: MadeBundle;
  /** "Return bundle", "Decision bundle", "Reply bundle". */
  readonly bundle: string;
  /** The organisation whose install it is sealed for. */
  readonly organisation: string;
}

export function BundleOutcome({ outcome, bundle, organisation }: BundleOutcomeProps) {
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
        <div className="govuk-!-width-two-thirds" role="alert" data-testid="bundle-not-saved">
          <h2 className="govuk-heading-m">{`The ${bundle.toLowerCase()} was made but not saved`}</h2>
          <WarningText>{outcome.cancelled ? 'You cancelled saving it.' : outcome.message}</WarningText>
          <p className="govuk-body">{`It has been recorded as sent to ${organisation}, and this task as answered, but the file ${outcome.made.fileName} was not saved, so ${organisation} will not receive it.`}</p>
          <p className="govuk-body">{`Tell ${organisation}: they will need to send it to you again before you can answer it again.`}</p>
        </div>
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
