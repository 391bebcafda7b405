/**
 * Secured files of closed reviews still waiting for their agency's instruction. Listed only:
 * the records are the agency's, released or destroyed by its nominated representative alone.
 */
import { RETENTION_RULE_LABELS } from '../../shared/retention/retention-rules.ts';
import type { SecuredAwaiting } from '../../shared/retention/retention-view.ts';
import { formatDate } from '../components/format-date.ts';
import { counted } from './retention-words.ts';

function whereWords(awaiting: SecuredAwaiting): string {
  if (awaiting.heldIn === 'agency') return 'At the agency';
  const files = awaiting.files === null ? '' : `, ${counted(awaiting.files, 'file', 'files')}`;
  return `In this app${files}`;
}

function statusWords(awaiting: SecuredAwaiting): string {
  const given = awaiting.instructionGivenOn === null ? '' : ` on ${formatDate(awaiting.instructionGivenOn)}`;
  const status = awaiting.instruction === null ? 'Waiting for the agency’s instruction.' : `${awaiting.instruction === 'release' ? 'Release' : 'Destruction'} instructed${given}, not yet recorded as done.`;
  return awaiting.representative === null ? status : `${status} Only ${awaiting.representative}, the nominated representative, can release or destroy them.`;
}

export function SecuredAwaitingSection({ securedSets }: { readonly securedSets: readonly SecuredAwaiting[] }) {
  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby="retention-secured" data-testid="retention-secured">
      <h3 className="govuk-heading-m" id="retention-secured">
        {RETENTION_RULE_LABELS['secured-sets']}
      </h3>
      <p className="govuk-body">
        When a review closes, each agency’s secured records are released or destroyed on that agency’s instruction. Only its nominated representative can do that, from the case’s Secured files section; nothing is deleted from here. A case is not deleted while its agencies’ records wait.
      </p>
      {securedSets.length === 0 ? (
        <p className="govuk-body" data-testid="retention-secured-none">
          No closed review has secured files waiting for an instruction.
        </p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Secured files awaiting the agency’s instruction</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Case
              </th>
              <th scope="col" className="govuk-table__header">
                Agency
              </th>
              <th scope="col" className="govuk-table__header">
                Case closed
              </th>
              <th scope="col" className="govuk-table__header">
                Held
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {securedSets.map((awaiting) => (
              <tr className="govuk-table__row" key={`${awaiting.reference}-${awaiting.agency}-${awaiting.heldIn}`}>
                <th scope="row" className="govuk-table__header prm-nowrap">
                  {awaiting.reference}
                </th>
                <td className="govuk-table__cell">{awaiting.agency}</td>
                <td className="govuk-table__cell">{formatDate(awaiting.closedOn)}</td>
                <td className="govuk-table__cell">{whereWords(awaiting)}</td>
                <td className="govuk-table__cell">{statusWords(awaiting)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
