/** PLACEHOLDER (signature fixed): an information request taken in on an agency's install opens a task. */
import type { Prepare } from '../flow.ts';

export const prepareRequest: Prepare = async () => {
  throw new Error('not yet written');
};
