import { useState } from 'react';
import type { SectionProps } from '../section-props.ts';

/**
 * Removing a list record takes two presses: the first asks, naming what would go, so a slip of
 * the keyboard cannot delete a partner's endorsement.
 */
export function RemoveRecord({ id, what, removeRecord }: { id: number; what: string; removeRecord: SectionProps['removeRecord'] }) {
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!asking) {
    return (
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onClick={() => setAsking(true)}>
        Remove<span className="govuk-visually-hidden"> {what}</span>
      </button>
    );
  }
  const remove = async () => {
    const result = await removeRecord(id);
    if (!result.ok && result.error.code !== 'LOCKED') setProblem(result.error.message);
  };
  return (
    <div className="govuk-!-margin-bottom-4" role="group" aria-label={`Remove ${what}`}>
      <p className="govuk-body govuk-!-font-weight-bold">Remove {what}? Its history stays in the audit trail.</p>
      {problem === null ? null : (
        <p className="govuk-error-message" role="alert">
          {problem}
        </p>
      )}
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--warning" onClick={() => void remove()} autoFocus>
          Yes, remove it
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setAsking(false)}>
          Keep it
        </button>
      </div>
    </div>
  );
}
