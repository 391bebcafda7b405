/** The calls for retention: what the policy says is due for deletion, deleting it for good, and the report of it. */
import { z } from 'zod';
import { closedCasePeriodInput, deletionInput, deletionReport, retentionView, takenOffInput } from '../retention/retention-view.ts';
import type { CallDefinition } from './contract.ts';

export function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

export const RETENTION_CALLS = {
  'retention.view': call({ input: z.object({}).strict(), output: retentionView, access: 'store.retention', action: 'see what the retention policy makes due' }),
  'retention.setClosedCasePeriod': call({ input: closedCasePeriodInput, output: retentionView, access: 'store.retention', action: 'set how long closed cases are kept' }),
  'retention.recordTakenOff': call({ input: takenOffInput, output: retentionView, access: 'store.retention', action: 'record that a report was taken off the website' }),
  'retention.delete': call({ input: deletionInput, output: deletionReport, access: 'store.retention', action: 'delete what the retention policy makes due' }),
} as const satisfies Record<string, CallDefinition>;
