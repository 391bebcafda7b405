/**
 * Published reports after their minimum time on the website: a reminder that each may come off,
 * and the record once it has. Never a deletion — the report is kept and available on request,
 * and a 7-minute briefing stays on the website.
 */
import { RETENTION_RULE_LABELS } from '../../shared/retention/retention-rules.ts';
import { useState } from 'react';
import type { Result } from '../../shared/errors.ts';
import type { PublicationDue, RetentionView, TakenOffWebsite } from '../../shared/retention/retention-view.ts';
import { formatDate } from '../components/format-date.ts';
import { TakenOffForm } from './TakenOffForm.tsx';

export interface PublicationsSectionProps {
  readonly view: RetentionView;
  readonly applyResult: (result: Result<RetentionView>) => Result<RetentionView>;
  /** Tells the page what was recorded, for its one success banner. */
  readonly onOutcome: (heading: string, body: string) => void;
}

function TakenOffList({ takenOff }: { readonly takenOff: readonly TakenOffWebsite[] }) {
  if (takenOff.length === 0) return null;
  return (
    <details className="govuk-details" data-testid="retention-taken-off">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{`Reports taken off the website (${takenOff.length.toLocaleString('en-GB')})`}</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">Each is kept and available on request.</p>
        <ul className="govuk-list">
          {takenOff.map((report) => (
            <li key={report.reference}>{`${report.reference}: published on ${formatDate(report.publishedOn)}, taken off the website on ${formatDate(report.takenOffOn)}`}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}

export function PublicationsSection({ view, applyResult, onOutcome }: PublicationsSectionProps) {
  const [recording, setRecording] = useState<PublicationDue | null>(null);
  const done = (due: PublicationDue, takenOffOn?: string) => {
    setRecording(null);
    if (takenOffOn !== undefined) onOutcome(`Case ${due.reference}’s report is recorded as taken off the website on ${formatDate(takenOffOn)}`, 'It is kept and available on request.');
  };
  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby="retention-publications" data-testid="retention-publications">
      <h3 className="govuk-heading-m" id="retention-publications">
        {RETENTION_RULE_LABELS['publication-12-months']}
      </h3>
      <p className="govuk-body">
        A published report stays on the partnership’s website for at least the policy’s minimum time, then may come off it. Taking it off is not deleting it: the report is kept and available on request, and its 7-minute briefing stays on the website.
      </p>
      {view.publications.length === 0 ? (
        <p className="govuk-body" data-testid="retention-publications-none">
          No published report is due to come off the website.
        </p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Published reports that may come off the website</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Case
              </th>
              <th scope="col" className="govuk-table__header">
                Published
              </th>
              <th scope="col" className="govuk-table__header">
                May come off from
              </th>
              <th scope="col" className="govuk-table__header">
                7-minute briefing
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {view.publications.map((due) => (
              <tr className="govuk-table__row" key={due.reference}>
                <th scope="row" className="govuk-table__header prm-nowrap">
                  {due.reference}
                </th>
                <td className="govuk-table__cell">{formatDate(due.publishedOn)}</td>
                <td className="govuk-table__cell">{formatDate(due.mayComeDownOn)}</td>
                <td className="govuk-table__cell">{due.hasBriefing ? 'Stays on the website' : 'None'}</td>
                <td className="govuk-table__cell">
                  <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 prm-nowrap" onClick={() => setRecording(due)}>
                    Record taken off<span className="govuk-visually-hidden">{` the website: case ${due.reference}`}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {recording === null ? null : <TakenOffForm key={recording.reference} due={recording} today={view.today} applyResult={applyResult} onDone={(takenOffOn) => done(recording, takenOffOn)} />}
      <TakenOffList takenOff={view.takenOff} />
    </section>
  );
}
