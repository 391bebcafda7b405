/** A meeting's quorum in words, from main's judgement (view.meetings). */
import type { MeetingQuorum } from '../../../shared/ipc/case-calls.ts';
import { STATUTORY_PARTNER_LABELS, STATUTORY_PARTNERS } from '../../../shared/organisations.ts';
import { listInWords } from '../stages/describe-values.ts';

/** "Quorate: Local Authority, Police and ICB (health) attended" or "Not quorate: nobody from Police". */
export function describeQuorum(quorum: MeetingQuorum | undefined): { quorate: boolean; words: string } {
  if (quorum === undefined) return { quorate: false, words: 'Not quorate: no attendance recorded yet' };
  if (quorum.quorate) {
    const present = STATUTORY_PARTNERS.filter((partner) => quorum.partnersPresent.includes(partner)).map((partner) => STATUTORY_PARTNER_LABELS[partner]);
    return { quorate: true, words: `Quorate: ${listInWords(present)} attended` };
  }
  return { quorate: false, words: `Not quorate: nobody from ${listInWords(quorum.missing)}` };
}
