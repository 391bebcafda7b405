/**
 * Saving a bundle again after its save was cancelled or failed part-way. Main kept the file it
 * made (until it is saved in full, or the app locks) and gives a fresh ticket for it with
 * exchange.saveAgain: the same bundle, never a second one, so the sender's install is not sent
 * two answers. Once main no longer holds it, it says so (NOT_FOUND), and that is what is shown.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BundleMade } from '../../shared/exchange/exchange-view.ts';
import { useApi } from '../session/api-context.tsx';
import type { AnswerPhase } from './use-answer.ts';
import { saveBundle, type SaveOutcome } from './save-bundle.ts';

export type SaveAgainOutcome =
  | SaveOutcome
  /** Main no longer holds the bundle: its message says why and what to do. */
  | { readonly kind: 'gone'; readonly message: string }
  /** Main could not give a ticket for another reason; trying again may work. */
  | { readonly kind: 'refused'; readonly message: string }
  /** The session locked: the whole app moves to the locked screen. */
  | { readonly kind: 'locked' };

export interface UseSaveAgain {
  /** 'saving' from the moment main is asked for the ticket until the file has moved; 'idle' otherwise. */
  readonly phase: AnswerPhase;
  readonly busy: boolean;
  readonly run: (made: BundleMade) => Promise<SaveAgainOutcome>;
  readonly cancel: () => void;
}

export function useSaveAgain(): UseSaveAgain {
  const call = useApi();
  const [phase, setPhase] = useState<AnswerPhase>({ state: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback<UseSaveAgain['run']>(
    async (made) => {
      const abort = new AbortController();
      controller.current = abort;
      try {
        setPhase({ state: 'saving', fileName: made.fileName, progress: { done: 0, total: made.size } });
        const ticket = await call('exchange.saveAgain', { bundleId: made.bundleId });
        if (!ticket.ok) {
          if (ticket.error.code === 'LOCKED') return { kind: 'locked' };
          return ticket.error.code === 'NOT_FOUND' ? { kind: 'gone', message: ticket.error.message } : { kind: 'refused', message: ticket.error.message };
        }
        return await saveBundle(made, ticket.value, (fileName, progress) => setPhase({ state: 'saving', fileName, progress }), abort.signal);
      } finally {
        controller.current = null;
        setPhase({ state: 'idle' });
      }
    },
    [call],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { phase, busy: phase.state !== 'idle', run, cancel };
}
