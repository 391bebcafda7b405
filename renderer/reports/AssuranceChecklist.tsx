/**
 * The Practice Review Assurance Questions checklist, completed twice before sign-off: once by the
 * chair and once by the lead reviewer. Each completion shows who answered, who entered it and
 * when, and every answer with its comment; its answers are kept with the case.
 */
import { useState } from 'react';
import { ASSURANCE_QUESTIONS, ASSURANCE_SIGNER_LABELS, ASSURANCE_SIGNERS, type AssuranceSigner, type AssuranceView } from '../../shared/reports/assurance.ts';
import type { Result } from '../../shared/errors.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { ANSWER_LABELS, AssuranceForm } from './AssuranceForm.tsx';

export interface AssuranceChecklistProps {
  readonly view: ReportsView;
  readonly applyResult: (result: Result<ReportsView>) => Result<ReportsView>;
  readonly onSaved: (message: string) => void;
}

export function AssuranceChecklist({ view, applyResult, onSaved }: AssuranceChecklistProps) {
  const [open, setOpen] = useState<AssuranceSigner | null>(null);
  const done = ASSURANCE_SIGNERS.filter((signer) => view.assurance.some((completion) => completion.signer === signer)).length;

  return (
    <div data-testid="assurance-checklist">
      <p className="govuk-body">
        {done === ASSURANCE_SIGNERS.length
          ? 'Both the chair and the lead reviewer have completed the checklist.'
          : `${done} of ${ASSURANCE_SIGNERS.length} completions recorded. The chair and the lead reviewer each complete it before the report is signed off.`}
      </p>
      {ASSURANCE_SIGNERS.map((signer) => {
        const completion = view.assurance.find((each) => each.signer === signer);
        const label = ASSURANCE_SIGNER_LABELS[signer];
        if (open === signer) {
          return (
            <AssuranceForm
              key={signer}
              view={view}
              signer={signer}
              previous={completion}
              applyResult={applyResult}
              onCancel={() => setOpen(null)}
              onSaved={() => {
                setOpen(null);
                onSaved(`The ${label.toLowerCase()}’s assurance checklist has been saved.`);
              }}
            />
          );
        }
        return (
          <div key={signer} className="govuk-!-margin-bottom-8" data-testid={`assurance-${signer}`}>
            <h4 className="govuk-heading-s">{label}</h4>
            {completion === undefined ? <p className="govuk-body">Not completed yet.</p> : <Completion completion={completion} />}
            {!view.canWrite || open !== null ? null : (
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setOpen(signer)}>
                {completion === undefined ? `Complete the checklist as ${label.toLowerCase()}` : `Complete it again as ${label.toLowerCase()}`}
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}

function Completion({ completion }: { completion: AssuranceView }) {
  const label = ASSURANCE_SIGNER_LABELS[completion.signer].toLowerCase();
  return (
    <>
      <p className="govuk-body">{`Completed by ${completion.name} as ${label}. Entered by ${completion.completedBy} on ${formatTimestamp(completion.completedAt)}.`}</p>
      <div className="prm-table-scroll">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">{`The ${label}’s answers`}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Question
              </th>
              <th scope="col" className="govuk-table__header">
                Answer
              </th>
              <th scope="col" className="govuk-table__header">
                What is missing
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {ASSURANCE_QUESTIONS.map((question, index) => {
              const given = completion.answers.find((answer) => answer.key === question.key);
              return (
                <tr className="govuk-table__row" key={question.key}>
                  <td className="govuk-table__cell">{`${index + 1}. ${question.text}`}</td>
                  <td className="govuk-table__cell">
                    {given === undefined ? 'Not answered' : <strong className={`govuk-tag ${given.answer === 'yes' ? 'govuk-tag--green' : given.answer === 'partly' ? 'govuk-tag--yellow' : 'govuk-tag--red'}`}>{ANSWER_LABELS[given.answer]}</strong>}
                  </td>
                  <td className="govuk-table__cell" style={{ whiteSpace: 'pre-wrap' }}>
                    {given?.comment ?? ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
