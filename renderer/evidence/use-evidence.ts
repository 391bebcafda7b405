/**
 * One case's agency evidence as main last sent it, and saving a change to it. Every evidence
 * change answers with the whole EvidenceView again (clocks, flags and all), so a screen replaces
 * what it shows with that answer rather than patching its own guess.
 */
import { useCallback } from 'react';
import type { EvidenceView } from '../../shared/evidence/evidence-view.ts';
import { useWholeView, useWholeViewSave, type UseWholeView, type WholeViewSaving } from '../components/use-whole-view.ts';
import type { ViewLoad } from '../components/view-load.ts';
import { useApi } from '../session/api-context.tsx';

export type EvidenceLoad = ViewLoad<EvidenceView>;
export type UseEvidence = UseWholeView<EvidenceView>;
export type EvidenceSaving = WholeViewSaving<EvidenceView>;

/**
 * A case's agency evidence as main last sent it. `onChanged` runs after each change main accepted
 * (requests start and stop the case's agency-returns clocks, so the case page refreshes too).
 */
export function useEvidence(reference: string, onChanged?: () => void): UseEvidence {
  const call = useApi();
  return useWholeView(
    useCallback(() => call('evidence.get', { reference }), [call, reference]),
    onChanged,
  );
}

/** One evidence form's errors and its save; `applyResult` is useEvidence's. */
export function useEvidenceSave(applyResult: UseEvidence['applyResult']): EvidenceSaving {
  return useWholeViewSave(applyResult);
}
