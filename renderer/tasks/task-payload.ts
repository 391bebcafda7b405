/**
 * A task's payload as its kind's schema reads it. Main checked it on import; it is read again
 * here so each screen works with typed fields, and a payload that does not fit is said so
 * rather than shown half.
 */
import type { TaskView } from '../../shared/exchange/exchange-view.ts';
import { actionsPayload, decisionRequestPayload, draftPayload, requestPayload, type ActionsPayload, type DecisionRequestPayload, type DraftPayload, type RequestPayload } from '../../shared/exchange/payloads.ts';

export type ReadPayload =
  | { readonly kind: 'request'; readonly payload: RequestPayload }
  | { readonly kind: 'decision-request'; readonly payload: DecisionRequestPayload }
  | { readonly kind: 'draft'; readonly payload: DraftPayload }
  | { readonly kind: 'actions'; readonly payload: ActionsPayload }
  | { readonly kind: 'unreadable' };

export function readPayload(task: Pick<TaskView, 'kind' | 'payload'>): ReadPayload {
  switch (task.kind) {
    case 'request': {
      const read = requestPayload.safeParse(task.payload);
      return read.success ? { kind: 'request', payload: read.data } : { kind: 'unreadable' };
    }
    case 'decision-request': {
      const read = decisionRequestPayload.safeParse(task.payload);
      return read.success ? { kind: 'decision-request', payload: read.data } : { kind: 'unreadable' };
    }
    case 'draft': {
      const read = draftPayload.safeParse(task.payload);
      return read.success ? { kind: 'draft', payload: read.data } : { kind: 'unreadable' };
    }
    case 'actions': {
      const read = actionsPayload.safeParse(task.payload);
      return read.success ? { kind: 'actions', payload: read.data } : { kind: 'unreadable' };
    }
  }
}
