/**
 * The cases behind each theme's count, as links. Each theme's list folds away (a theme may be on
 * hundreds of cases over ten years), and opens by keyboard like any GOV.UK details.
 */
import type { Navigate } from '../session/places.ts';
import { CaseLink } from './CaseLink.tsx';
import { countOf, kindLabel, stageLabel } from './learning-words.ts';
import { themeLabel, type ThemeRecurrence } from './theme-recurrence.ts';

export function ThemeCaseLists({ recurring, navigate }: { readonly recurring: readonly ThemeRecurrence[]; readonly navigate: Navigate }) {
  return (
    <>
      <h2 className="govuk-heading-m">The cases tagged with each theme</h2>
      {recurring.map((theme) => (
        <details className="govuk-details" key={theme.theme.id} data-testid="theme-cases">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{`${themeLabel(theme.theme)}: ${countOf(theme.cases, 'case', 'cases')}`}</span>
          </summary>
          <div className="govuk-details__text">
            <table className="govuk-table govuk-!-margin-bottom-0">
              <caption className="govuk-table__caption govuk-visually-hidden">{`Cases tagged with ${theme.theme.name}`}</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Case
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Kind of review
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Financial year
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Stage
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {theme.caseList.map((tagged) => (
                  <tr className="govuk-table__row" key={tagged.reference}>
                    <td className="govuk-table__cell prm-nowrap">
                      <CaseLink reference={tagged.reference} section="learning" navigate={navigate} />
                    </td>
                    <td className="govuk-table__cell">{kindLabel(tagged.kind)}</td>
                    <td className="govuk-table__cell">{tagged.year}</td>
                    <td className="govuk-table__cell">{stageLabel(tagged.stage)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </>
  );
}
