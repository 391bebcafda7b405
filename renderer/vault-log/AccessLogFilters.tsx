/** The access log's filters: case, agency, person and action, each a select of what the person may see. */
import type { FormEvent } from 'react';
import { ACCESS_LOG_ACTION_NAMES, ACCESS_LOG_ACTIONS, type AccessLogView } from '../../shared/vault/access-log.ts';
import { Select } from '../components/form/Select.tsx';
import { isFiltered, NO_CHOICES, type LogFilterChoices } from './describe-log.ts';

const ACTION_OPTIONS = ACCESS_LOG_ACTION_NAMES.map((action) => ({ value: action, label: ACCESS_LOG_ACTIONS[action] }));

const asOptions = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

export interface AccessLogFiltersProps {
  readonly choices: LogFilterChoices;
  readonly onChoices: (choices: LogFilterChoices) => void;
  /** Only what the person may see: main lists it. */
  readonly options: AccessLogView['options'];
}

/**
 * The filters above the log. Each applies as soon as it changes, as the case list's do, so
 * there is no button to press; the choices are only the cases, agencies and people the person
 * may see events of.
 */
export function AccessLogFilters({ choices, onChoices, options }: AccessLogFiltersProps) {
  const set = (change: Partial<LogFilterChoices>) => onChoices({ ...choices, ...change });
  const ignoreSubmit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();
  return (
    <form noValidate onSubmit={ignoreSubmit} aria-label="Filter the access log" data-testid="access-log-filters">
      <h2 className="govuk-heading-s">Filter the log</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <Select id="log-reference" label="Case" value={choices.reference} onChange={(reference) => set({ reference })} options={asOptions(options.references)} emptyLabel="All cases" />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select id="log-agency" label="Agency" value={choices.agency} onChange={(agency) => set({ agency })} options={asOptions(options.agencies)} emptyLabel="All agencies" />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select id="log-person" label="Person" value={choices.person} onChange={(person) => set({ person })} options={asOptions(options.people)} emptyLabel="Everyone" />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select id="log-action" label="Action" value={choices.action} onChange={(action) => set({ action })} options={ACTION_OPTIONS} emptyLabel="All actions" />
        </div>
      </div>
      {isFiltered(choices) ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onChoices(NO_CHOICES)}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
