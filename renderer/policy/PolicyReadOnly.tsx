import type { PolicyView } from '../../shared/ipc/case-calls.ts';
import { CLOCK_DEFINITIONS, CLOCKS, describeRule } from '../../shared/reviews/clocks.ts';
import { AgencyTable } from './AgencySettings.tsx';
import { namingLabel } from './naming.ts';

/** The settings as they stand, for someone who may read them but not change them. */
export function PolicyReadOnly({ view }: { view: PolicyView }) {
  return (
    <div data-testid="policy-read-only">
      <div className="govuk-inset-text">Only administrators can change these settings. If one needs changing, ask an administrator of Practice Review Manager in the Business Unit.</div>
      <h2 className="govuk-heading-m">Deadlines</h2>
      <dl className="govuk-summary-list">
        {CLOCKS.map((clock) => (
          <div className="govuk-summary-list__row" key={clock}>
            <dt className="govuk-summary-list__key">{CLOCK_DEFINITIONS[clock].label}</dt>
            <dd className="govuk-summary-list__value">{describeRule(clock, view.policy.amounts[clock])}</dd>
          </div>
        ))}
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Due soon</dt>
          <dd className="govuk-summary-list__value">
            When {view.policy.amberWorkingDays} working {view.policy.amberWorkingDays === 1 ? 'day is' : 'days are'} left, or fewer
          </dd>
        </div>
      </dl>
      <h2 className="govuk-heading-m">Publication</h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Children are named by</dt>
          <dd className="govuk-summary-list__value">{namingLabel(view.publicationNaming)}</dd>
        </div>
      </dl>
      <h2 className="govuk-heading-m">Agencies</h2>
      <AgencyTable organisations={view.organisations} />
    </div>
  );
}
