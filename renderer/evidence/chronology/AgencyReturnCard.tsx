import type { ChronologyReturnView } from '../../../shared/evidence/evidence-view.ts';
import { SummaryList } from '../../case/components/SummaryList.tsx';
import { formatTimestamp } from '../../case/components/format-timestamp.ts';
import type { ChronologyProblem } from '../../../shared/evidence/chronology.ts';
import { ActionLink } from './ActionLink.tsx';
import { problemsToAccept } from '../../../shared/evidence/chronology.ts';
import { problemsCount, ProblemsTable } from './ProblemsTable.tsx';

export interface AgencyReturnCardProps {
  readonly agency: string;
  readonly current: ChronologyReturnView | undefined;
  readonly canEdit: boolean;
  readonly onImport: () => void;
  readonly onRemove: () => void;
}

function problemsWords(problems: readonly ChronologyProblem[]): string {
  if (problems.length === 0) return 'None';
  if (problemsToAccept(problems).length === 0) return 'None that matter: only the template’s instructions and summary sheets were not read, and they hold no events';
  return `${problemsCount(problems.length)}: rows or sheets that could not be read, listed below`;
}

function cardId(agency: string): string {
  return `return-${agency.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** One agency's chronology return: the file and what was read from it, or that it is still awaited. */
export function AgencyReturnCard({ agency, current, canEdit, onImport, onRemove }: AgencyReturnCardProps) {
  const id = cardId(agency);
  return (
    <div className="govuk-summary-card" data-testid={id}>
      <div className="govuk-summary-card__title-wrapper">
        <h4 className="govuk-summary-card__title" id={`${id}-title`}>
          {agency}{' '}
          {current === undefined ? <strong className="govuk-tag govuk-tag--yellow">Awaited</strong> : <strong className="govuk-tag govuk-tag--green">Imported</strong>}
        </h4>
        {canEdit ? (
          <ul className="govuk-summary-card__actions">
            <li className="govuk-summary-card__action">
              <ActionLink href={`${id}-import`} onClick={onImport}>
                {current === undefined ? 'Import a chronology' : 'Import a new chronology'}
                <span className="govuk-visually-hidden">{` from ${agency}`}</span>
              </ActionLink>
            </li>
            {current === undefined ? null : (
              <li className="govuk-summary-card__action">
                <ActionLink href={`${id}-remove`} onClick={onRemove}>
                  Remove this return<span className="govuk-visually-hidden">{` from ${agency}`}</span>
                </ActionLink>
              </li>
            )}
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">
        {current === undefined ? (
          <p className="govuk-body govuk-!-margin-bottom-0">{`No chronology has been imported from ${agency} yet.`}</p>
        ) : (
          <>
            <SummaryList
              rows={[
                { label: 'File', value: current.fileName },
                { label: 'Rows read', value: current.rowCount.toLocaleString('en-GB') },
                { label: 'Imported', value: `${formatTimestamp(current.importedAt)} by ${current.importedBy}` },
                { label: 'Problems', value: problemsWords(current.problems) },
              ]}
            />
            {current.problems.length === 0 ? null : (
              <details className="govuk-details govuk-!-margin-bottom-0">
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">{`The ${problemsCount(current.problems.length)} in ${current.fileName}`}</span>
                </summary>
                <div className="govuk-details__text">
                  <ProblemsTable problems={current.problems} caption={`Problems in ${current.fileName}`} />
                </div>
              </details>
            )}
          </>
        )}
      </div>
    </div>
  );
}
