/** PLACEHOLDER (signature fixed): the agency's return, made from its request task. */
import type { ConfirmationInput } from '../../../shared/vault/securing.ts';
import type { Session } from '../../security/session.ts';
import type { Outgoing } from '../flow.ts';

export interface ReturnContent {
  readonly securing: ConfirmationInput | null;
  readonly note: string;
  readonly workbook: { readonly fileName: string; readonly bytes: Buffer };
}

export async function buildReturnBundle(_session: Session, _taskId: number, _content: ReturnContent): Promise<Outgoing> {
  throw new Error('not yet written');
}
