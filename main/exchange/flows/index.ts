/**
 * What taking in each kind of bundle does, by kind: the exchange runs its checks, then hands the
 * bundle to its flow here.
 */
import type { BundleKind } from '../../../shared/exchange/bundle.ts';
import type { Prepare } from '../flow.ts';
import { prepareActions, prepareActionsUpdate } from './actions-in.ts';
import { prepareCase } from './case-in.ts';
import { prepareDecision, prepareDecisionRequest } from './decision-in.ts';
import { prepareDraft, prepareDraftReply } from './draft-in.ts';
import { prepareRequest } from './request-in.ts';
import { prepareReturn } from './return-in.ts';

export const PREPARERS: Readonly<Record<BundleKind, Prepare>> = {
  request: prepareRequest,
  return: prepareReturn,
  'decision-request': prepareDecisionRequest,
  decision: prepareDecision,
  case: prepareCase,
  draft: prepareDraft,
  'draft-reply': prepareDraftReply,
  actions: prepareActions,
  'actions-update': prepareActionsUpdate,
};
