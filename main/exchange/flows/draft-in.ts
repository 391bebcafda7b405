/** PLACEHOLDER (signature fixed): a draft opens a task; the reply completes the factual-accuracy record. */
import type { Prepare } from '../flow.ts';

export const prepareDraft: Prepare = async () => {
  throw new Error('not yet written');
};

export const prepareDraftReply: Prepare = async () => {
  throw new Error('not yet written');
};
