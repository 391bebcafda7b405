/**
 * The redaction register: every person and place on the case, what identifies them, and the
 * name the report uses instead. It is replaced everywhere without asking, so the reviewer reads
 * it for what is missing (a nickname, an old address) and adds it where it is kept.
 */
import type { MouseEvent } from 'react';
import { IDENTIFIER_KINDS, IDENTIFIER_LABELS, type IdentifierKind, type RegisterEntry } from '../../shared/reports/redaction.ts';
import { formatDate } from '../components/format-date.ts';

export interface RegisterTableProps {
  readonly register: readonly RegisterEntry[];
  /** Opens the case's People section, where a person's names, dates and addresses are changed. */
  readonly onOpenPeople: () => void;
}

export function RegisterTable({ register, onOpenPeople }: RegisterTableProps) {
  const openPeople = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onOpenPeople();
  };
  const peopleLink = (
    <a className="govuk-link" href="#people" onClick={openPeople}>
      People section
    </a>
  );
  if (register.length === 0) {
    return (
      <p className="govuk-body" data-testid="register-empty">
        Nobody is on the register yet. Add the child, family members and practitioners in the {peopleLink}, and the places below.
      </p>
    );
  }
  return (
    <>
      <p className="govuk-body">
        Each of these is replaced by its published name wherever it appears, in any capitals, possessive or split across a line. To change a person, go to the {peopleLink}.
      </p>
      <table className="govuk-table" data-testid="register-table">
        <caption className="govuk-table__caption govuk-table__caption--s">People and places on the register</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Who or what
            </th>
            <th scope="col" className="govuk-table__header">
              Published as
            </th>
            <th scope="col" className="govuk-table__header">
              What identifies them
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {register.map((entry) => (
            <tr className="govuk-table__row" key={entry.id}>
              <th scope="row" className="govuk-table__header">
                {entry.label}
              </th>
              <td className="govuk-table__cell">{entry.pseudonym}</td>
              <td className="govuk-table__cell">
                {entry.values.length === 0 ? (
                  'Nothing recorded'
                ) : (
                  <ul className="govuk-list govuk-!-margin-bottom-0">
                    {valuesByKind(entry).map(([kind, values]) => (
                      <li key={kind}>
                        <span className="govuk-!-font-weight-bold">{`${IDENTIFIER_LABELS[kind]}:`}</span> {values.join('; ')}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** An entry's values, one line per kind ("Name: Rowan Quillfeather; Rowan; Quillfeather"), dates as people write them. */
function valuesByKind(entry: RegisterEntry): [IdentifierKind, string[]][] {
  return IDENTIFIER_KINDS.map((kind): [IdentifierKind, string[]] => [kind, entry.values.filter((value) => value.kind === kind).map((value) => (kind === 'date-of-birth' ? formatDate(value.value) : value.value))]).filter(
    ([, values]) => values.length > 0,
  );
}
