/**
 * Closed cases past the partnership's retention period: the period (none until set), and each
 * case due with what it holds, and either its delete button or why it cannot go yet.
 */
import { RETENTION_RULE_LABELS } from '../../shared/retention/retention-rules.ts';
import { useState } from 'react';
import { CASE_KIND_LABELS } from '../../shared/case-kinds.ts';
import type { Result } from '../../shared/errors.ts';
import type { ClosedCaseDue, RetentionView } from '../../shared/retention/retention-view.ts';
import { formatDate } from '../components/format-date.ts';
import { ClosedCasePeriodForm } from './ClosedCasePeriodForm.tsx';
import { caseHoldsWords } from './retention-words.ts';

export interface ClosedCasesSectionProps {
  readonly view: RetentionView;
  readonly applyResult: (result: Result<RetentionView>) => Result<RetentionView>;
  readonly onDelete: (due: ClosedCaseDue) => void;
  /** Tells the page what was saved, for its one success banner. */
  readonly onOutcome: (heading: string) => void;
}

function periodWords(years: number | null): string {
  if (years === null) return 'None set: closed cases are kept until the partnership sets a period';
  return `${years.toLocaleString('en-GB')} ${years === 1 ? 'year' : 'years'} after the case closes`;
}

function DueTable({ closedCases, onDelete }: { readonly closedCases: readonly ClosedCaseDue[]; readonly onDelete: (due: ClosedCaseDue) => void }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Closed cases due for deletion</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Case
          </th>
          <th scope="col" className="govuk-table__header">
            Closed
          </th>
          <th scope="col" className="govuk-table__header">
            Due from
          </th>
          <th scope="col" className="govuk-table__header">
            Documents
          </th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {closedCases.map((due) => (
          <tr className="govuk-table__row" key={due.reference} data-testid="retention-closed-row">
            <th scope="row" className="govuk-table__header">
              <span className="prm-nowrap">{due.reference}</span>
              <span className="govuk-body-s prm-secondary-text govuk-!-display-block">{CASE_KIND_LABELS[due.kind]}</span>
            </th>
            <td className="govuk-table__cell">{formatDate(due.closedOn)}</td>
            <td className="govuk-table__cell">{formatDate(due.dueOn)}</td>
            <td className="govuk-table__cell">{caseHoldsWords(due)}</td>
            <td className="govuk-table__cell">
              {due.blockers.length === 0 ? (
                <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0 prm-nowrap" onClick={() => onDelete(due)}>
                  Delete case<span className="govuk-visually-hidden">{` ${due.reference}`}</span>
                </button>
              ) : (
                <>
                  <strong className="govuk-tag govuk-tag--grey">Cannot be deleted yet</strong>
                  {due.blockers.map((blocker) => (
                    <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0" key={blocker}>
                      {blocker}
                    </p>
                  ))}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ClosedCasesSection({ view, applyResult, onDelete, onOutcome }: ClosedCasesSectionProps) {
  const [changing, setChanging] = useState(false);
  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby="retention-closed" data-testid="retention-closed">
      <h3 className="govuk-heading-m" id="retention-closed">
        {RETENTION_RULE_LABELS['closed-cases']}
      </h3>
      <p className="govuk-body">Once the period has passed, the whole case is deleted: its records, people, documents, reports, action plan and learning, and the details of the audit events about it.</p>
      {changing ? (
        <ClosedCasePeriodForm
          years={view.closedCaseYears}
          applyResult={applyResult}
          onDone={(period) => {
            setChanging(false);
            if (period !== undefined) onOutcome(`The retention period for closed cases is now ${period.years === null ? 'none' : periodWords(period.years)}`);
          }}
        />
      ) : (
        <dl className="govuk-summary-list" data-testid="closed-case-period">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Retention period</dt>
            <dd className="govuk-summary-list__value">{periodWords(view.closedCaseYears)}</dd>
            <dd className="govuk-summary-list__actions">
              <button type="button" className="govuk-link prm-link-button" onClick={() => setChanging(true)}>
                Change<span className="govuk-visually-hidden"> the retention period</span>
              </button>
            </dd>
          </div>
        </dl>
      )}
      {view.closedCaseYears === null ? null : view.closedCases.length === 0 ? (
        <p className="govuk-body" data-testid="retention-closed-none">
          No closed case is past the retention period.
        </p>
      ) : (
        <DueTable closedCases={view.closedCases} onDelete={onDelete} />
      )}
    </section>
  );
}

