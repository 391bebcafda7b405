/** PLACEHOLDER (helper E): the redacted draft to an agency's install as a sealed bundle. */
import type { z } from 'zod';
import type { recipientInput } from '../../shared/reports/distribution.ts';
import type { Outgoing } from '../exchange/flow.ts';
import type { Session } from '../security/session.ts';

export interface SendDraftInput {
  readonly reference: string;
  readonly to: number;
  readonly recipient: z.output<typeof recipientInput>;
  readonly replyBy: string | null;
}

/** Renders the draft for the recipient, keeps it as a case document, and builds the draft bundle through the exchange's draft flow. */
export async function buildRedactedDraftBundle(_session: Session, _input: SendDraftInput): Promise<Outgoing> {
  throw new Error('not built yet');
}
