/** Where the store's keys stand: which key, sealed to whom, when it and the recovery code were made. */
import type { KeysView } from '../../shared/accounts/accounts.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { SummaryList } from '../case/components/SummaryList.tsx';

const people = (count: number): string => (count === 1 ? '1 person' : `${count.toLocaleString('en-GB')} people`);

export function KeysSummary({ view }: { readonly view: KeysView }) {
  return (
    <SummaryList
      testId="keys-summary"
      rows={[
        {
          label: 'Master key',
          value: view.lastRekeyedAt === null ? 'The first key, made when the store was set up' : `Key ${view.epoch}, made on ${formatTimestamp(view.lastRekeyedAt)}`,
        },
        { label: 'Sealed to', value: `${people(view.activeUsers)} with active accounts, and the recovery key` },
        {
          label: 'Disabled accounts',
          value:
            view.disabledUsers === 0 ? (
              'None'
            ) : (
              <>
                {people(view.disabledUsers)}
                {view.disabledSinceRekey === 0 ? (
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0 prm-secondary-text">The keys have been changed since they left.</span>
                ) : (
                  <strong className="govuk-tag govuk-tag--orange govuk-!-display-block govuk-!-margin-top-1" data-testid="keys-leavers-since-rekey">
                    {`${people(view.disabledSinceRekey)} left since the keys were last changed`}
                  </strong>
                )}
              </>
            ),
        },
        { label: 'Recovery code', value: view.recoveryCodeMadeAt === null ? 'Made when the store was set up' : `Made on ${formatTimestamp(view.recoveryCodeMadeAt)}` },
      ]}
    />
  );
}
