/**
 * What the detectors found beyond the register, by document: each value with its kind, where it
 * is and the words around it, and the reviewer's decision. Nothing is exported while any is
 * undecided, so the count of undecided ones leads.
 */
import { REDACTED_DOCUMENTS, type CandidateView } from '../../shared/reports/redaction.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { WarningText } from '../components/WarningText.tsx';
import type { UseWholeView } from '../components/use-whole-view.ts';
import { CandidateTable } from './CandidateTable.tsx';
import { DOCUMENT_LABELS, undecidedWords } from './candidate-words.ts';
import { useDecisions } from './use-decisions.ts';

export interface CandidatesPanelProps {
  readonly view: ReportsView;
  readonly applyResult: UseWholeView<ReportsView>['applyResult'];
}

export function CandidatesPanel({ view, applyResult }: CandidatesPanelProps) {
  const decisions = useDecisions(view.reference, applyResult);
  const undecided = view.candidates.filter((candidate) => candidate.state === 'undecided').length;
  return (
    <div data-testid="candidates">
      <CandidatesSummary candidates={view.candidates} undecided={undecided} />
      <p className="govuk-body prm-status" role="status" data-testid="decision-status">
        {decisions.status}
      </p>
      {decisions.dismissing === null ? <ErrorSummary errors={decisions.saving.errors} /> : null}
      {REDACTED_DOCUMENTS.map((document) => {
        const found = view.candidates.filter((candidate) => candidate.document === document);
        if (found.length === 0) return null;
        return <CandidateTable key={document} caption={DOCUMENT_LABELS[document]} candidates={found} canWrite={view.canWrite} decisions={decisions} testId={`candidates-${document}`} />;
      })}
    </div>
  );
}

function CandidatesSummary({ candidates, undecided }: { readonly candidates: readonly CandidateView[]; readonly undecided: number }) {
  if (undecided > 0) {
    return <WarningText testId="candidates-undecided">{`${undecidedWords(undecided)}. Nothing can be exported until each is redacted or dismissed.`}</WarningText>;
  }
  return (
    <div className="govuk-inset-text" data-testid="candidates-decided">
      <strong className="govuk-tag govuk-tag--green govuk-!-margin-right-2">Ready to export</strong>
      {candidates.length === 0 ? 'The detectors found no identifiers beyond the register.' : 'Every identifier found has been redacted or dismissed.'}
    </div>
  );
}
