/** How a case's bundles are put into words: sent to whom and when, received from whom and when. */
import type { ExchangeCaseView } from '../../shared/exchange/exchange-view.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { describeInstall } from './contacts-editing.ts';

type Request = ExchangeCaseView['requests'][number];
type SentRef = Request['sent'];
type ReceivedRef = Request['returned'];

export function sentWords(sent: SentRef, nothing = 'Not sent'): string {
  return sent === null ? nothing : `Sent to ${describeInstall(sent.to)} on ${formatTimestamp(sent.at)}`;
}

export function receivedWords(received: ReceivedRef, nothing = 'Not yet received'): string {
  return received === null ? nothing : `Received from ${describeInstall(received.from)} on ${formatTimestamp(received.at)}`;
}
