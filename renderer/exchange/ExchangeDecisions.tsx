/**
 * The case's decisions by people with no account on this desk: a screening panel member's
 * decision, partners' endorsements, declarations of interest. For each, whether the entry here
 * was made on the person's behalf or came back signed by them, the request sent for it, and the
 * earlier entries a signed one replaced.
 */
import type { ExchangeCaseView } from '../../shared/exchange/exchange-view.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { SummaryRows } from '../case/stages/SummaryRows.tsx';
import { AskDecisionForm } from './AskDecisionForm.tsx';
import { receivedWords, sentWords } from './bundle-words.ts';
import type { ExchangeEditingProps } from './exchange-editing.ts';
import type { BundleSaved } from './use-send-bundle.ts';

type Decision = ExchangeCaseView['decisions'][number];

export interface ExchangeDecisionsProps extends ExchangeEditingProps {
  readonly view: ExchangeCaseView;
  readonly onSaved: (saved: BundleSaved) => void;
}

function currentEntry(decision: Decision): string {
  if (decision.signed !== null) return `Signed by ${decision.personName}. ${receivedWords(decision.signed)}.`;
  if (decision.onBehalf) return `Entered here on behalf of ${decision.personName}: not signed by them yet`;
  return `Entered by ${decision.personName}`;
}

export function ExchangeDecisions({ view, onSaved, editing, open, close }: ExchangeDecisionsProps) {
  return (
    <section aria-labelledby="exchange-decisions-heading" className="govuk-!-margin-bottom-8" data-testid="exchange-decisions">
      <h3 className="govuk-heading-m" id="exchange-decisions-heading">
        Decisions to be signed
      </h3>
      {view.decisions.length === 0 ? (
        <p className="govuk-body">No screening decision, endorsement or declaration of interest has been recorded on this case yet.</p>
      ) : (
        view.decisions.map((decision) => {
          const key = `decision:${decision.recordId}` as const;
          return (
            <article key={decision.recordId} aria-labelledby={`exchange-decision-${decision.recordId}`} className="govuk-!-margin-bottom-6" data-testid={`exchange-decision-${decision.recordId}`}>
              <h4 className="govuk-heading-s" id={`exchange-decision-${decision.recordId}`}>
                {decision.label}
              </h4>
              <SummaryRows
                rows={[
                  { key: 'Current entry', value: currentEntry(decision) },
                  { key: 'Asked to sign', value: sentWords(decision.requested, 'Not asked') },
                ]}
              />
              {decision.history.length === 0 ? null : (
                <>
                  <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Earlier entries, kept in the history</p>
                  <ul className="govuk-list govuk-list--bullet govuk-body-s" data-testid="decision-history">
                    {decision.history.map((entry, index) => (
                      <li key={index}>{`${entry.summary} Entered by ${entry.enteredBy} on ${formatTimestamp(entry.enteredAt)}; replaced on ${formatTimestamp(entry.replacedAt)}.`}</li>
                    ))}
                  </ul>
                </>
              )}
              {editing === key ? <AskDecisionForm reference={view.reference} decision={decision} contacts={view.contacts} onSaved={onSaved} onCancel={close} /> : null}
              {view.canSend && editing === null && view.contacts.length > 0 && decision.onBehalf ? (
                <button type="button" className="govuk-button govuk-button--secondary" onClick={() => open(key)}>
                  {decision.requested === null ? `Ask ${decision.personName} to sign this` : `Ask ${decision.personName} again`}
                  <span className="govuk-visually-hidden">{` – ${decision.label}`}</span>
                </button>
              ) : null}
            </article>
          );
        })
      )}
    </section>
  );
}
