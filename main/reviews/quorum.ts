/**
 * The quorum rule: a rapid review meeting is quorate only if at least one person from each
 * statutory partner attends (DOMAIN.md, stage 4), judged by the organisation each belongs to.
 * Which organisation counts as which partner is the partnership's data (statutory_partners).
 */
import { STATUTORY_PARTNER_LABELS, STATUTORY_PARTNERS, type StatutoryPartner } from '../../shared/organisations.ts';
import type { MeetingQuorum } from '../../shared/ipc/case-calls.ts';
import type { RecordData } from '../../shared/reviews/records.ts';
import type { NamedPerson } from '../../shared/reviews/fields.ts';
import type { Db } from '../store/open-database.ts';
import { listOrganisations } from '../store/repositories/organisations.ts';

/** The statutory partner an organisation named in a record counts for, if any. */
export type PartnerOf = (organisation: string) => StatutoryPartner | null;

export function partnerLookup(db: Db): PartnerOf {
  const partners = new Map<string, StatutoryPartner>();
  for (const organisation of listOrganisations(db)) if (organisation.statutoryPartner !== null) partners.set(organisation.name.trim().toLowerCase(), organisation.statutoryPartner);
  return (organisation) => partners.get(organisation.trim().toLowerCase()) ?? null;
}

/** "Police", "Police or ICB (health)", "Local Authority, Police or ICB (health)". */
export function joinWords(words: readonly string[], conjunction: 'or' | 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)!}`;
}

export function partnersPresent(people: readonly NamedPerson[], partnerOf: PartnerOf): StatutoryPartner[] {
  const present = new Set(people.map((person) => partnerOf(person.organisation)).filter((partner) => partner !== null));
  return STATUTORY_PARTNERS.filter((partner) => present.has(partner));
}

export function meetingQuorum(meetingId: number, meeting: Pick<RecordData<'meeting'>, 'chair' | 'attendees'>, partnerOf: PartnerOf): MeetingQuorum {
  const present = partnersPresent([meeting.chair, ...meeting.attendees], partnerOf);
  const missing = STATUTORY_PARTNERS.filter((partner) => !present.includes(partner)).map((partner) => STATUTORY_PARTNER_LABELS[partner]);
  return { meetingId, quorate: missing.length === 0, partnersPresent: present, missing };
}

export function inquorateMessage(quorum: MeetingQuorum): string {
  return `The meeting was not quorate: nobody attended from ${joinWords(quorum.missing, 'or')}. Record the attendance of each statutory partner before recording an outcome.`;
}
