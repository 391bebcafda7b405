/**
 * What taking in each kind of bundle does, by kind: the exchange runs its checks, then hands the
 * bundle to its flow here. Agency actions have no flow yet: action plans come with a later issue,
 * so such a bundle is refused before anything is written rather than half taken in.
 */
import { AppError } from '../../../shared/errors.ts';
import type { BundleKind } from '../../../shared/exchange/bundle.ts';
import type { Prepare } from '../flow.ts';
import { prepareCase } from './case-in.ts';
import { prepareDecision, prepareDecisionRequest } from './decision-in.ts';
import { prepareDraft, prepareDraftReply } from './draft-in.ts';
import { prepareRequest } from './request-in.ts';
import { prepareReturn } from './return-in.ts';

const actionsNotYet: Prepare = () =>
  Promise.reject(
    new AppError(
      'BUNDLE_REFUSED',
      'This install cannot take in agency actions yet: action plans come in a later version of Practice Review Manager. Keep the bundle and import it once this install is updated. Nothing was imported.',
    ),
  );

export const PREPARERS: Readonly<Record<BundleKind, Prepare>> = {
  request: prepareRequest,
  return: prepareReturn,
  'decision-request': prepareDecisionRequest,
  decision: prepareDecision,
  case: prepareCase,
  draft: prepareDraft,
  'draft-reply': prepareDraftReply,
  actions: actionsNotYet,
  'actions-update': actionsNotYet,
};
