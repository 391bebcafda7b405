/**
 * One document's detected identifiers as a table: what was found, where, the decision, and the
 * buttons to make or change it. Dismissing asks why, in a small form under the row.
 */
import { useEffect, useRef } from 'react';
import { IDENTIFIER_LABELS, type CandidateView } from '../../shared/reports/redaction.ts';
import { candidateKey, candidateName, decisionWords, STATE_TAGS } from './candidate-words.ts';
import { DismissForm } from './DismissForm.tsx';
import { MarkedContext } from './MarkedContext.tsx';
import type { UseDecisions } from './use-decisions.ts';

export interface CandidateTableProps {
  readonly caption: string;
  readonly candidates: readonly CandidateView[];
  readonly canWrite: boolean;
  readonly decisions: UseDecisions;
  readonly testId: string;
}

const COLUMNS = 4;
const SHORT_VALUE = 24;

export function CandidateTable({ caption, candidates, canWrite, decisions, testId }: CandidateTableProps) {
  return (
    <div className="prm-table-scroll">
      <table className="govuk-table" data-testid={testId}>
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Found
            </th>
            <th scope="col" className="govuk-table__header">
              Where
            </th>
            <th scope="col" className="govuk-table__header">
              Decision
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {candidates.map((candidate) => {
            const key = candidateKey(candidate);
            return (
              <CandidateRows key={key} candidate={candidate} canWrite={canWrite} decisions={decisions} dismissing={decisions.dismissing === key} focusSeq={decisions.focus?.key === key ? decisions.focus.seq : 0} />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface CandidateRowsProps {
  readonly candidate: CandidateView;
  readonly canWrite: boolean;
  readonly decisions: UseDecisions;
  readonly dismissing: boolean;
  /** Above 0, and changed: the row takes focus, since the button pressed has gone. */
  readonly focusSeq: number;
}

function CandidateRows({ candidate, canWrite, decisions, dismissing, focusSeq }: CandidateRowsProps) {
  const heading = useRef<HTMLTableCellElement>(null);
  const tag = STATE_TAGS[candidate.state];
  useEffect(() => {
    if (focusSeq > 0) heading.current?.focus();
  }, [focusSeq]);
  return (
    <>
      <tr className="govuk-table__row" data-testid="candidate" data-state={candidate.state}>
        <th scope="row" className="govuk-table__header prm-page-heading" tabIndex={-1} ref={heading}>
          <span className="govuk-caption-m govuk-!-font-size-16 govuk-!-display-block">{IDENTIFIER_LABELS[candidate.kind]}</span>
          {/* A short value (a phone or NI number) is read as one: it is not broken across lines. */}
          <span className={`govuk-!-display-block${candidate.value.length <= SHORT_VALUE ? ' prm-nowrap' : ''}`} data-testid="candidate-value">
            {candidate.value}
          </span>
        </th>
        <td className="govuk-table__cell">
          <span className="govuk-!-display-block govuk-!-font-weight-bold">{candidate.where}</span>
          <span className="govuk-!-display-block">
            <span className="govuk-visually-hidden">In the words: </span>
            <MarkedContext context={candidate.context} value={candidate.value} />
          </span>
        </td>
        <td className="govuk-table__cell">
          <strong className={`govuk-tag ${tag.colour}`}>{tag.text}</strong>
          {candidate.state === 'undecided' ? null : <span className="govuk-!-display-block govuk-!-margin-top-1 govuk-body-s govuk-!-margin-bottom-0">{decisionWords(candidate)}</span>}
          {candidate.state === 'dismissed' && candidate.reason !== '' ? <span className="govuk-!-display-block govuk-body-s govuk-!-margin-bottom-0">{`Why: ${candidate.reason}`}</span> : null}
        </td>
        <td className="govuk-table__cell">{canWrite ? <CandidateActions candidate={candidate} decisions={decisions} /> : null}</td>
      </tr>
      {dismissing ? (
        <tr className="govuk-table__row">
          <td className="govuk-table__cell" colSpan={COLUMNS}>
            <DismissForm candidate={candidate} decisions={decisions} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** Undecided: redact or dismiss. Decided: the other choice, to change one's mind. */
function CandidateActions({ candidate, decisions }: { readonly candidate: CandidateView; readonly decisions: UseDecisions }) {
  const hidden = <span className="govuk-visually-hidden">{` ${candidateName(candidate)}`}</span>;
  const busy = decisions.saving.saving;
  const redact = (
    <button type="button" className="govuk-button govuk-!-margin-bottom-1 govuk-!-margin-right-1" aria-disabled={busy} onClick={() => void (busy ? undefined : decisions.accept(candidate))}>
      {candidate.state === 'undecided' ? 'Redact' : 'Redact instead'}
      {hidden}
    </button>
  );
  const dismiss = (
    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" onClick={() => decisions.openDismiss(candidate)}>
      {candidate.state === 'undecided' ? 'Dismiss' : 'Dismiss instead'}
      {hidden}
    </button>
  );
  return (
    <div className="govuk-button-group govuk-!-margin-bottom-0">
      {candidate.state === 'accepted' ? null : redact}
      {candidate.state === 'dismissed' ? null : dismiss}
    </div>
  );
}
