/** PLACEHOLDER (signature fixed): an agency's return taken in on the Business Unit's install. */
import type { Prepare } from '../flow.ts';

export const prepareReturn: Prepare = async () => {
  throw new Error('not yet written');
};
