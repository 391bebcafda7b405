/**
 * What redaction did to an export: how many of each identifier were replaced, how many of those
 * came from the register and how many the detectors found, and how many the reviewer dismissed
 * and left in.
 */
import { IDENTIFIER_LABELS, type RedactionSummary } from '../../shared/reports/redaction.ts';

const count = (value: number) => value.toLocaleString('en-GB');

export function RedactionSummaryTable({ summary, caption }: { readonly summary: RedactionSummary; readonly caption: string }) {
  const total = summary.byKind.reduce((sum, row) => sum + row.count, 0);
  if (total === 0) {
    return (
      <div data-testid="redaction-summary">
        <p className="govuk-body govuk-!-font-weight-bold">{caption}</p>
        <p className="govuk-body">{`Nothing was replaced: the text names nobody on the register and holds no identifier the detectors look for.${summary.dismissed === 0 ? '' : ` ${dismissedWords(summary.dismissed)}`}`}</p>
      </div>
    );
  }
  return (
    <div data-testid="redaction-summary">
      <table className="govuk-table govuk-!-margin-bottom-4">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Identifier
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Replaced
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {summary.byKind.map((row) => (
            <tr className="govuk-table__row" key={row.kind}>
              <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                {IDENTIFIER_LABELS[row.kind]}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(row.count)}</td>
            </tr>
          ))}
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              Total
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold">{count(total)}</td>
          </tr>
        </tbody>
      </table>
      <ul className="govuk-list govuk-list--bullet">
        <li>{`${count(summary.pseudonyms)} from the register of the case’s people and places; ${count(Math.max(0, total - summary.pseudonyms))} found by the detectors and redacted.`}</li>
        <li>{dismissedWords(summary.dismissed)}</li>
      </ul>
    </div>
  );
}

function dismissedWords(dismissed: number): string {
  return dismissed === 1 ? '1 identifier was dismissed and left in, with a reason.' : `${count(dismissed)} identifiers were dismissed and left in, with a reason.`;
}
