/** PLACEHOLDER: the exchange's calls (shared/ipc/exchange-calls.ts) in terms of main/exchange. */
import type { EXCHANGE_CALLS } from '../../shared/ipc/exchange-calls.ts';
import type { Handlers } from './handlers.ts';

type ExchangeHandlers = Pick<Handlers, keyof typeof EXCHANGE_CALLS>;

const notYet = () => {
  throw new Error('not yet written');
};

export const EXCHANGE_HANDLERS: ExchangeHandlers = {
  'exchange.contacts': notYet,
  'exchange.setIdentity': notYet,
  'exchange.exportCard': notYet,
  'exchange.importCard': notYet,
  'exchange.confirmContact': notYet,
  'exchange.revokeContact': notYet,
  'exchange.case': notYet,
  'exchange.send': notYet,
  'exchange.stage': notYet,
  'exchange.preview': notYet,
  'exchange.apply': notYet,
  'exchange.tasks': notYet,
  'exchange.task': notYet,
  'exchange.taskFile': notYet,
  'exchange.answer': notYet,
};
