/**
 * Repeat incidents on this case: the earlier cases flagged as the same circumstances again, the
 * person search's suggestions of earlier cases with the same child or family, and a way to flag
 * another case by its reference. The annual figures count the flags.
 */
import { useState } from 'react';
import type { z } from 'zod';
import type { repeatIncidentView } from '../../shared/learning/learning.ts';
import { ConfirmRemove } from '../case/components/ConfirmRemove.tsx';
import { formatTimestampDate } from '../case/components/format-timestamp.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import type { FieldError } from '../components/field-errors.ts';
import { formatDate } from '../components/format-date.ts';
import { fieldErrorsFrom } from '../components/problems.ts';
import { useApi } from '../session/api-context.tsx';
import type { CaseLearningPartProps, RepeatForm } from './case-learning-part.ts';
import { CaseLink } from './CaseLink.tsx';
import { RepeatIncidentForm } from './RepeatIncidentForm.tsx';
import { RepeatSuggestions } from './RepeatSuggestions.tsx';

type RepeatIncident = z.infer<typeof repeatIncidentView>;

/** A date as main sends it, or an instant (when it was flagged), as the Business Unit's calendar has it. */
function dayOf(when: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(when) ? formatDate(when) : formatTimestampDate(when);
}

export function RepeatIncidents(props: CaseLearningPartProps) {
  const { view, navigate } = props;
  const [open, setOpen] = useState<RepeatForm>(null);
  return (
    <section aria-labelledby="repeat-incidents-heading" data-testid="repeat-incidents">
      <h3 className="govuk-heading-m govuk-!-margin-top-6" id="repeat-incidents-heading">
        Repeat incidents
      </h3>
      <p className="govuk-body">An earlier case is a repeat incident when the same child or family comes back to the partnership in the same circumstances.</p>
      <FlaggedIncidents {...props} />
      <RepeatSuggestions suggestions={view.suggestions} canChange={view.canChange} navigate={navigate} open={open} onOpen={setOpen} />
      {open === null ? null : (
        <RepeatIncidentForm
          key={open.kind === 'typed' ? 'typed' : open.earlierReference}
          reference={view.reference}
          suggested={open.kind === 'suggested' ? open.earlierReference : null}
          applyResult={props.applyResult}
          onCancel={() => setOpen(null)}
          onSaved={(earlierReference) => {
            setOpen(null);
            props.onOutcome(`${earlierReference} has been flagged as a repeat incident.`);
          }}
        />
      )}
      {view.canChange && open === null ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setOpen({ kind: 'typed' })}>
          Flag another case as a repeat incident
        </button>
      ) : null}
    </section>
  );
}

function FlaggedIncidents({ view, applyResult, navigate, onOutcome }: CaseLearningPartProps) {
  const call = useApi();
  const [removing, setRemoving] = useState<RepeatIncident | null>(null);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<readonly FieldError[]>([]);

  if (view.repeatIncidents.length === 0) {
    return (
      <p className="govuk-body" data-testid="repeat-incidents-none">
        No repeat incident has been flagged on this case.
      </p>
    );
  }

  const remove = async (incident: RepeatIncident) => {
    if (busy) return;
    setBusy(true);
    const result = applyResult(await call('learning.removeRepeat', { reference: view.reference, id: incident.id }));
    setBusy(false);
    if (result.ok) {
      setRemoving(null);
      setProblems([]);
      onOutcome(`${incident.earlierReference} is no longer flagged as a repeat incident.`);
    } else if (result.error.code !== 'LOCKED') setProblems(fieldErrorsFrom(result.error, '').map((problem) => ({ message: problem.message })));
  };

  return (
    <>
      <ErrorSummary errors={problems} />
      <table className="govuk-table" data-testid="repeat-incidents-flagged">
        <caption className="govuk-table__caption govuk-table__caption--s">Flagged as repeat incidents</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Earlier case
            </th>
            <th scope="col" className="govuk-table__header">
              Why it is a repeat incident
            </th>
            <th scope="col" className="govuk-table__header">
              Flagged
            </th>
            {view.canChange ? (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Remove</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {view.repeatIncidents.map((incident) => (
            <tr className="govuk-table__row" key={incident.id}>
              <td className="govuk-table__cell prm-nowrap">
                <CaseLink reference={incident.earlierReference} section="overview" navigate={navigate} />
              </td>
              <td className="govuk-table__cell" style={{ whiteSpace: 'pre-line' }}>
                {incident.note === '' ? <span className="prm-secondary-text">No note</span> : incident.note}
              </td>
              <td className="govuk-table__cell">{`By ${incident.flaggedBy} on ${dayOf(incident.flaggedOn)}`}</td>
              {view.canChange ? (
                <td className="govuk-table__cell">
                  <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setRemoving(incident)}>
                    Remove<span className="govuk-visually-hidden">{` the flag on ${incident.earlierReference}`}</span>
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {removing === null ? null : (
        <ConfirmRemove
          what={`the repeat incident flag on ${removing.earlierReference}`}
          consequence="The earlier case stays as it is; only the link between the two cases goes, and the annual figures stop counting it."
          removing={busy}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </>
  );
}
