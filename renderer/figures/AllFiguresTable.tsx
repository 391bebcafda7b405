/**
 * Every figure on one list, by the name the workbook's Summary sheet and the command line give
 * it ("timeliness.screening.met"), so a number on screen can be found in the workbook and back.
 */
import type { ReactNode } from 'react';
import { summaryRows, type FiguresView } from '../../shared/figures/figures.ts';
import { formatFigure } from './figure-words.ts';

/** A figure's name with places to break it at its dots and underscores, so a narrow window wraps it where it reads well. */
function breakable(name: string): ReactNode[] {
  return name.split(/(?<=[._])/).flatMap((part, index) => (index === 0 ? [part] : [<wbr key={index} />, part]));
}

export function AllFiguresTable({ view }: { readonly view: FiguresView }) {
  const cells = summaryRows(view);
  return (
    <section aria-labelledby="all-figures-heading" className="prm-figures-section">
      <h2 className="govuk-heading-l" id="all-figures-heading">
        All figures
      </h2>
      <p className="govuk-body govuk-!-width-two-thirds">Each figure above by its name, in the same order as the Summary sheet of the workbook and the command line’s figures.</p>
      <table className="govuk-table prm-all-figures" data-testid="all-figures">
        <caption className="govuk-visually-hidden">All figures, by name</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Figure
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Value
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {cells.map((cell) => (
            <tr className="govuk-table__row" key={cell.name}>
              <th scope="row" className="govuk-table__header prm-all-figures__name">
                <code>{breakable(cell.name)}</code>
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatFigure(cell.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
