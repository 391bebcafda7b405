/**
 * Deciding detected identifiers: accept one as a redaction, or dismiss it with a reason. Main
 * answers with the whole view; the section says what happened in a status line (a screen reader
 * hears it) and puts focus back on the row decided, since its buttons have just changed.
 */
import { useCallback, useState } from 'react';
import { REPORT_CALLS } from '../../shared/ipc/report-calls.ts';
import { REPLACEMENTS, type CandidateView } from '../../shared/reports/redaction.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { useWholeViewSave, type UseWholeView, type WholeViewSaving } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';
import { candidateKey } from './candidate-words.ts';

export interface UseDecisions {
  /** The candidate whose dismissal form is open, by candidateKey. */
  readonly dismissing: string | null;
  readonly openDismiss: (candidate: CandidateView) => void;
  readonly closeDismiss: () => void;
  readonly accept: (candidate: CandidateView) => Promise<void>;
  readonly dismiss: (candidate: CandidateView, reason: string) => Promise<void>;
  readonly saving: WholeViewSaving<ReportsView>;
  readonly status: string;
  /** The row to take focus (the one just decided, or whose form was closed); `seq` moves it again to the same row. */
  readonly focus: { readonly key: string; readonly seq: number } | null;
}

export function useDecisions(reference: string, applyResult: UseWholeView<ReportsView>['applyResult']): UseDecisions {
  const call = useApi();
  const saving = useWholeViewSave(applyResult);
  const { submit, setErrors } = saving;
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [focus, setFocus] = useState<UseDecisions['focus']>(null);
  const focusRow = useCallback((key: string) => setFocus((last) => ({ key, seq: (last?.seq ?? 0) + 1 })), []);

  const send = useCallback(
    async (candidate: CandidateView, decision: object, done: string) => {
      const { document, kind, value, place } = candidate;
      const answers = { reference, decision: { ...decision, document, kind, value, place } };
      if (await submit(REPORT_CALLS['reports.decide'].input, answers, '', (input) => call('reports.decide', input))) {
        setDismissing(null);
        setStatus(done);
        focusRow(candidateKey(candidate));
      }
    },
    [call, reference, submit, focusRow],
  );

  return {
    dismissing,
    openDismiss: (candidate) => {
      setErrors([]);
      setDismissing(candidateKey(candidate));
    },
    closeDismiss: () => {
      setErrors([]);
      if (dismissing !== null) focusRow(dismissing);
      setDismissing(null);
    },
    accept: (candidate) => send(candidate, { decision: 'accept' }, `“${candidate.value}” will be replaced by ${REPLACEMENTS[candidate.kind]}.`),
    dismiss: (candidate, reason) => send(candidate, { decision: 'dismiss', reason }, `“${candidate.value}” will be left in at that place.`),
    saving,
    status,
    focus,
  };
}
