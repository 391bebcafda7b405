/**
 * The Business Unit's side of the exchange journey, arranged through the preview's calls: its
 * officer, a rapid review with its child, and an information request to the police asking them
 * to secure their files; and this install's contact card and fingerprint, as the police would
 * receive them. The store is left locked, as the next person to open the app finds it.
 */
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { createStoreWithOfficer, lock } from './arrange-cases.ts';
import { call } from './preview-calls.ts';
import type { RunningPreview } from './preview.ts';
import { POLICE, rapidReviewCase } from './stage-cases.ts';
import { POLICE_REPRESENTATIVE } from './exchange-agency.ts';

export interface BusinessUnitSide {
  readonly reference: string;
  readonly requestId: number;
  readonly cardJson: string;
  readonly fingerprint: string;
}

export async function arrangeBusinessUnit(preview: RunningPreview): Promise<BusinessUnitSide> {
  const today = todayInLondon();
  await createStoreWithOfficer(preview);
  const reference = (await rapidReviewCase(preview, today, 6)).summary.reference;
  const evidence = await call(preview, 'requests.save', {
    reference,
    id: null,
    request: { agency: POLICE, recipientName: POLICE_REPRESENTATIVE.name, recipientRole: 'Detective Inspector', recipientEmail: '', sentOn: today, secureFiles: true, note: '' },
  });
  const requestId = evidence.requests.find((request) => request.agency === POLICE)!.id;
  const card = await call(preview, 'exchange.exportCard', {});
  const { identity } = await call(preview, 'exchange.contacts', {});
  await lock(preview);
  return { reference, requestId, cardJson: Buffer.from(card.contentBase64, 'base64').toString('utf8'), fingerprint: identity.fingerprint };
}
