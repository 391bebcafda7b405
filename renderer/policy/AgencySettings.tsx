import { useState, type FormEvent } from 'react';
import type { OrganisationView, PolicyView } from '../../shared/ipc/case-calls.ts';
import { STATUTORY_PARTNER_LABELS, STATUTORY_PARTNERS, type StatutoryPartner } from '../../shared/organisations.ts';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { describedBy, FieldLabelling } from '../components/FieldLabelling.tsx';
import { fieldErrorsFrom } from '../components/problems.ts';
import { useApi } from '../session/api-context.tsx';

export const AGENCY_NAME_FIELD = 'agency-name';

export interface AgencySettingsProps {
  readonly view: PolicyView;
  readonly errors: readonly FieldError[];
  readonly onErrors: (errors: FieldError[]) => void;
  /** After a change main accepted: the new settings. */
  readonly onChanged: (view: PolicyView) => void;
}

/**
 * The agencies people on a case belong to, and which statutory partner each counts as: the
 * rapid review's quorum is judged by it (one attendee each from the Local Authority, Police and
 * health).
 */
export function AgencySettings({ view, errors, onErrors, onChanged }: AgencySettingsProps) {
  const call = useApi();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  // Said beside the table, not in a banner at the top: the person is working down here.
  const [done, setDone] = useState('');

  const accepted = (next: PolicyView, what: string) => {
    setDone(what);
    onChanged(next);
  };

  const setPartner = async (organisation: OrganisationView, value: string) => {
    const statutoryPartner = value === '' ? null : (value as StatutoryPartner);
    setBusy(organisation.name);
    const result = await call('organisations.setPartner', { name: organisation.name, statutoryPartner });
    setBusy(null);
    if (result.ok) accepted(result.value, statutoryPartner === null ? `${organisation.name} is no longer counted as a statutory partner.` : `${organisation.name} now counts as ${STATUTORY_PARTNER_LABELS[statutoryPartner]}.`);
    else if (result.error.code !== 'LOCKED') onErrors([{ message: result.error.message }]);
  };

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy !== null) return;
    setDone('');
    if (name.trim().length < 2) {
      onErrors([{ field: AGENCY_NAME_FIELD, message: 'Enter the agency’s name' }]);
      return;
    }
    setBusy(AGENCY_NAME_FIELD);
    const result = await call('organisations.add', { name: name.trim() });
    setBusy(null);
    if (result.ok) {
      accepted(result.value, `${name.trim()} has been added to the agencies.`);
      setName('');
    } else if (result.error.code !== 'LOCKED') {
      onErrors(fieldErrorsFrom(result.error, '').map((error) => (error.field === 'name' || error.field === undefined ? { field: AGENCY_NAME_FIELD, message: error.message } : error)));
    }
  };

  const nameError = errorFor(errors, AGENCY_NAME_FIELD);
  return (
    <>
      <h2 className="govuk-heading-m">Agencies</h2>
      <p className="govuk-body">A rapid review meeting is quorate when at least one person attends from each of the Local Authority, Police and health, judged by the agency each person belongs to.</p>
      <p className="govuk-body govuk-!-font-weight-bold prm-status" role="status" data-testid="agency-status">
        {done}
      </p>
      <AgencyTable organisations={view.organisations} onPartner={setPartner} busy={busy} />
      <form noValidate onSubmit={add} data-testid="add-agency-form">
        <h3 className="govuk-heading-s">Add an agency</h3>
        <div className={`govuk-form-group${nameError === undefined ? '' : ' govuk-form-group--error'}`}>
          <FieldLabelling id={AGENCY_NAME_FIELD} label="Agency name" hint="As the partnership writes it, for example “Salford Foundation Trust”." error={nameError} />
          <input
            className={`govuk-input govuk-!-width-two-thirds${nameError === undefined ? '' : ' govuk-input--error'}`}
            id={AGENCY_NAME_FIELD}
            name={AGENCY_NAME_FIELD}
            type="text"
            autoComplete="organization"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-describedby={describedBy(AGENCY_NAME_FIELD, 'hint', nameError)}
          />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" aria-disabled={busy !== null}>
          Add agency
        </button>
      </form>
    </>
  );
}

interface AgencyTableProps {
  readonly organisations: readonly OrganisationView[];
  /** Absent when the person may only read the settings. */
  readonly onPartner?: (organisation: OrganisationView, value: string) => void;
  readonly busy?: string | null;
}

export function AgencyTable({ organisations, onPartner, busy = null }: AgencyTableProps) {
  return (
    <table className="govuk-table" data-testid="agency-table">
      <caption className="govuk-table__caption govuk-visually-hidden">Agencies and the statutory partner each counts as</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Agency
          </th>
          <th scope="col" className="govuk-table__header">
            Counts as statutory partner
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {organisations.map((organisation, index) => (
          <tr className="govuk-table__row" key={organisation.name}>
            <th scope="row" className="govuk-table__header" id={`agency-${index}`}>
              {organisation.name}
              {organisation.kind === 'business-unit' ? <span className="prm-secondary-text"> (the partnership’s Business Unit)</span> : null}
            </th>
            <td className="govuk-table__cell">
              {onPartner === undefined || organisation.kind === 'business-unit' ? (
                organisation.statutoryPartner === null ? (
                  <span className="prm-secondary-text">None</span>
                ) : (
                  STATUTORY_PARTNER_LABELS[organisation.statutoryPartner]
                )
              ) : (
                <select
                  className="govuk-select"
                  id={`agency-${index}-partner`}
                  aria-labelledby={`agency-${index}-partner-label agency-${index}`}
                  value={organisation.statutoryPartner ?? ''}
                  disabled={busy === organisation.name}
                  onChange={(event) => onPartner(organisation, event.target.value)}
                >
                  <option value="">None</option>
                  {STATUTORY_PARTNERS.map((partner) => (
                    <option key={partner} value={partner}>
                      {STATUTORY_PARTNER_LABELS[partner]}
                    </option>
                  ))}
                </select>
              )}
              {onPartner === undefined ? null : (
                <span hidden id={`agency-${index}-partner-label`}>
                  Statutory partner for
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
