/** PLACEHOLDER (signature fixed): a decision request opens a task; a signed decision replaces the on-behalf entry. */
import type { Prepare } from '../flow.ts';

export const prepareDecisionRequest: Prepare = async () => {
  throw new Error('not yet written');
};

export const prepareDecision: Prepare = async () => {
  throw new Error('not yet written');
};
