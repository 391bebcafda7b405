/**
 * The distribution register: which version of the redacted draft went to whom, how, and whether
 * they may forward it; then their factual-accuracy reply and their confirmation that they deleted
 * it when the review ended. One row is updated at a time, in a form under the table.
 */
import { useState } from 'react';
import type { DistributionView } from '../../shared/reports/distribution.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { dateText } from '../case/stages/describe-values.ts';
import type { UseWholeView } from '../components/use-whole-view.ts';
import { DistributionUpdateForm } from './DistributionUpdateForm.tsx';

export interface DistributionRegisterProps {
  readonly view: ReportsView;
  readonly applyResult: UseWholeView<ReportsView>['applyResult'];
  readonly onSaved: (message: string) => void;
}

const VIA_WORDS: Readonly<Record<DistributionView['via'], string>> = { bundle: 'Sealed bundle', file: 'File' };

export function DistributionRegister({ view, applyResult, onSaved }: DistributionRegisterProps) {
  const [updating, setUpdating] = useState<number | null>(null);
  const row = view.distributions.find((each) => each.id === updating) ?? null;
  if (view.distributions.length === 0) {
    return (
      <p className="govuk-body" data-testid="distribution-empty">
        No draft has been sent yet. Each redacted draft you download or send for factual accuracy is recorded here.
      </p>
    );
  }
  return (
    <>
      <div className="prm-table-scroll" tabIndex={0} role="region" aria-label="Drafts sent">
        <table className="govuk-table govuk-!-font-size-16" data-testid="distribution-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Drafts sent for factual accuracy</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['Version', 'Recipient', 'Agency', 'How', 'When', 'May forward', 'Reply received', 'Deletion confirmed'].map((column) => (
                <th scope="col" className="govuk-table__header" key={column}>
                  {column}
                </th>
              ))}
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {view.distributions.map((each) => (
              <tr className="govuk-table__row" key={each.id} data-testid="distribution-row">
                <td className="govuk-table__cell">{each.version}</td>
                <th scope="row" className="govuk-table__header">
                  {each.recipient}
                </th>
                <td className="govuk-table__cell">{each.agency}</td>
                <td className="govuk-table__cell">{VIA_WORDS[each.via]}</td>
                <td className="govuk-table__cell">{`${formatTimestamp(each.sentAt)} by ${each.sentBy}`}</td>
                <td className="govuk-table__cell">{each.mayForward ? 'Yes' : 'No'}</td>
                <td className="govuk-table__cell">
                  {each.replyReceivedOn !== null ? dateText(each.replyReceivedOn) : each.reply === '' ? 'Not yet' : 'Date not recorded'}
                  {each.reply === '' ? null : <span className="govuk-!-display-block prm-secondary-text" style={{ whiteSpace: 'pre-line' }}>{each.reply}</span>}
                </td>
                <td className="govuk-table__cell">{each.deletionConfirmedOn === null ? 'Not yet' : dateText(each.deletionConfirmedOn)}</td>
                <td className="govuk-table__cell">
                  {view.canWrite ? (
                    <button type="button" className="prm-link-button prm-action-link" onClick={() => setUpdating(each.id)}>
                      Update<span className="govuk-visually-hidden">{` the draft sent to ${each.recipient}`}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {row === null ? null : (
        <DistributionUpdateForm
          key={row.id}
          reference={view.reference}
          row={row}
          applyResult={applyResult}
          onCancel={() => setUpdating(null)}
          onSaved={() => {
            setUpdating(null);
            onSaved(`The draft sent to ${row.recipient} has been updated.`);
          }}
        />
      )}
    </>
  );
}
