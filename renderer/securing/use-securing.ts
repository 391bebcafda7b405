/**
 * One case's record of agencies' securing as main last sent it, and saving a change to it. Every
 * securing call answers with the whole SecuringView again, so the section replaces what it shows
 * with that answer; a confirmation stops an agency's clock, so the case page refreshes too.
 */
import { useCallback } from 'react';
import type { SecuringView } from '../../shared/vault/securing.ts';
import { useWholeView, useWholeViewSave, type UseWholeView, type WholeViewSaving } from '../components/use-whole-view.ts';
import type { ViewLoad } from '../components/view-load.ts';
import { useApi } from '../session/api-context.tsx';

export type SecuringLoad = ViewLoad<SecuringView>;
export type UseSecuring = UseWholeView<SecuringView>;
export type SecuringSaving = WholeViewSaving<SecuringView>;

export function useSecuring(reference: string, onChanged?: () => void): UseSecuring {
  const call = useApi();
  return useWholeView(
    useCallback(() => call('securing.get', { reference }), [call, reference]),
    onChanged,
  );
}

/** One securing form's errors and its save; `applyResult` is useSecuring's. */
export function useSecuringSave(applyResult: UseSecuring['applyResult']): SecuringSaving {
  return useWholeViewSave(applyResult);
}
