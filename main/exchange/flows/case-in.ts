/** PLACEHOLDER (signature fixed): a case handed over arrives as a new case with its history. */
import type { Prepare } from '../flow.ts';

export const prepareCase: Prepare = async () => {
  throw new Error('not yet written');
};
