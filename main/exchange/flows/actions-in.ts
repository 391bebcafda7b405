/** PLACEHOLDER (signatures fixed): actions open a task on the agency's install; the update comes back to the case. */
import type { Prepare } from '../flow.ts';

export const prepareActions: Prepare = async () => {
  throw new Error('not yet written');
};

export const prepareActionsUpdate: Prepare = async () => {
  throw new Error('not yet written');
};
