/** PLACEHOLDER — replaced by the helper that owns the evidence services. */
import type { EVIDENCE_CALLS } from '../../shared/ipc/evidence-calls.ts';
import type { Handlers } from './handlers.ts';

type EvidenceHandlers = Pick<Handlers, keyof typeof EVIDENCE_CALLS>;

const notYet = () => {
  throw new Error('Not built yet');
};

export const EVIDENCE_HANDLERS: EvidenceHandlers = {
  'evidence.get': notYet,
  'requests.save': notYet,
  'requests.remove': notYet,
  'requests.received': notYet,
  'requests.chase': notYet,
  'requests.escalate': notYet,
  'requests.letter': notYet,
  'requests.template': notYet,
  'summaries.save': notYet,
  'summaries.import': notYet,
  'summaries.rate': notYet,
  'chronology.preview': notYet,
  'chronology.accept': notYet,
  'chronology.removeReturn': notYet,
  'composite.resolve': notYet,
  'composite.undoResolution': notYet,
  'composite.export': notYet,
  'meetingPack.export': notYet,
  'letterhead.get': notYet,
  'letterhead.save': notYet,
};
